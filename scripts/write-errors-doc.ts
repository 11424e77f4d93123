import { writeFile } from 'node:fs/promises';
import { renderErrorsDoc } from '@nguon/contracts';

// npm run docs:errors: regenerates docs/errors.md from the error catalogue.
await writeFile(new URL('../docs/errors.md', import.meta.url), renderErrorsDoc());
console.log('docs/errors.md written');
