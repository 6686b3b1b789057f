/** Every page in real Chromium: no console errors, no off-site requests, text without JavaScript, anchors, axe. */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { axeViolations, launch, visit } from '../helpers/browser.ts';
import { readPages } from '../helpers/html.ts';

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
    for (const { path } of readPages(inject('distDir'))) {
      // What a reader sees with JavaScript, leaving out what only the scripts add (controls, detail panels).
      const withJs = await visit(browser, path);
      const lines = await withJs.page.evaluate(() => {
        document.querySelectorAll<HTMLElement>('[data-js-only], [data-detail-panel], .copy-status').forEach((el) => (el.hidden = true));
        return document.querySelector<HTMLElement>('main')!.innerText.split('\n').map((line) => line.replace(/\s+/g, '')).filter((line) => line.length > 0);
      });
      await withJs.page.context().close();
      const withoutJs = await visit(browser, path, { javaScriptEnabled: false });
      const shown = (await withoutJs.page.locator('main').innerText()).replace(/\s+/g, '');
      await withoutJs.page.context().close();
      const missing = lines.filter((line) => !shown.includes(line));
      expect(missing, path).toEqual([]);
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
