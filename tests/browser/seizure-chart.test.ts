/**
 * Figure 2 in real browsers (Chromium and Firefox): complete and unclipped at 375 px and 1280 px, with and without JavaScript and in
 * print; no text overlapping; marks that meet 3:1 contrast in light and dark; details on hover, keyboard and
 * tap; deep links to marks and to rows. (axe, with the table open and a detail showing: accessibility.test.ts.)
 */
import { describe, expect, it } from 'vitest';
import type { Page } from '../support/engine.ts';
import { useBrowser } from '../support/browser.ts';
import { expectNoOverlaps } from '../support/geometry.ts';

const { visit } = useBrowser();

const FIGURE = '#fig-seizures';
/** The text elements of every SVG of the figure (those showing are measured). */
const TEXTS = `${FIGURE} [data-graphic] svg text`;
const detail = (page: Page) => page.locator(`${FIGURE} [data-detail-panel]`);

async function expectComplete(page: Page, width: number, label: string) {
  const texts = await expectNoOverlaps(page, TEXTS, { atLeast: 61, message: label });
  for (const text of texts) {
    expect(text.x, `${label}: "${text.text}" starts off screen`).toBeGreaterThanOrEqual(0);
    expect(text.x + text.width, `${label}: "${text.text}" runs off screen`).toBeLessThanOrEqual(width);
  }
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), `${label}: page scrolls sideways`).toBe(true);
  // Every datum drawn is in the visible layout.
  const visibleRefs = await page.locator(FIGURE).evaluate((figure) => {
    const refs = [...figure.querySelectorAll<SVGElement>('[data-graphic] [data-ref]')].filter((mark) => mark.getClientRects().length > 0).map((mark) => mark.dataset.ref);
    return new Set(refs).size;
  });
  const allRefs = await page.locator(FIGURE).evaluate((figure) => new Set([...figure.querySelectorAll<SVGElement>('[data-graphic] [data-ref]')].map((mark) => mark.dataset.ref)).size);
  expect(visibleRefs, `${label}: marks missing from the visible layout`).toBe(allRefs);
}

describe('Figure 2 layout', () => {
  for (const width of [375, 1280]) {
    for (const javaScriptEnabled of [true, false]) {
      it(`is complete, with no text overlapping or off screen, at ${width} px ${javaScriptEnabled ? 'with' : 'without'} JavaScript`, async () => {
        const { page, consoleErrors } = await visit('/', { viewport: { width, height: 900 }, javaScriptEnabled });
        await page.locator(FIGURE).scrollIntoViewIfNeeded();
        await expectComplete(page, width, `${width}px`);
        // The data table opens without JavaScript too.
        await page.locator(`${FIGURE} .figure-data summary`).click();
        await expect.poll(() => page.locator('#fig-seizures-2023-global-2275').isVisible()).toBe(true);
        expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), 'open table scrolls the page sideways').toBe(true);
        expect(consoleErrors).toEqual([]);
      });
    }
  }

  it('shows every paragraph and list item of the figure without JavaScript (the data table is a disclosure of data cells)', async () => {
    const { page } = await visit('/', { javaScriptEnabled: false });
    const figure = page.locator(FIGURE);
    const items = await figure.evaluate((el) =>
      [...el.querySelectorAll('p, li')].map((item) => (item.textContent ?? '').replace(/\s+/g, '')).filter((text) => text.length > 20),
    );
    const shown = (await figure.innerText()).replace(/\s+/g, '');
    for (const text of items) expect(shown, `hides "${text.slice(0, 40)}…"`).toContain(text);
  });

  it('prints the wide layout and the data table, with nothing overlapping', async () => {
    const { page } = await visit('/', { viewport: { width: 794, height: 1123 } });
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator(`${FIGURE} .seizure-main.columns`).isVisible()).toBe(true);
    expect(await page.locator(`${FIGURE} .seizure-main.rows`).isVisible()).toBe(false);
    await expectNoOverlaps(page, TEXTS);
    expect(await page.locator('#fig-seizures-2018-gap').isVisible()).toBe(true);
  });
});

