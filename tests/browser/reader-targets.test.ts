/**
 * Reader experience on screen (issue #14): links land below the sticky header with their target visible and
 * clear of the detail panel, with JavaScript and without; figures are numbered in reading order; the :target
 * highlight stays small. (No page scrolls sideways at 320, 360, 375 and 1280 px: pages.test.ts, in its pass
 * over every page; every mark answers a tap at its centre in a hit area of 24 × 24 px: reader-legibility.test.ts.)
 */
import { describe, expect, inject, it } from 'vitest';
import type { Page } from '../support/engine.ts';
import { useBrowser } from '../support/browser.ts';
import { readPages } from '../support/html.ts';

const { withVisit } = useBrowser();
const WIDTHS = [320, 360, 375, 1280];
const viewport = (width: number) => ({ width, height: width < 761 ? 740 : 900 });

/** Where the target (or, with JavaScript, the figure mark it names) is, against the header and the open panel. */
function landing(page: Page, id: string) {
  return page.evaluate((target) => {
    const header = document.querySelector('.site-header')!.getBoundingClientRect();
    const mark = [...document.querySelectorAll(`[data-graphic] [data-ref="${CSS.escape(target)}"]`)].find((m) => m.getClientRects().length > 0);
    const scripted = document.querySelector('[data-graphic]:not([aria-hidden])') !== null;
    const element = (scripted && mark ? (mark.querySelector('.mark-shape') ?? mark) : document.getElementById(target))!;
    const box = element.getBoundingClientRect();
    const panel = [...document.querySelectorAll<HTMLElement>('[data-detail-panel]')].find((p) => !p.hidden)?.getBoundingClientRect();
    const underPanel = panel !== undefined && box.left < panel.right && box.right > panel.left && box.top < panel.bottom && box.bottom > panel.top;
    return { top: Math.round(box.top), bottom: Math.round(box.bottom), headerBottom: Math.round(header.bottom), height: innerHeight, underPanel };
  }, id);
}

const TARGETS = ['what-happened', 'fig-strikes', 'event-suspension-order', 'strike-7', 'p-1'];

describe('landing on a shared link', () => {
  const expectLanded = async (page: Page, id: string, width: number) => {
    const at = await landing(page, id);
    expect(at.top, `${id} at ${width} px`).toBeGreaterThanOrEqual(at.headerBottom);
    expect(at.top, `${id} at ${width} px is on screen`).toBeLessThan(at.height);
    expect(at.underPanel, `${id} at ${width} px under the panel`).toBe(false);
  };
  const pathOf = async (id: string) => (id === 'p-1' ? `/sources/${await firstSource()}/#p-1` : `/#${id}`);

  for (const width of WIDTHS) {
    it(`puts sections, figures, events, strikes and paragraphs below the header at ${width} px (JavaScript on)`, async () => {
      // Each link opened fresh: the figure scripts act on the fragment a page loads with.
      for (const id of TARGETS) {
        await withVisit(await pathOf(id), { viewport: viewport(width) }, async ({ page }) => {
          await page.waitForTimeout(200);
          await expectLanded(page, id, width);
        });
      }
    });

    it(`puts sections, figures, events, strikes and paragraphs below the header at ${width} px (JavaScript off)`, async () => {
      // Without scripts, landing is the browser's own scroll to the fragment under the stylesheet's scroll
      // padding, the same on a fresh load and on following a link within the page: the home page is opened
      // once, on its first target, and the others are followed from there.
      const [first, ...others] = TARGETS.filter((id) => id !== 'p-1');
      await withVisit(await pathOf(first!), { viewport: viewport(width), javaScriptEnabled: false }, async ({ page }) => {
        await expectLanded(page, first!, width);
        for (const id of others) {
          await page.evaluate((target) => (location.hash = target), id);
          await expect.poll(() => page.evaluate(() => location.hash)).toBe(`#${id}`);
          await expectLanded(page, id, width);
        }
      });
      await withVisit(await pathOf('p-1'), { viewport: viewport(width), javaScriptEnabled: false }, async ({ page }) => {
        await expectLanded(page, 'p-1', width);
      });
    });
  }

  it('marks only the figure head (not the whole figure) when a figure is the target', async () => {
    await withVisit('/#fig-chronology', { viewport: viewport(375) }, async ({ page }) => {
      const background = await page.locator('#fig-chronology').evaluate((figure) => getComputedStyle(figure).backgroundColor);
      expect(['rgba(0, 0, 0, 0)', 'transparent']).toContain(background);
    });
  });
});

async function firstSource(): Promise<string> {
  const source = readPages(inject('distDir')).map((page) => page.path).find((path) => /^\/sources\/[^/]+\/$/u.test(path));
  return source!.split('/')[2]!;
}

describe('figures in reading order', () => {
  it('are numbered in the order the page shows them', async () => {
    await withVisit('/', {}, async ({ page }) => {
      const numbers = await page.locator('.figure .figure-number').evaluateAll((elements) => elements.map((element) => element.textContent?.trim()));
      expect(numbers).toEqual(numbers.map((_, index) => `Figure ${index + 1}`));
    });
  });
});
