/**
 * Figure 3, the strike map, in real browsers (Chromium and Firefox): complete without JavaScript in its default state (13 November
 * 2025) with totals that are the sums of the records; a schematic-placement legend; a small map SVG and no
 * geometry or tile requests; the date control moving marks and totals; deep links; keyboard; no label
 * overlapping at 375 px and 1280 px, legible at 320 px; nothing focusable while aria-hidden. (axe, with a
 * detail showing: accessibility.test.ts.)
 */
import { gzipSync } from 'node:zlib';
import { describe, expect, inject, it } from 'vitest';
import type { Page } from '../support/engine.ts';
import { scrollWidth, useBrowser } from '../support/browser.ts';
import { readStrikes, type StrikeEntry as Row } from '../support/content.ts';
import { expectNoOverlaps } from '../support/geometry.ts';
import { elements, readPage, textOf } from '../support/html.ts';
import { parseCsv } from '../../src/lib/csv.ts';

const rows = readStrikes();
/** The day a record became public, read straight from the data (the publication date for the undated one). */
const known = (row: Row) => row.announcedDate ?? row.dateNote?.match(/^\d{4}-\d{2}-\d{2}/)?.[0] ?? row.date!;
const DEFAULT = '2025-11-13';
const byDefault = rows.filter((row) => known(row) <= DEFAULT);
const sum = (list: Row[], key: 'strikesInRow' | 'vessels' | 'killed') => list.reduce((n, row) => n + row[key], 0);

const FIGURE = '#fig-strikes';
const { visit, withVisit } = useBrowser();

const total = (page: Page, key: string) => page.locator(`${FIGURE} [data-t="${key}"]`).first().innerText();
const layoutFor = (width: number) => (width <= 640 ? '.strike-map-narrow' : '.strike-map-wide');

