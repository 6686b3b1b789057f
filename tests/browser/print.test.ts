/** Print: the briefing fits two pages on A4 and on US Letter and its PDF text holds the facts and sources; every page prints as a document. */
import { describe, expect, inject, it } from 'vitest';
import type { PaperFormat } from '../../src/lib/printBriefing.ts';
import { useBrowser } from '../support/browser.ts';
import { readArticleMeta } from '../support/content.ts';
import { readPage, readPages } from '../support/html.ts';
import { pdfText, printPath, squash } from '../support/pdf.ts';

const articleUrls = Object.values(readArticleMeta()).map((m) => m.url);

const { withVisit, withPages } = useBrowser();

const printBriefing = (format: PaperFormat) => printPath(withVisit, '/briefing/', format);

describe('the briefing', () => {
  for (const format of ['A4', 'Letter'] as const) {
    it(`prints on at most two ${format} pages, with the key facts, the source URLs, both cut-off dates and the site URL`, async () => {
      const { pages, text } = await pdfText(await printBriefing(format));
      expect(pages).toBeLessThanOrEqual(2);
      const flat = squash(text);
      for (const fact of ['11 November 2025', '13 November', '19 U.S. strikes', '76 people', '85%', '446 tons']) expect(flat).toContain(squash(fact));
      for (const url of articleUrls) expect(flat).toContain(squash(url));
      expect(flat).toMatch(/storytoldto\d{1,2}[A-Z][a-z]+\d{4},strikerecordsto\d{1,2}[A-Z][a-z]+\d{4}/i);
      expect(flat).toContain('http://localhost:4321/');
    }, 60_000);
  }

  it('is linked from the home page', async () => {
    const home = readPage(inject('distDir'), '/');
    expect(home.html).toMatch(/<a href="\/briefing\/"[^>]*>Print the briefing<\/a>/);
  });
});

describe('print styles on every page', () => {
  it('hide navigation and buttons, keep figure graphics whole, print URLs after external links, black on white', async () => {
    // One page for every path; a share page only redirects (a meta refresh) and is checked where it leads.
    await withPages({}, async (open) => {
      for (const { path } of readPages(inject('distDir')).filter((page) => !/http-equiv="refresh"/iu.test(page.html))) {
        const report = await open(path).then(async ({ page }) => {
          await page.emulateMedia({ media: 'print' });
          return page.evaluate(() => {
            const hiddenNav = [...document.querySelectorAll('nav, .site-header, button')].every(
              (el) => getComputedStyle(el).display === 'none' || !!el.closest('[hidden]') || getComputedStyle(el.closest('.site-header, .no-print, nav') ?? el).display === 'none',
            );
            const figuresWhole = [...document.querySelectorAll('figure:not(.figure), .figure-graphic svg')].every((el) => ['avoid', 'avoid-page'].includes(getComputedStyle(el).breakInside));
            const external = [...document.querySelectorAll<HTMLAnchorElement>('main a[href^="http"]:not(.bare-url):not(.briefing *)')].filter((a) => a.offsetParent !== null);
            // Chromium computes attr(href) into the URL; Firefox reports the declaration itself.
            const urlsShown = external.every((a) => /http|attr\(href\)/.test(getComputedStyle(a, '::after').content));
            const body = getComputedStyle(document.body);
            return { hiddenNav, figuresWhole, urlsShown, color: body.color, background: body.backgroundColor };
          });
        });
        expect(report, path).toMatchObject({ hiddenNav: true, figuresWhole: true, urlsShown: true, color: 'rgb(0, 0, 0)' });
        expect(['rgb(255, 255, 255)', 'rgba(0, 0, 0, 0)']).toContain(report.background);
      }
    });
  }, 240_000);
});
