/**
 * axe (WCAG 2.1 A and AA) on every page a reader stays on, in both colour schemes: light on a phone, dark on
 * a desktop, so each scheme's contrast and each layout is checked once. A figure's page is checked as a reader
 * leaves it after using it: its data table open and a detail showing. Chromium only: axe checks the document,
 * not the engine (Firefox runs the engine-dependent tests, see vitest.config.ts).
 */
import { describe, expect, inject, it } from 'vitest';
import type { Page } from '../support/engine.ts';
import { axeViolations, useBrowser } from '../support/browser.ts';
import { readPages } from '../support/html.ts';

const { withPages } = useBrowser();

/** A share page only redirects (a meta refresh): it is checked where it leads. */
const pages = () => readPages(inject('distDir')).filter((page) => !/http-equiv="refresh"/iu.test(page.html)).map((page) => page.path);

const FIGURE_PAGE = /^\/(?:es\/)?figures\/[^/]+\/$/u;

/**
 * Opens the figure's data table (the chronology's list of events is open already) and shows the detail of
 * its first mark on screen.
 */
async function useFigure(page: Page, path: string): Promise<void> {
  const table = page.locator('.figure-data > details');
  if ((await table.count()) > 0) {
    await table.locator('summary').first().click();
    expect(await table.evaluate((details) => (details as HTMLDetailsElement).open), `${path}: the data table did not open`).toBe(true);
  }
  const mark = page.locator('[data-graphic] [data-ref] .mark-shape').filter({ visible: true }).first();
  await mark.scrollIntoViewIfNeeded();
  await mark.click();
  await expect.poll(() => page.locator('[data-detail-panel]').isVisible(), { message: `${path}: no detail on a tap` }).toBe(true);
}

describe('accessibility', () => {
  for (const [colorScheme, width] of [['light', 375], ['dark', 1280]] as const) {
    it(`axe finds no WCAG 2.1 AA violation on any page (${colorScheme}, ${width} px)`, async () => {
      const failures: string[] = [];
      await withPages({ colorScheme, viewport: { width, height: 900 } }, async (open) => {
        for (const path of pages()) {
          const { page } = await open(path);
          if (FIGURE_PAGE.test(path)) await useFigure(page, path);
          for (const violation of await axeViolations(page)) failures.push(`${path} ${violation}`);
        }
      });
      expect(failures).toEqual([]);
    }, 300_000);
  }
});
