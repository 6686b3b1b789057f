/** Every page in real Chromium: no console errors, no off-site requests, text without JavaScript, anchors, axe. */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { axeViolations, launch, visit } from '../helpers/browser.ts';
import { elements, readPages, textOf } from '../helpers/html.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const pages = () => readPages(inject('distDir')).map((page) => page.path);

describe('every page', () => {
  it('loads with no console error and no request leaving 127.0.0.1', async () => {
    const paths = pages();
    expect(paths.length).toBeGreaterThanOrEqual(7);
    for (const path of paths) {
      const { page, consoleErrors, requests } = await visit(browser, path);
      expect(consoleErrors, path).toEqual([]);
      const offSite = requests.filter((url) => new URL(url).origin !== inject('origin') && !url.startsWith('data:'));
      expect(offSite, path).toEqual([]);
      await page.context().close();
    }
  });

  it('shows all its text with JavaScript disabled', async () => {
    for (const built of readPages(inject('distDir'))) {
      const main = elements(built.tree, (el) => el.tagName === 'main')[0]!;
      const paragraphs = elements(main, (el) => el.tagName === 'p' || el.tagName === 'li')
        .map((el) => textOf(el).replace(/\s+/g, '').toLowerCase())
        .filter((text) => text.length > 20);
      const { page } = await visit(browser, built.path, { javaScriptEnabled: false });
      // Compared without white space: layout decides where innerText puts line breaks.
      const shown = (await page.locator('main').innerText()).replace(/\s+/g, '').toLowerCase();
      for (const text of paragraphs) expect(shown, `${built.path} hides "${text.slice(0, 40)}…"`).toContain(text);
      await page.context().close();
    }
  });
});

describe('heading anchors', () => {
  it('following a heading anchor link scrolls its section into view below the sticky header', async () => {
    const { page } = await visit(browser, '/', { viewport: { width: 375, height: 700 }, reducedMotion: 'reduce' });
    const heading = page.locator('h2.anchored').last();
    const id = await heading.getAttribute('id');
    await heading.locator('a.anchor-link').focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction((target) => location.hash === `#${target}`, id);
    await page.waitForTimeout(800);
    const box = await heading.boundingBox();
    const headerBottom = await page.locator('.site-header').evaluate((el) => el.getBoundingClientRect().bottom);
    expect(box!.y).toBeGreaterThanOrEqual(headerBottom - 1);
    expect(box!.y + box!.height).toBeLessThanOrEqual(700);
    expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
    await page.context().close();
  });
});

describe('accessibility', () => {
  it('axe finds no WCAG 2.1 AA violation on any page, light and dark, at 375 and 1280 px', async () => {
    const failures: string[] = [];
    for (const path of pages()) {
      for (const colorScheme of ['light', 'dark'] as const) {
        for (const width of [375, 1280]) {
          const { page } = await visit(browser, path, { colorScheme, viewport: { width, height: 900 } });
          for (const violation of await axeViolations(page)) failures.push(`${path} (${colorScheme}, ${width}px) ${violation}`);
          await page.context().close();
        }
      }
    }
    expect(failures).toEqual([]);
  }, 240_000);
});