/** Relative luminance and contrast ratio (WCAG 2.1). */
function contrast(a: number[], b: number[]): number {
  const lum = (rgb: number[]) => {
    const [r, g, bl] = rgb.map((c) => {
      const s = c / 255;
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * bl!;
  };
  const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p);
  return (x! + 0.05) / (y! + 0.05);
}

describe('Figure 2 colours', () => {
  for (const colorScheme of ['light', 'dark'] as const) {
    it(`draws every mark at 3:1 and every label at 4.5:1 against the background (${colorScheme})`, async () => {
      const { page } = await visit('/', { colorScheme });
      const paints = await page.locator(FIGURE).evaluate((figure) => {
        const rgb = (value: string) => (value.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number);
        const bg = rgb(getComputedStyle(document.body).backgroundColor);
        const shown = [...figure.querySelectorAll<SVGElement>('[data-graphic] svg')].filter((svg) => svg.getClientRects().length > 0);
        return {
          bg,
          marks: shown.flatMap((svg) =>
            [...svg.querySelectorAll<SVGElement>('.mark-shape')].map((shape) => {
              const style = getComputedStyle(shape);
              return {
                ref: shape.closest<SVGElement>('[data-ref]')?.dataset.ref ?? '',
                fill: style.fill.startsWith('rgb') ? rgb(style.fill) : null,
                stroke: style.stroke.startsWith('rgb') && parseFloat(style.strokeWidth) >= 1.5 ? rgb(style.stroke) : null,
              };
            }),
          ),
          texts: shown.flatMap((svg) => [...svg.querySelectorAll('text')].map((text) => ({ text: text.textContent ?? '', fill: rgb(getComputedStyle(text).fill) }))),
        };
      });
      for (const mark of paints.marks) {
        const best = Math.max(mark.fill ? contrast(mark.fill, paints.bg) : 0, mark.stroke ? contrast(mark.stroke, paints.bg) : 0);
        expect(best, `${mark.ref} (${colorScheme})`).toBeGreaterThanOrEqual(3);
      }
      for (const text of paints.texts) expect(contrast(text.fill, paints.bg), `"${text.text}" (${colorScheme})`).toBeGreaterThanOrEqual(4.5);
    });
  }
});

describe('Figure 2 interaction', () => {
  it('shows a mark’s detail on hover, with value, sources and a copy link', async () => {
    const { page } = await visit('/');
    // The pointer goes where a reader's would: onto the dot itself.
    const mark = page.locator(`${FIGURE} .seizures-main-wide [data-ref="fig-seizures-2016-colombia-317"] .mark-shape`);
    await mark.scrollIntoViewIfNeeded();
    await mark.hover();
    await expect.poll(() => detail(page).isVisible()).toBe(true);
    const text = await detail(page).innerText();
    expect(text).toContain('317 t');
    expect(text).toContain('Conflicting official figures');
    expect(text).toContain('Who says so');
    expect(await detail(page).locator('a[data-copy-link]').getAttribute('href')).toBe('#fig-seizures-2016-colombia-317');
    expect(await detail(page).locator('.source a').count()).toBeGreaterThan(0);
  });

  it('moves between marks with the arrow keys, one tab stop for the figure', async () => {
    const { page } = await visit('/');
    const stops = await page.locator(`${FIGURE} [data-graphic] [data-ref][tabindex="0"]`).evaluateAll((marks) => marks.filter((m) => m.getClientRects().length > 0).length);
    expect(stops).toBe(1);
    const first = page.locator(`${FIGURE} [data-graphic] [data-ref][tabindex="0"]`).first();
    await first.focus();
    const before = await page.evaluate(() => (document.activeElement as SVGElement | null)?.dataset.ref);
    await page.keyboard.press('ArrowRight');
    const after = await page.evaluate(() => (document.activeElement as SVGElement | null)?.dataset.ref);
    expect(after).not.toBe(before);
    expect(after).toMatch(/^fig-seizures-/);
    await expect.poll(() => detail(page).innerText()).toContain('Copy link to this number');
  });

  it('shows a detail on tap at 375 px', async () => {
    const { page } = await visit('/', { viewport: { width: 375, height: 800 }, hasTouch: true, isMobile: true });
    const mark = page.locator(`${FIGURE} .seizures-main-narrow [data-ref="fig-seizures-2025-colombia-928"] .mark-shape`);
    await mark.scrollIntoViewIfNeeded();
    await mark.tap();
    await expect.poll(() => detail(page).innerText()).toContain('928 t');
    expect(await detail(page).innerText()).toContain('Provisional');
    const bar = page.locator(`${FIGURE} [data-ref="fig-seizures-cocaine-seized-per-day"] .mark-shape`);
    await bar.scrollIntoViewIfNeeded();
    await bar.tap();
    await expect.poll(() => detail(page).innerText()).toContain('446 t ÷ 365 days ≈ 1.22 t a day');
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
  });

  it('selects the datum a deep link names, and opens its table row', async () => {
    const { page } = await visit('/#fig-seizures-2023-colombia-741');
    await expect.poll(() => page.locator(`${FIGURE} .seizures-main-wide [data-ref="fig-seizures-2023-colombia-741"]`).getAttribute('class')).toContain('is-selected');
    expect(await detail(page).innerText()).toContain('741 t');
    expect(await page.locator('#fig-seizures-2023-colombia-741').isVisible()).toBe(true);
  });

  it('opens the table for a deep link to a row with no mark', async () => {
    const { page } = await visit('/#fig-seizures-2020-global-1424');
    await expect.poll(() => page.locator('#fig-seizures-2020-global-1424').isVisible()).toBe(true);
  });

  it('has a figure permalink', async () => {
    const { page } = await visit('/#fig-seizures');
    expect(await page.locator(`${FIGURE}`).getAttribute('data-figure')).toBe('seizures');
  });
});
