/** A page printed to PDF in the browser under test, and the PDF's text, for the print tests. */
import { inject } from 'vitest';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { printToPdf, type PaperFormat } from '../../src/lib/printBriefing.ts';
import type { BrowserFixture } from './browser.ts';
import { CHROMIUM_ARGS } from './chromium.ts';

/** The PDF's page count and its text, one line per page. */
export async function pdfText(bytes: Buffer): Promise<{ pages: number; text: string }> {
  const document = await getDocument({ data: new Uint8Array(bytes), disableFontFace: true, useSystemFonts: false }).promise;
  const texts: string[] = [];
  for (let n = 1; n <= document.numPages; n++) {
    const content = await (await document.getPage(n)).getTextContent();
    texts.push(content.items.map((item) => ('str' in item ? item.str : '')).join(' '));
  }
  return { pages: document.numPages, text: texts.join('\n') };
}

/** Text with all white space removed, so words broken across lines still match. */
export const squash = (text: string) => text.replace(/\s+/g, '');

/**
 * A site path printed to PDF: in Chromium by printToPdf, what `npm run pdf` runs; in Firefox by its own
 * print to PDF, with the same settings (the page's @page margins, backgrounds, the paper size given).
 */
export function printPath(withVisit: BrowserFixture['withVisit'], path: string, format: PaperFormat): Promise<Buffer> {
  if (inject('engine') === 'chromium') {
    return printToPdf({ chromiumPath: inject('browserPath'), chromiumArgs: CHROMIUM_ARGS, url: `${inject('origin')}${path}`, format });
  }
  return withVisit(path, {}, ({ page }) => page.pdf({ format, printBackground: true, preferCSSPageSize: false }));
}
