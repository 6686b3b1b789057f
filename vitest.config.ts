import { defineConfig } from 'vitest/config';
import { LongestFirst } from './tests/support/sequencer.ts';

/**
 * Three kinds of test, all run by `npm test`: unit tests colocated with src/, build tests that run
 * `astro build` on fixture sites, and browser tests against the production build in two engines: real
 * Chromium ("browser") runs every browser test file; Firefox ESR ("browser-firefox") runs the files whose
 * outcome depends on the engine (FIREFOX_TESTS). Both share one build of the site with the build tests.
 */
const FIREFOX_TESTS = [
  // Landings below the header, copy-link, keyboard use of the three figures, the detail panel, JavaScript
  // off, no console errors, hit areas, label overlap and text size, sideways scroll, print page counts.
  'pages',
  'permalinks',
  'keyboard',
  'reader-panel',
  'reader-targets',
  'reader-legibility',
  'print',
  'reader-print',
];

const browserTests = (name: string, engine: 'chromium' | 'firefox', include: string[]) => ({
  test: {
    name,
    include,
    environment: 'node',
    sequence: { groupOrder: 1 },
    globalSetup: ['tests/browser/setup.ts'],
    provide: { engine },
    testTimeout: 60_000,
    hookTimeout: 240_000,
  },
});

export default defineConfig({
  test: {
    // Two test files at a time, on two cores: first the unit and build tests (group 0), then the browser
    // tests of both engines (group 1), so no browser test runs beside an astro build.
    maxWorkers: 2,
    minWorkers: 1,
    // Longest files first, so neither worker is left alone with a long file at the end of a group.
    sequence: { sequencer: LongestFirst },
    projects: [
      {
        test: { name: 'unit', include: ['src/**/*.test.ts'], environment: 'node', sequence: { groupOrder: 0 } },
      },
      {
        test: {
          name: 'build',
          include: ['tests/build/**/*.test.ts'],
          environment: 'node',
          sequence: { groupOrder: 0 },
          // The real site, built once for the build and browser tests (tests/support/realSite.ts).
          globalSetup: ['tests/build/setup.ts'],
          testTimeout: 240_000,
          hookTimeout: 240_000,
        },
      },
      browserTests('browser', 'chromium', ['tests/browser/**/*.test.ts']),
      browserTests('browser-firefox', 'firefox', FIREFOX_TESTS.map((file) => `tests/browser/${file}.test.ts`)),
    ],
  },
});
