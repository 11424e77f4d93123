import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// End-to-end: a real platform process and Debian's Chromium; one file at a time.
export default defineConfig({
  test: {
    root: fileURLToPath(new URL('.', import.meta.url)),
    include: ['**/*.e2e.test.ts'],
    pool: 'forks',
    maxWorkers: 1,
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 180_000,
  },
});
