import { readFile } from 'node:fs/promises';
import { expect, it } from 'vitest';
import { renderClientRoutes } from './client-routes';

it('client-routes.gen.ts matches the endpoints (run npm run contracts:routes to refresh)', async () => {
  const file = await readFile(new URL('./client-routes.gen.ts', import.meta.url), 'utf8');
  expect(file).toBe(renderClientRoutes());
});
