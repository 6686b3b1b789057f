/**
 * Reader experience in print (issue #14): the home page fits 30 A4 pages with no page but the last more than
 * half empty (measured on the rasterised pages), and the briefing fills exactly two pages on A4 and on US
 * Letter with no text under 8 pt (pdf.js text items' size, from their transform).
 */
import { describe, expect, inject, it } from 'vitest';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { printToPdf, type PaperFormat } from '../../src/lib/printBriefing.ts';
import { useBrowser } from '../support/browser.ts';
import { CHROMIUM_ARGS } from '../support/chromium.ts';
import { ensurePdftoppm, pageFill } from '../support/poppler.ts';

const { withVisit } = useBrowser();

function print(path: string, format: PaperFormat): Promise<Buffer> {
  if (inject('engine') === 'chromium') {
    return printToPdf({ chromiumPath: inject('browserPath'), chromiumArgs: CHROMIUM_ARGS, url: `${inject('origin')}${path}`, format });
  }
  return withVisit(path, {}, ({ page }) => page.pdf({ format, printBackground: true, preferCSSPageSize: false }));
}

/** Every text item of the PDF with its size in points (the length of its transform's vertical vector). */
async function textSizes(pdf: Buffer): Promise<{ pages: number; items: { text: string; size: number; page: number }[] }> {
  const document = await getDocument({ data: new Uint8Array(pdf), disableFontFace: true, useSystemFonts: false }).promise;
  const items: { text: string; size: number; page: number }[] = [];
  for (let page = 1; page <= document.numPages; page++) {
    for (const item of (await (await document.getPage(page)).getTextContent()).items) {
      if ('str' in item && item.str.trim() !== '') items.push({ text: item.str, size: Math.hypot(item.transform[2]!, item.transform[3]!), page });
    }
  }
  return { pages: document.numPages, items };
}

describe('the home page in print', () => {
  it('takes at most 30 A4 pages, and no page but the last is more than half empty', async () => {
    ensurePdftoppm();
    const fills = pageFill(await print('/', 'A4'));
    expect(fills.length).toBeLessThanOrEqual(30);
    const emptyish = fills.slice(0, -1).filter((page) => page.filled < 0.5);
    expect(emptyish.map((page) => `page ${page.page}: ${Math.round(page.filled * 100)}% used`)).toEqual([]);
  }, 120_000);
});

describe('the briefing in print', () => {
  for (const [format, pageMm] of [['A4', 297], ['Letter', 279.4]] as const) {
    it(`fills exactly two ${format} pages, with no text under 8 pt`, async () => {
      ensurePdftoppm();
      const pdf = await print('/briefing/', format);
      const { pages, items } = await textSizes(pdf);
      expect(pages).toBe(2);
      const small = items.filter((item) => item.size < 7.95).map((item) => `p${item.page} ${item.size.toFixed(1)} pt "${item.text}"`);
      expect(small).toEqual([]);
      // Both pages are used: the second at least half.
      const fills = pageFill(pdf, { topMm: 16, bottomMm: 18, pageMm });
      for (const page of fills) expect(page.filled, `${format} page ${page.page}`).toBeGreaterThan(0.5);
    }, 120_000);
  }

  it('prints no URL broken inside its scheme ("htt ps://")', async () => {
    const { items } = await textSizes(await print('/briefing/', 'A4'));
    const text = items.map((item) => item.text).join('\n');
    expect(text).not.toMatch(/\bh\s*t\s*t\s*p\s*s?\s*\n\s*:|htt\s*\n\s*ps|ht\s*\n\s*tps/u);
  }, 120_000);
});
