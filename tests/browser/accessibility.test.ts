/**
 * axe (WCAG 2.1 A and AA) on every page a reader stays on, in both colour schemes: light on a phone, dark on
 * a desktop, so each scheme's contrast and each layout is checked once. Chromium only: axe checks the
 * document, not the engine (Firefox runs the engine-dependent tests, see vitest.config.ts).
 */
import { describe, expect, inject, it } from 'vitest';
import { axeViolations, useBrowser } from '../support/browser.ts';
import { readPages } from '../support/html.ts';

const { withPages } = useBrowser();

/** A share page only redirects (a meta refresh): it is checked where it leads. */
const pages = () => readPages(inject('distDir')).filter((page) => !/http-equiv="refresh"/iu.test(page.html)).map((page) => page.path);

describe('accessibility', () => {
  for (const [colorScheme, width] of [['light', 375], ['dark', 1280]] as const) {
    it(`axe finds no WCAG 2.1 AA violation on any page (${colorScheme}, ${width} px)`, async () => {
      const failures: string[] = [];
      await withPages({ colorScheme, viewport: { width, height: 900 } }, async (open) => {
        for (const path of pages()) {
          for (const violation of await axeViolations((await open(path)).page)) failures.push(`${path} ${violation}`);
        }
      });
      expect(failures).toEqual([]);
    }, 300_000);
  }
});
