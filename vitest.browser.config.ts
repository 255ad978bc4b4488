import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/browser/**/*.test.ts'],
    // A temporary folder per run, removed at its end (tests/support/tempRoot.ts).
    globalSetup: ['tests/support/tempRoot.ts'],
    testTimeout: 120_000,
    hookTimeout: 300_000,
    fileParallelism: false,
  },
});