describe('the strike map without JavaScript', () => {
  it('has the map and every strike mark up to 13 November 2025 in the HTML, visible, and later ones hidden', async () => {
    const home = readPage(inject('distDir'), '/');
    const svgs = elements(home.tree, (el) => el.tagName === 'svg' && String(el.properties.className).includes('strike-map-svg'));
    expect(svgs).toHaveLength(2);
    // The wide map holds the basemap; the narrow map draws that same basemap through <use> (one copy per page).
    const basemap = elements(svgs[0]!, (el) => el.tagName === 'g' && el.properties.id === 'strike-map-basemap')[0]!;
    expect(elements(basemap, (el) => el.tagName === 'path' && String(el.properties.className).includes('land')).length).toBeGreaterThan(0);
    const copy = elements(svgs[1]!, (el) => el.tagName === 'use');
    expect(copy.map((el) => el.properties.href)).toEqual(['#strike-map-basemap']);
    expect(String(copy[0]!.properties.transform)).toMatch(/^matrix\(0\.\d+ /);
    for (const svg of svgs) {
      const refs = elements(svg, (el) => typeof el.properties.dataRef === 'string').map((el) => String(el.properties.dataRef));
      for (const row of rows.filter((r) => r.region !== 'unspecified')) expect(refs).toContain(row.id);
    }
    for (const width of [1280, 375]) {
      await withVisit('/', { javaScriptEnabled: false, viewport: { width, height: 900 } }, async ({ page }) => {
        // Read in one go: which marks of the layout show, and which records have a table row.
        const drawn = rows.filter((r) => r.region !== 'unspecified');
        const seen = await page.evaluate(
          ({ selector, ids, all }) => ({
            visible: ids.map((id) => {
              const mark = document.querySelector(`${selector} [data-ref="${id}"] .mark-shape`);
              return mark !== null && mark.getClientRects().length > 0 && getComputedStyle(mark).visibility !== 'hidden';
            }),
            rows: all.map((id) => document.querySelectorAll(`tr[id="${id}"]`).length),
          }),
          { selector: `${FIGURE} ${layoutFor(width)}`, ids: drawn.map((row) => row.id), all: rows.map((row) => row.id) },
        );
        drawn.forEach((row, i) => {
          const struck = row.date !== null && row.date <= DEFAULT;
          expect(seen.visible[i], `${row.id} at ${width}px`).toBe(known(row) <= DEFAULT || struck);
        });
        // Every record is in the data table.
        expect(seen.rows).toEqual(rows.map(() => 1));
      });
    }
  });

  it('shows totals that are the sums of the records announced by 13 November 2025, and both killed figures', async () => {
    const { page } = await visit('/', { javaScriptEnabled: false });
    expect(await page.locator(`${FIGURE} [data-t="date"]`).innerText()).toBe('13 November 2025');
    expect(Number(await total(page, 'strikes'))).toBe(sum(byDefault, 'strikesInRow'));
    expect(Number(await total(page, 'vessels'))).toBe(sum(byDefault, 'vessels'));
    expect(Number(await total(page, 'killed'))).toBe(sum(byDefault, 'killed'));
    expect([await total(page, 'strikes'), await total(page, 'killed'), await total(page, 'withPresumed')]).toEqual(['19', '75', '76']);
    const reconciliation = await page.locator(`${FIGURE} .strike-reconciliation`).innerText();
    expect(reconciliation).toContain('76');
    expect(reconciliation).toContain('75');
    expect(reconciliation).toMatch(/never found/);
    expect(reconciliation).toMatch(/10 November 2025 strike \(4 killed\).*14 November 2025/);
    // The table's footer sums every record.
    const foot = (await page.locator(`${FIGURE} tfoot`).textContent()) ?? '';
    expect(foot).toContain(String(sum(rows, 'killed')));
  });

  it('shows all its text (every paragraph and list item outside the closed table) at 1280 and 375 px', async () => {
    const home = readPage(inject('distDir'), '/');
    const figure = elements(home.tree, (el) => el.properties.id === 'fig-strikes')[0]!;
    const inTable = new Set(elements(figure, (el) => el.tagName === 'details').flatMap((details) => elements(details)));
    const texts = elements(figure, (el) => (el.tagName === 'p' || el.tagName === 'li') && !inTable.has(el))
      .map((el) => textOf(el).replace(/\s+/g, ''))
      .filter((text) => text.length > 20);
    expect(texts.length).toBeGreaterThan(10);
    for (const width of [1280, 375]) {
      const shown = await withVisit('/', { javaScriptEnabled: false, viewport: { width, height: 900 } }, async ({ page }) =>
        (await page.locator(FIGURE).innerText()).replace(/\s+/g, ''),
      );
      for (const text of texts) expect(shown, `${width}px hides "${text.slice(0, 40)}…"`).toContain(text);
    }
  });

  it('says in the legend that placement within a region is schematic', async () => {
    const { page } = await visit('/', { javaScriptEnabled: false });
    const legend = await page.locator(`${FIGURE} .strike-legend`).innerText();
    expect(legend).toMatch(/Placement within a region is schematic/);
    expect(legend).toMatch(/No source published coordinates/);
  });
});

describe('the strike map', () => {
  it('draws its map in at most 40 KB of SVG (gzip) and requests no geometry or tiles', async () => {
    const { page, requests, consoleErrors } = await visit('/');
    const svgs = await page.locator(`${FIGURE} svg.strike-map-svg`).evaluateAll((list) => list.map((svg) => svg.outerHTML));
    expect(svgs).toHaveLength(2);
    const sizes = svgs.map((svg) => gzipSync(svg, { level: 9 }).length);
    for (const size of sizes) expect(size).toBeLessThanOrEqual(40 * 1024);
    // The wide and the narrow SVG together, too.
    expect(gzipSync(svgs.join(''), { level: 9 }).length).toBeLessThanOrEqual(40 * 1024);
    await page.locator('[data-strike-jump]').last().click();
    await page.locator(`${FIGURE} .strike-map-wide [data-ref="strike-38"]`).click();
    await page.waitForTimeout(200);
    const origin = inject('origin');
    const geometry = requests.filter((url) => /\.(json|topojson|geojson|pbf|mvt)(\?|$)|tile|world-atlas|countries-50m/i.test(url));
    expect(geometry).toEqual([]);
    expect(requests.filter((url) => !url.startsWith(origin) && !url.startsWith('data:'))).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });

  it('moves marks and totals with the date control', async () => {
    const { page } = await visit('/');
    const control = page.locator(`${FIGURE} [data-strike-date]`);
    expect(await control.isVisible()).toBe(true);
    const shown = () => page.locator(`${FIGURE} .strike-map-wide .strike:not([data-filtered])`).count();
    const atDefault = await shown();
    expect(await page.locator(`${FIGURE} .unplaced li:not([data-filtered])`).count()).toBe(0);
    expect(await page.locator(`${FIGURE} .strike-map-wide [data-ref="strike-20"]`).getAttribute('data-state')).toBe('pending');

    // One day later the 10 November strike is announced.
    await control.focus();
    await page.keyboard.press('ArrowRight');
    expect(await page.locator(`${FIGURE} output`).innerText()).toBe('14 November 2025');
    expect(await page.locator(`${FIGURE} .strike-map-wide [data-ref="strike-20"]`).getAttribute('data-state')).toBe('announced');
    const byNov14 = rows.filter((row) => known(row) <= '2025-11-14');
    expect(Number(await total(page, 'strikes'))).toBe(sum(byNov14, 'strikesInRow'));
    expect(Number(await total(page, 'killed'))).toBe(sum(byNov14, 'killed'));

    // The end of the data: every record.
    await page.keyboard.press('End');
    expect(await page.locator(`${FIGURE} output`).innerText()).toBe('23 February 2026');
    expect(Number(await total(page, 'strikes'))).toBe(sum(rows, 'strikesInRow'));
    expect(Number(await total(page, 'vessels'))).toBe(sum(rows, 'vessels'));
    expect(Number(await total(page, 'killed'))).toBe(sum(rows, 'killed'));
    expect(await shown()).toBe(rows.filter((r) => r.region !== 'unspecified').length);
    expect(await shown()).toBeGreaterThan(atDefault);
    expect(await page.locator(`${FIGURE} .unplaced li:not([data-filtered])`).count()).toBe(rows.filter((r) => r.region === 'unspecified').length);

    // The start: only the first strike.
    await page.keyboard.press('Home');
    expect(await shown()).toBe(1);
    expect(await total(page, 'killed')).toBe(String(rows[0]!.killed));
    expect(await page.locator(`${FIGURE} [data-t="withPresumed"]`).isVisible()).toBe(false);

    // Back to the reversal.
    await page.locator('[data-strike-jump]').first().click();
    expect(await shown()).toBe(atDefault);
    expect(await control.getAttribute('aria-valuetext')).toBe('13 November 2025: 19 strikes, 75 killed');
  });

  it('opens a deep link to a later strike with the date moved forward and the strike selected', async () => {
    for (const [ref, layout] of [
      ['strike-38', '.strike-map-wide'],
      ['strike-34', '.unplaced'],
    ] as const) {
      await withVisit(`/#${ref}`, {}, async ({ page, consoleErrors }) => {
        const mark = page.locator(`${FIGURE} ${layout} [data-ref="${ref}"]`);
        await expect.poll(() => mark.getAttribute('class')).toContain('is-selected');
        expect(await mark.isVisible()).toBe(true);
        const row = rows.find((r) => r.id === ref)!;
        expect(await page.locator(`${FIGURE} output`).innerText()).not.toBe('13 November 2025');
        expect(Number(await page.locator(`${FIGURE} [data-strike-date]`).inputValue())).toBeGreaterThan(72);
        const detail = page.locator(`${FIGURE} [data-detail-panel]`);
        expect(await detail.isVisible()).toBe(true);
        const text = await detail.innerText();
        expect(text).toContain('Copy link to this strike');
        expect(text).toContain('Location as stated');
        expect(text).toContain(String(row.killed));
        expect(await detail.locator('a[href^="#strike-"][data-copy-link]').getAttribute('href')).toBe(`#${ref}`);
        expect(consoleErrors).toEqual([]);
      });
    }
  });

  it('shows a strike on hover and on tap, and moves between strikes with the arrow keys', async () => {
    const { page } = await visit('/');
    const detail = page.locator(`${FIGURE} [data-detail-panel]`);
    await page.locator(`${FIGURE} .strike-map-wide [data-ref="strike-1"]`).hover();
    expect(await detail.innerText()).toContain('Strike 1');
    const stop = page.locator(`${FIGURE} .strike-map-wide [data-ref][tabindex="0"]`);
    expect(await stop.count()).toBe(1);
    await stop.focus();
    const first = await page.evaluate(() => document.activeElement?.getAttribute('data-ref'));
    await page.keyboard.press('ArrowRight');
    const second = await page.evaluate(() => document.activeElement?.getAttribute('data-ref'));
    expect(second).toMatch(/^strike-/);
    expect(second).not.toBe(first);

    const phone = await visit('/', { viewport: { width: 375, height: 800 }, hasTouch: true, isMobile: true });
    await phone.page.locator(`${FIGURE} .strike-map-narrow [data-ref="strike-5"]`).tap();
    expect(await phone.page.locator(`${FIGURE} [data-detail-panel]`).innerText()).toContain('Strike 5');
  });

  for (const width of [375, 1280]) {
    it(`at ${width} px: no label overlaps another label or a mark, at the default date and at the end`, async () => {
      const { page } = await visit('/', { viewport: { width, height: 900 } });
      const layout = layoutFor(width);
      expect(await page.locator(`${FIGURE} ${layout}`).isVisible()).toBe(true);
      const svg = `${FIGURE} ${layout} svg`;
      for (const step of ['default', 'end']) {
        if (step === 'end') await page.locator('[data-strike-jump]').last().click();
        await expectNoOverlaps(page, `${svg} text`, { against: `${svg} .mark-shape, ${svg} .place`, atLeast: 16, message: step });
      }
      expect(await scrollWidth(page)).toBeLessThanOrEqual(width);
    });
  }

  it('fits 320 px without sideways scrolling, with map text of 11 px or more', async () => {
    const { page } = await visit('/', { viewport: { width: 320, height: 800 } });
    expect(await scrollWidth(page)).toBeLessThanOrEqual(320);
    const smallest = await page.locator(`${FIGURE} .strike-map-narrow svg`).evaluate((svg) => {
      const scale = svg.getBoundingClientRect().width / (svg as SVGSVGElement).viewBox.baseVal.width;
      return Math.min(...[...svg.querySelectorAll('text')].map((t) => parseFloat(getComputedStyle(t).fontSize) * scale));
    });
    expect(smallest).toBeGreaterThanOrEqual(11);
  });

  // The basemap reaches past the wide map's frame (the narrow map draws the same one): each map shows only
  // what is inside its frame, and so every label must lie inside it.
  for (const width of [375, 1280]) {
    it(`at ${width} px: shows nothing outside the map's frame, and every label inside it`, async () => {
      const { page } = await visit('/', { viewport: { width, height: 800 } });
      const map = await page.locator(`${FIGURE} ${layoutFor(width)} svg`).evaluate((svg) => {
        const frame = svg.getBoundingClientRect();
        const outside = [...svg.querySelectorAll('text')]
          .filter((text) => text.getClientRects().length > 0)
          .filter((text) => {
            const box = text.getBoundingClientRect();
            return box.left < frame.left - 0.5 || box.right > frame.right + 0.5 || box.top < frame.top - 0.5 || box.bottom > frame.bottom + 0.5;
          })
          .map((text) => text.textContent);
        return { overflow: getComputedStyle(svg).overflow, outside };
      });
      expect(map.overflow).toBe('hidden');
      expect(map.outside).toEqual([]);
    });
  }

  it('keeps nothing focusable inside the graphic while it is aria-hidden (the HTML before the script runs)', () => {
    const home = readPage(inject('distDir'), '/');
    const figure = elements(home.tree, (el) => el.properties.id === 'fig-strikes')[0]!;
    const graphic = elements(figure, (el) => el.properties.dataGraphic !== undefined)[0]!;
    expect(graphic.properties.ariaHidden).toBe('true');
    const focusable = elements(graphic, (el) => ['a', 'button', 'input', 'select', 'textarea'].includes(el.tagName) || el.properties.tabIndex !== undefined);
    expect(focusable.map((el) => el.tagName)).toEqual([]);
  });

  it('prints the wide map, without the date control, in the state on screen', async () => {
    const { page } = await visit('/', { viewport: { width: 375, height: 800 } });
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator(`${FIGURE} .strike-map-wide`).isVisible()).toBe(true);
    expect(await page.locator(`${FIGURE} .strike-map-narrow`).isVisible()).toBe(false);
    expect(await page.locator(`${FIGURE} [data-strike-date]`).isVisible()).toBe(false);
    expect(await page.locator(`${FIGURE} .strike-legend`).isVisible()).toBe(true);
  });

  it('offers the data as CSV, one row per record', async () => {
    const { page } = await visit('/');
    const link = page.locator(`${FIGURE} a[download]`);
    const href = await link.getAttribute('href');
    expect(href).toMatch(/data\/strikes\.csv$/);
    const response = await fetch(new URL(href!, page.url()));
    expect(response.ok).toBe(true);
    const [header, ...records] = parseCsv(await response.text());
    expect(header!.slice(0, 4)).toEqual(['id', 'first_number', 'last_number', 'date']);
    expect(records.map((record) => record[0]).sort()).toEqual(rows.map((row) => row.id).sort());
  });
});
