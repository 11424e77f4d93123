import { readFile } from 'node:fs/promises';
import { expect, it } from 'vitest';
import { renderErrorsDoc } from './errors-doc';

it('docs/errors.md lists every code with both messages (run npm run docs:errors to refresh)', async () => {
  const doc = await readFile(new URL('../../../docs/errors.md', import.meta.url), 'utf8');
  expect(doc).toBe(renderErrorsDoc());
});
