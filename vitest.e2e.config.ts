import { defineConfig } from 'vitest/config';

/** Real-browser tests against the built extension (`npm run build:all` first). */
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.e2e.test.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 90_000,
    maxWorkers: 1,
  },
});
