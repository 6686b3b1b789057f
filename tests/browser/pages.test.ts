/** Every page in real browsers (Chromium and Firefox): no console errors, no off-site requests, text without JavaScript, heading anchors. */
import { describe, expect, inject, it } from 'vitest';
import { useBrowser } from '../support/browser.ts';
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
  }, 240_000);

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
  }, 240_000);
});

describe('heading anchors', () => {
  // A heading's anchor link copies its permalink (the page does not move); the permalink itself must land the
  // reader on the section, below the sticky header, whether it is opened fresh or followed without JavaScript.
  const lastSectionId = async () => {
    const { page } = await visit('/', { viewport: { width: 375, height: 700 } });
    return (await page.locator('h2.anchored').last().getAttribute('id'))!;
  };
  const expectBelowHeader = async (page: Awaited<ReturnType<typeof visit>>['page'], id: string) => {
    await page.waitForTimeout(500);
    const box = await page.locator(`[id="${id}"]`).boundingBox();
    const headerBottom = await page.locator('.site-header').evaluate((el) => el.getBoundingClientRect().bottom);
    expect(box!.y).toBeGreaterThanOrEqual(headerBottom - 1);
    expect(box!.y + box!.height).toBeLessThanOrEqual(700);
    expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
  };

  it('a permalink to a section opens with the section in view below the sticky header', async () => {
    const id = await lastSectionId();
    const { page } = await visit(`/#${id}`, { viewport: { width: 375, height: 700 }, reducedMotion: 'reduce' });
    await expectBelowHeader(page, id);
  });

  it('without JavaScript, following the anchor link scrolls its section into view below the sticky header', async () => {
    const id = await lastSectionId();
    const { page } = await visit('/', { viewport: { width: 375, height: 700 }, reducedMotion: 'reduce', javaScriptEnabled: false });
    await page.locator(`[id="${id}"] a.anchor-link`).focus();
    await page.keyboard.press('Enter');
    // Polled from here: with scripts off, Firefox runs no in-page wait function.
    await expect.poll(() => page.evaluate(() => location.hash)).toBe(`#${id}`);
    await expectBelowHeader(page, id);
  });

  it('with JavaScript, the anchor link copies the permalink and leaves the page where it is', async () => {
    const id = await lastSectionId();
    const { page } = await visit('/', { viewport: { width: 375, height: 700 }, reducedMotion: 'reduce' });
    const link = page.locator(`[id="${id}"] a.anchor-link`);
    await link.scrollIntoViewIfNeeded();
    const before = await page.evaluate(() => window.scrollY);
    await link.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('#copy-status').textContent()).toMatch(/Link copied|Copy this link/);
    expect(await page.evaluate(() => location.hash)).toBe('');
    expect(await page.evaluate(() => window.scrollY)).toBe(before);
  });
});
