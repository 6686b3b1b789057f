/** Prints a page of a built site to PDF with Chromium: shared by `npm run pdf` and the print tests. */
import { chromium } from 'playwright-core';

export type PaperFormat = 'A4' | 'Letter';

export interface PrintOptions {
  chromiumPath: string;
  chromiumArgs: string[];
  /** The page's full URL. */
  url: string;
  format: PaperFormat;
}

/** The PDF bytes of the page as Chromium prints it (print media, the page's own @page margins). */
export async function printToPdf({ chromiumPath, chromiumArgs, url, format }: PrintOptions): Promise<Buffer> {
  const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs, headless: true });
  try {
    const page = await browser.newPage();
    await page.goto(url, { waitUntil: 'load' });
    return await page.pdf({ format, printBackground: true, preferCSSPageSize: false });
  } finally {
    await browser.close();
  }
}
