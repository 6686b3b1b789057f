/**
 * The Spanish edition in a browser: the language switch keeps the reader's place; the Spanish briefing fits
 * 320 px, is axe-clean and prints on two pages (A4 and Letter) with its key facts; copy-link speaks Spanish.
 * Every /es/ page is also in the every-page checks (accessibility.test.ts: axe light and dark;
 * reader-targets.test.ts: no sideways scroll at 320–1280 px; pages.test.ts: console, JavaScript off).
 */
import { describe, expect, inject, it } from 'vitest';
import type { PaperFormat } from '../../src/lib/printBriefing.ts';
import { axeViolations, scrollWidth, useBrowser } from '../support/browser.ts';
import { readArticleMeta } from '../support/content.ts';
import { pdfText, printPath, squash } from '../support/pdf.ts';

const { visit, withVisit } = useBrowser();

/** /es/briefing/ as a PDF, as print.test.ts prints the English one. */
const printSpanishBriefing = (format: PaperFormat) => printPath(withVisit, '/es/briefing/', format);

describe('the Spanish briefing', () => {
  for (const format of ['A4', 'Letter'] as const) {
    it(`prints on at most two ${format} pages, with the key facts, the source URLs and both cut-off dates`, async () => {
      const { pages, text: printed } = await pdfText(await printSpanishBriefing(format));
      const text = squash(printed);
      expect(pages).toBeLessThanOrEqual(2);
      for (const fact of ['martes 11 de noviembre de 2025', 'El 13 de noviembre', '19 ataques', '76 personas', '85 %', '446 toneladas', 'dos días después', 'traducción propia']) {
        expect(text, fact).toContain(fact.replace(/\s+/g, ''));
      }
      for (const { url } of Object.values(readArticleMeta())) expect(text).toContain(url.replace(/\s+/g, ''));
      expect(text).toMatch(/lahistoriacontadahastael\d{1,2}de[a-z]+de\d{4},losregistrosdeataqueshastael\d{1,2}de[a-z]+de\d{4}/i);
    }, 60_000);
  }

  it('does not scroll sideways at 320 px and has no axe violation', async () => {
    await withVisit('/es/briefing/', { viewport: { width: 320, height: 700 } }, async ({ page }) => {
      expect(await scrollWidth(page)).toBeLessThanOrEqual(320);
      expect(await axeViolations(page)).toEqual([]);
    });
  }, 60_000);
});

describe('the language switch', () => {
  it('lands on the same section of the other edition, both ways', async () => {
    const { page } = await visit('/#the-strikes');
    await page.locator('a[data-language-switch]').click();
    await page.waitForURL((url) => url.pathname === '/es/');
    expect(new URL(page.url()).hash).toBe('#the-strikes');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('es');
    const top = await page.evaluate(() => document.getElementById('the-strikes')!.getBoundingClientRect().top);
    expect(top).toBeGreaterThanOrEqual(0);
    expect(top).toBeLessThan(900);
    await page.goto(page.url().replace('#the-strikes', '#what-happened'));
    await page.locator('a[data-language-switch]').click();
    await page.waitForURL((url) => url.pathname === '/' && url.hash === '#what-happened');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
  });
});

describe('copy-link on a Spanish page', () => {
  it('puts the Spanish figure page on the clipboard and says so in Spanish', async () => {
    const { page } = await visit('/es/');
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: inject('origin') });
    await page.locator('#fig-chronology .figure-permalink a[data-copy-link]').click();
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(`${inject('origin')}/es/figures/chronology/`);
    expect(await page.locator('#copy-status').innerText()).toBe(`Enlace copiado: ${inject('origin')}/es/figures/chronology/`);
  });
});
