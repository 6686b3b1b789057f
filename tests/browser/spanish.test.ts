/** The Spanish edition in a browser: the language switch keeps the reader's place; /es/ is axe-clean and fits 320 px. */
import { describe, expect, it } from 'vitest';
import { axeViolations, scrollWidth, useBrowser } from '../support/browser.ts';

const { visit, withVisit } = useBrowser();

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

describe('the Spanish home page', () => {
  it('has no axe violation, light and dark', async () => {
    const failures: string[] = [];
    for (const colorScheme of ['light', 'dark'] as const) {
      await withVisit('/es/', { colorScheme, viewport: { width: 1280, height: 900 } }, async ({ page }) => {
        for (const violation of await axeViolations(page)) failures.push(`/es/ (${colorScheme}) ${violation}`);
      });
    }
    expect(failures).toEqual([]);
  }, 120_000);

  it('does not scroll sideways at 320 px', async () => {
    for (const path of ['/es/', '/es/sources/', '/es/sources/004_6f9271d87370fc5c/']) {
      await withVisit(path, { viewport: { width: 320, height: 700 } }, async ({ page }) => {
        expect(await scrollWidth(page), path).toBeLessThanOrEqual(320);
      });
    }
  });
});
