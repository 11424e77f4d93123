import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// The repository's own checks (docs commands): `npm run test:docs`, and in CI.
export default defineConfig({
  test: {
    root: fileURLToPath(new URL('.', import.meta.url)),
    include: ['**/*.test.ts'],
    testTimeout: 30_000,
  },
});
