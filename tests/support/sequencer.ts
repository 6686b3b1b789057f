/**
 * The order test files start in: longest first, so that on two workers the last files to finish are short
 * ones and neither worker waits long for the other at the end of a group (groupOrder 0, then 1).
 *
 * Vitest orders by the durations of the previous run when it has them (its cache in node_modules/.vite), and
 * otherwise by file size, which on a clean clone (as CI runs) puts a short file holding two long axe passes
 * last, alone. So without a cached duration a file's `EXPECTED_SECONDS` (measured with `npm test` on a
 * two-core machine; only their order matters) comes before its size.
 */
import { BaseSequencer, type TestSpecification } from 'vitest/node';
import { relative } from 'node:path';

/** Seconds a file took in a full run, by "project:path", for the longest files (the rest go by size). */
const EXPECTED_SECONDS: Record<string, number> = {
  'browser:tests/browser/accessibility.test.ts': 66,
  'browser-firefox:tests/browser/pages.test.ts': 42,
  'browser:tests/browser/pages.test.ts': 35,
  'browser-firefox:tests/browser/reader-targets.test.ts': 23,
  'browser:tests/browser/strike-map.test.ts': 19,
  'browser:tests/browser/reader-targets.test.ts': 19,
  'browser:tests/browser/seizure-chart.test.ts': 17,
  'browser:tests/browser/spanish.test.ts': 15,
  'browser:tests/browser/permalinks.test.ts': 15,
  'browser-firefox:tests/browser/reader-print.test.ts': 15,
  'browser:tests/browser/reader-print.test.ts': 13,
  'browser:tests/browser/embeds.test.ts': 13,
  'browser:tests/browser/reader-panel.test.ts': 12,
  'browser:tests/browser/hostile.test.ts': 12,
  'browser-firefox:tests/browser/reader-panel.test.ts': 12,
  'browser-firefox:tests/browser/permalinks.test.ts': 12,
  'build:tests/build/editorial.test.ts': 12,
  'build:tests/build/hostile.test.ts': 9,
  'build:tests/build/site.test.ts': 6,
};

export class LongestFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const cache = this.ctx.cache;
    const key = (spec: TestSpecification) => `${spec.project.name}:${relative(this.ctx.config.root, spec.moduleId)}`;
    // With every file's duration from the previous run, Vitest's own order is longest first already.
    if (files.every((spec) => cache.getFileTestResults(key(spec)))) return super.sort(files);
    const expected = (spec: TestSpecification) => EXPECTED_SECONDS[key(spec)] ?? 0;
    const size = (spec: TestSpecification) => cache.getFileStats(key(spec))?.size ?? 0;
    return [...files].sort((a, b) => expected(b) - expected(a) || size(b) - size(a) || key(a).localeCompare(key(b)));
  }
}
