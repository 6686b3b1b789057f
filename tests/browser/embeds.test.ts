/**
 * Embeds and share links in the browser: an embed framed by a page on another origin sizes its iframe
 * through the README's listener (the test server applies dist/_headers, so framing rules are real); the
 * links that sections' and figures' copy-link buttons hand out unfurl with their own title and land on the
 * section or figure with JavaScript on and off. (axe, console errors and off-site requests on the figure pages
 * and embeds are checked with every other page: accessibility.test.ts, pages.test.ts.)
 */
import { createServer, type Server } from 'node:http';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { useBrowser } from '../support/browser.ts';
import { elements, readPage } from '../support/html.ts';

const { visit, withVisit, withContext } = useBrowser();

/** The listener from README.md, "Embedding a figure", verbatim. */
function readmeListener(): string {
  const readme = readFileSync(join(import.meta.dirname, '../../README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('## Embedding a figure'));
  return /```html\n([\s\S]*?)```/.exec(section)![1]!;
}

let host: Server;
let hostOrigin = '';
beforeAll(async () => {
  const page = (name: string) =>
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host</title></head><body><h1>Host page</h1>` +
    `<iframe src="${inject('origin')}/embed/${name}/" title="Embedded figure" data-explainer-embed="${name}" style="width: 100%; aspect-ratio: 16 / 13; border: 0"></iframe>` +
    `${readmeListener()}</body></html>`;
  host = createServer((request, response) => {
    const name = /^\/host\/([a-z]+)\/$/.exec(request.url ?? '')?.[1];
    if (!name) return void response.writeHead(404).end();
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page(name));
  });
  await new Promise<void>((done) => host.listen(0, '127.0.0.1', done));
  const address = host.address();
  hostOrigin = typeof address === 'object' && address ? `http://127.0.0.1:${address.port}` : '';
});
afterAll(() => new Promise<void>((done) => host.close(() => done())));

describe('embeds', () => {
  it.each(['strikes', 'seizures', 'chronology'])('%s: the host page sizes the iframe to the embed’s content', async (name) => {
    await withContext({ viewport: { width: 900, height: 800 } }, async (context) => {
    const page = await context.newPage();
    await page.goto(`${hostOrigin}/host/${name}/`, { waitUntil: 'load' });
    const frame = page.frameLocator('iframe');
    await frame.locator(`#fig-${name}`).waitFor();
    await expect
      .poll(async () => {
        const [frameHeight, content] = await Promise.all([
          page.locator('iframe').evaluate((el) => el.getBoundingClientRect().height),
          frame.locator('[data-embed]').evaluate((el) => el.getBoundingClientRect().height),
        ]);
        return Math.abs(frameHeight - Math.ceil(content));
      })
      .toBeLessThanOrEqual(1);
    expect(await page.locator('iframe').evaluate((el) => (el as HTMLElement).style.height)).toMatch(/px$/);
    });
  });

  it('is readable without JavaScript: the figure and its source line are there', async () => {
    const { page } = await visit('/embed/strikes/', { javaScriptEnabled: false });
    expect(await page.locator('#fig-strikes svg').first().isVisible()).toBe(true);
    expect(await page.locator('[data-source-line]').innerText()).toMatch(/^Sources: /);
    expect(await page.locator('.site-header').count()).toBe(0);
  });
});

const ogTitle = (path: string) =>
  String(elements(readPage(inject('distDir'), path).tree, (el) => el.tagName === 'meta' && el.properties.property === 'og:title')[0]?.properties.content);

describe('share links', () => {
  const cases = [
    { from: '/', button: '#what-happened .anchor-link', path: '/s/what-happened/', title: 'What happened', lands: '#what-happened' },
    { from: '/', button: '#fig-strikes .figure-permalink a[data-copy-link]', path: '/figures/strikes/', title: null, lands: '#fig-strikes' },
  ];

  it.each(cases)('copy-link on $button copies $path, which unfurls with its own title', async ({ from, button, path, title }) => {
    const { page } = await visit(from);
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: inject('origin') });
    await page.locator(button).click();
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(`${inject('origin')}${path}`);
    const expected = title ?? (await page.locator('#fig-strikes-title').evaluate((el) => el.firstChild?.textContent?.trim() ?? ''));
    expect(ogTitle(path)).toContain(expected);
  });

  for (const javaScriptEnabled of [true, false]) {
    it.each(cases)(`opening $path lands on $lands (JavaScript ${javaScriptEnabled ? 'on' : 'off'})`, async ({ path, lands }) => {
      await withVisit(path, { javaScriptEnabled }, async ({ page }) => {
        if (path.startsWith('/s/')) await page.waitForURL((url) => url.hash === lands);
        const box = await page.locator(lands).evaluate((el) => {
          const rect = el.getBoundingClientRect();
          return { top: rect.top, bottom: rect.bottom, height: window.innerHeight };
        });
        expect(box.top).toBeLessThan(box.height);
        expect(box.bottom).toBeGreaterThan(0);
      });
    });
  }
});
