/** Print: the briefing fits two pages on A4 and on US Letter and its PDF text holds the facts and sources. (Every page's print styles: pages.test.ts.) */
import { describe, expect, inject, it } from 'vitest';
import type { PaperFormat } from '../../src/lib/printBriefing.ts';
import { useBrowser } from '../support/browser.ts';
import { readArticleMeta } from '../support/content.ts';
import { readPage } from '../support/html.ts';
import { pdfText, printPath, squash } from '../support/pdf.ts';

const articleUrls = Object.values(readArticleMeta()).map((m) => m.url);

const { withVisit } = useBrowser();

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
