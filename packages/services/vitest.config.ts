import { defineConfig } from 'vitest/config';

// One PGlite per worker is shared by every test file of that worker (isolate: false).
export default defineConfig({
  test: { pool: 'forks', isolate: false, maxWorkers: 2, testTimeout: 60_000, hookTimeout: 60_000 },
});
