import { defineConfig } from 'vitest/config';

/**
 * Three kinds of test, all run by `npm test`: unit tests colocated with src/lib, build tests that run
 * `astro build` on fixture sites, and browser tests against the production build, the same files in two
 * engines: real Chromium ("browser") and Firefox ESR ("browser-firefox"), which share one build of the site.
 */
const browserTests = (name: string, engine: 'chromium' | 'firefox') => ({
  test: {
    name,
    include: ['tests/browser/**/*.test.ts'],
    environment: 'node',
    globalSetup: ['tests/browser/setup.ts'],
    provide: { engine },
    testTimeout: 60_000,
    hookTimeout: 240_000,
  },
});

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
      browserTests('browser', 'chromium'),
      browserTests('browser-firefox', 'firefox'),
    ],
  },
});
