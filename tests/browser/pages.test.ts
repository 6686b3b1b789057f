/**
 * Every page in real browsers (Chromium and Firefox), in one pass: each page is opened once and checked for
 * console errors and off-site requests, for sideways scroll at 320, 360, 375 and 1280 px (the viewport
 * resized: media queries and layout follow), and for its print styles; then each is opened once more with
 * JavaScript off, which must show all its text. A share page only redirects (a meta refresh) to a section of
 * the home page: the first of each edition is followed, its console and requests checked where it leads, and
 * the other checks skip it; the others are the same page with other words and another target, which the build
 * tests check (figure-pages.test.ts), and each would only load the home page once more. Then the heading anchors.
 */
import { beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from '../support/engine.ts';
import { scrollWidth, useBrowser } from '../support/browser.ts';
import { readPages } from '../support/html.ts';

const { visit, withPages } = useBrowser();
const WIDTHS = [1280, 375, 360, 320];
const viewport = (width: number) => ({ width, height: width < 761 ? 740 : 900 });

/** A share page only redirects (a meta refresh, with or without JavaScript): it is checked where it leads. */
const redirects = (page: { html: string }) => /http-equiv="refresh"/iu.test(page.html);

interface Seen {
  consoleErrors: string[];
  offSite: string[];
  /** Pages a reader stays on only: */
  lines?: string[];
  wide?: string[];
  print?: { hiddenNav: boolean; figuresWhole: boolean; urlsShown: boolean; color: string; background: string };
}
const seen = new Map<string, Seen>();
const withoutScripts = new Map<string, string>();

/** What a reader sees with JavaScript, leaving out what only the scripts add (controls, detail panels). */
const textLines = (page: Page) =>
  page.evaluate(() => {
    const hidden = [...document.querySelectorAll<HTMLElement>('[data-js-only], [data-detail-panel], .copy-status')].filter((el) => !el.hidden);
    hidden.forEach((el) => (el.hidden = true));
    const lines = document.querySelector<HTMLElement>('main')!.innerText.split('\n').map((line) => line.replace(/\s+/g, '')).filter((line) => line.length > 0);
    hidden.forEach((el) => (el.hidden = false));
    return lines;
  });

/** The print stylesheet's effect: navigation and buttons hidden, figures whole, URLs after links, black on white. */
const printReport = (page: Page) =>
  page.evaluate(() => {
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

/** Every page but the share pages after the first of each edition. */
function pagesToOpen(): { path: string; html: string }[] {
  const editions = new Set<string>();
  return readPages(inject('distDir')).filter(({ path, html }) => {
    if (!redirects({ html })) return true;
    const edition = path.replace(/s\/[^/]+\/$/u, '');
    if (editions.has(edition)) return false;
    editions.add(edition);
    return true;
  });
}

beforeAll(async () => {
  const all = pagesToOpen();
  const origin = inject('origin');
  await withPages({ viewport: viewport(1280) }, async (open) => {
    for (const { path, html } of all) {
      const { page, consoleErrors, requests } = await open(path);
      const offSite = () => requests.filter((url) => new URL(url).origin !== origin && !url.startsWith('data:'));
      if (redirects({ html })) {
        await page.waitForURL((url) => url.pathname !== new URL(origin + path).pathname);
        seen.set(path, { consoleErrors: [...consoleErrors], offSite: offSite() });
        continue;
      }
      const lines = await textLines(page);
      await page.emulateMedia({ media: 'print' });
      const print = await printReport(page);
      await page.emulateMedia({ media: null });
      const wide: string[] = [];
      for (const width of WIDTHS) {
        await page.setViewportSize(viewport(width));
        const measured = await scrollWidth(page);
        if (measured > width) wide.push(`${path} at ${width} px: ${measured} px`);
      }
      await page.setViewportSize(viewport(1280));
      seen.set(path, { consoleErrors: [...consoleErrors], offSite: offSite(), lines, wide, print });
    }
  });
  await withPages({ javaScriptEnabled: false }, async (open) => {
    for (const { path, html } of all.filter((page) => !redirects(page))) {
      withoutScripts.set(path, (await (await open(path)).page.locator('main').innerText()).replace(/\s+/g, ''));
    }
  });
}, 300_000);

/** The pass's findings for the pages a reader stays on. */
const stayedOn = () => [...seen].filter(([, page]) => page.lines !== undefined);

describe('every page', () => {
  it('loads with no console error and no request leaving 127.0.0.1', () => {
    expect(seen.size).toBeGreaterThanOrEqual(7);
    // One share page of each edition, followed to the section it leads to.
    expect([...seen.keys()].filter((path) => /^\/(?:es\/)?s\//u.test(path)).map((path) => path.split('/s/')[0])).toEqual(['/es', '']);
    for (const [path, page] of seen) {
      expect(page.consoleErrors, path).toEqual([]);
      expect(page.offSite, path).toEqual([]);
    }
  });

  it('shows all its text with JavaScript disabled', () => {
    expect(stayedOn().length).toBeGreaterThanOrEqual(7);
    for (const [path, page] of stayedOn()) {
      const shown = withoutScripts.get(path)!;
      expect(page.lines!.filter((line) => !shown.includes(line)), path).toEqual([]);
    }
  });

  it(`does not scroll sideways at ${[...WIDTHS].reverse().join(', ')} px, the briefing included`, () => {
    expect(stayedOn().map(([path]) => path)).toContain('/briefing/');
    expect(stayedOn().flatMap(([, page]) => page.wide!)).toEqual([]);
  });

  it('prints without navigation and buttons, with figure graphics whole, URLs after external links, black on white', () => {
    for (const [path, page] of stayedOn()) {
      expect(page.print, path).toMatchObject({ hiddenNav: true, figuresWhole: true, urlsShown: true, color: 'rgb(0, 0, 0)' });
      expect(['rgb(255, 255, 255)', 'rgba(0, 0, 0, 0)'], path).toContain(page.print!.background);
    }
  });
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
