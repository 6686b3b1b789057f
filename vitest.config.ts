import { defineConfig } from 'vitest/config';

/**
 * Three kinds of test, all run by `npm test`: unit tests colocated with src/lib, build tests that run
 * `astro build` on fixture sites, and browser tests in real Chromium against the production build.
 */
export default defineConfig({
  test: {
    // Build and browser tests each run astro builds on two cores: one test file at a time.
    fileParallelism: false,
    projects: [
      {
        test: { name: 'unit', include: ['src/**/*.test.ts'], environment: 'node' },
      },
      {
        test: {
          name: 'build',
          include: ['tests/build/**/*.test.ts'],
          environment: 'node',
          testTimeout: 240_000,
          hookTimeout: 240_000,
        },
      },
      {
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/browser/setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 240_000,
        },
      },
    ],
  },
});
