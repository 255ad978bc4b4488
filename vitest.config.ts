import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // A temporary folder per run, removed at its end (tests/support/tempRoot.ts).
    globalSetup: ['tests/support/tempRoot.ts'],
    exclude: ['tests/browser/**'],
    // Site builds run Astro; give them room on a 2-core machine.
    testTimeout: 120_000,
    hookTimeout: 180_000,
  },
});
