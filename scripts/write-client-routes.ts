import { writeFile } from 'node:fs/promises';
import { renderClientRoutes } from '@nguon/contracts';

// npm run contracts:routes: regenerates the browser's route table from the endpoints.
await writeFile(
  new URL('../packages/contracts/src/client-routes.gen.ts', import.meta.url),
  renderClientRoutes(),
);
console.log('packages/contracts/src/client-routes.gen.ts written');
