/** Every page in real browsers (Chromium and Firefox): no console errors, no off-site requests, text without JavaScript, anchors, axe. */
import { describe, expect, inject, it } from 'vitest';
import { axeViolations, useBrowser } from '../support/browser.ts';
import { readPages } from '../support/html.ts';

const { visit, withVisit, withPages } = useBrowser();

/** A share page only redirects (a meta refresh, with or without JavaScript): it is checked where it leads. */
const redirects = (page: { html: string }) => /http-equiv="refresh"/iu.test(page.html);
/** The pages a reader stays on. */
const pages = () => readPages(inject('distDir')).filter((page) => !redirects(page)).map((page) => page.path);

describe('every page', () => {
  it('loads with no console error and no request leaving 127.0.0.1', async () => {
    // A context per page (not `withPages`): an error that comes after a page's load is then still its own.
    const paths = readPages(inject('distDir')).map((page) => page.path);
    expect(paths.length).toBeGreaterThanOrEqual(7);
    for (const path of paths) {
      await withVisit(path, {}, async ({ consoleErrors, requests }) => {
        expect(consoleErrors, path).toEqual([]);
        const offSite = requests.filter((url) => new URL(url).origin !== inject('origin') && !url.startsWith('data:'));
        expect(offSite, path).toEqual([]);
      });
    }
  });

  it('shows all its text with JavaScript disabled', async () => {
    await withPages({}, (withScripts) =>
      withPages({ javaScriptEnabled: false }, async (withoutScripts) => {
        for (const path of pages()) {
          // What a reader sees with JavaScript, leaving out what only the scripts add (controls, detail panels).
          const lines = await (await withScripts(path)).page.evaluate(() => {
            document.querySelectorAll<HTMLElement>('[data-js-only], [data-detail-panel], .copy-status').forEach((el) => (el.hidden = true));
            return document.querySelector<HTMLElement>('main')!.innerText.split('\n').map((line) => line.replace(/\s+/g, '')).filter((line) => line.length > 0);
          });
          const shown = (await (await withoutScripts(path)).page.locator('main').innerText()).replace(/\s+/g, '');
          const missing = lines.filter((line) => !shown.includes(line));
          expect(missing, path).toEqual([]);
        }
      }),
    );
  });
});

describe('heading anchors', () => {
  it('following a heading anchor link scrolls its section into view below the sticky header', async () => {
    const { page } = await visit('/', { viewport: { width: 375, height: 700 }, reducedMotion: 'reduce' });
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
  });
});

describe('accessibility', () => {
  for (const colorScheme of ['light', 'dark'] as const) {
    for (const width of [375, 1280]) {
      it(`axe finds no WCAG 2.1 AA violation on any page (${colorScheme}, ${width} px)`, async () => {
        const failures: string[] = [];
        await withPages({ colorScheme, viewport: { width, height: 900 } }, async (open) => {
          for (const path of pages()) {
            for (const violation of await axeViolations((await open(path)).page)) failures.push(`${path} ${violation}`);
          }
        });
        expect(failures).toEqual([]);
      }, 240_000);
    }
  }
});
