/**
 * The headless browser of the browser tests: Chromium or Firefox, whichever the Vitest project injects as
 * `engine` (see engine.ts). `useBrowser()` opens one browser per test file. `visit` and `withVisit` open a
 * path in a fresh document: a tab is kept per set of options but the viewport and reused by the next test
 * with the same options (it goes to about:blank first and takes the viewport asked for, so every visit is a
 * new page load at the size asked; its print emulation is reset when the test ends), since a new tab costs a
 * renderer process, more than the load itself (about 0.3 s of a core against 0.1 s). A test that
 * fails has its tabs closed rather than reused, so it leaks nothing into the next. `withPages` and
 * `withContext` get a context of their own. Pages record console errors and every request.
 *
 * Finding the browsers is in chromium.ts and firefox.ts: the global set-up and the scripts use them, and they
 * must not import `vitest` (which throws outside a test worker), as this module does.
 */
import { afterAll, afterEach, beforeAll, inject } from 'vitest';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { openBrowser, type Browser, type BrowserContext, type ContextOptions, type Page } from './engine.ts';


export interface Visit {
  page: Page;
  consoleErrors: string[];
  requests: string[];
}

export interface BrowserFixture {
  /** The browser of this test file (launched in `beforeAll`). */
  readonly browser: Browser;
  /**
   * Opens a site path (e.g. "/sources/") in a fresh document, 1280 × 900 unless `options` say otherwise, and
   * waits for it to load. The tab is this test's until the test ends.
   */
  visit(path: string, options?: ContextOptions): Promise<Visit>;
  /** `visit`, with the tab given back as soon as `use` returns (or closed if it throws): for many pages. */
  withVisit<T>(path: string, options: ContextOptions, use: (visit: Visit) => Promise<T>): Promise<T>;
  /**
   * One context and page for many paths with the same options, closed as soon as `use` returns or throws:
   * `open(path)` navigates the page there and records that path's console errors and requests. Cheaper than a
   * `withVisit` per path when a test goes through every page.
   */
  withPages<T>(options: ContextOptions, use: (open: (path: string) => Promise<Visit>) => Promise<T>): Promise<T>;
  /** A fresh context, closed as soon as `use` returns or throws (for a visit that needs more than `visit`). */
  withContext<T>(options: ContextOptions, use: (context: BrowserContext) => Promise<T>): Promise<T>;
}

export interface BrowserFixtureOptions {
  /** The origin paths are opened on (default: the site served by the global set-up). */
  origin?: () => string;
}

const DEFAULT_VIEWPORT = { width: 1280, height: 900 };

/**
 * Registers the hooks of a browser test file: `beforeAll` opens the browser, `afterEach` closes every context
 * the test opened (also when it threw), `afterAll` closes the browser and anything still open.
 */
/** A tab kept for reuse: its context, page and the opener that records a visit. */
interface Tab {
  key: string;
  /** The tab's viewport now (a test may have resized it). */
  viewport: { width: number; height: number };
  context: BrowserContext;
  open: (path: string) => Promise<Visit>;
  page: Page;
}

export function useBrowser(fixtureOptions: BrowserFixtureOptions = {}): BrowserFixture {
  const origin = fixtureOptions.origin ?? (() => inject('origin'));
  const open = new Set<BrowserContext>();
  /** Tabs free for the next visit with the same options, and the tabs the running test holds. */
  const idle: Tab[] = [];
  const held = new Set<Tab>();
  let launched: Browser | undefined;

  const closeOpen = async () => {
    const contexts = [...open];
    open.clear();
    await Promise.all(contexts.map((context) => context.close()));
  };

  /** Puts a tab back for reuse, as a new test expects it: screen media, no input held (the next visit sets the viewport). */
  async function release(tab: Tab): Promise<void> {
    held.delete(tab);
    try {
      // Only what the test changed is reset (a reset is itself a change of the tab's settings).
      const now = await tab.page.evaluate(() => ({ print: matchMedia('print').matches, width: innerWidth, height: innerHeight }));
      if (now.print) await tab.page.emulateMedia({ media: null });
      await tab.page.resetInput?.();
      tab.viewport = now;
      idle.push(tab);
    } catch {
      await close(tab.context);
    }
  }

  beforeAll(async () => {
    launched = await openBrowser(inject('engine'), { browserPath: inject('browserPath'), firefoxEndpoints: inject('firefoxEndpoints') });
  });
  afterEach(async (context) => {
    const tabs = [...held];
    held.clear();
    if (context.task.result?.state === 'fail') await Promise.all(tabs.map((tab) => close(tab.context)));
    else for (const tab of tabs) await release(tab);
    // Contexts of withPages/withContext, and held tabs' contexts closed above, are gone; idle tabs stay.
    const keep = new Set(idle.map((tab) => tab.context));
    const contexts = [...open].filter((c) => !keep.has(c));
    for (const c of contexts) open.delete(c);
    await Promise.all(contexts.map((c) => c.close()));
  });
  afterAll(async () => {
    idle.length = 0;
    await closeOpen();
    await launched?.close();
  });

  /** A tab for `options`: an idle one (after a blank page, so the visit is a fresh load) or a new one. */
  async function tabFor(options: ContextOptions): Promise<Tab> {
    // The viewport is the page's to change; every other option belongs to the tab's context.
    const { viewport = DEFAULT_VIEWPORT, ...contextOptions } = options;
    const key = JSON.stringify(Object.entries(contextOptions).sort(([a], [b]) => a.localeCompare(b)));
    const index = idle.findIndex((tab) => tab.key === key);
    if (index >= 0) {
      const [tab] = idle.splice(index, 1);
      held.add(tab!);
      // A share page redirects itself after it loads (a meta refresh), which can interrupt this navigation:
      // try again once it has gone where it leads.
      for (let attempt = 1; ; attempt++) {
        try {
          await tab!.page.goto('about:blank');
          break;
        } catch (error) {
          if (attempt === 3) throw error;
          await tab!.page.waitForTimeout(300);
        }
      }
      if (tab!.viewport.width !== viewport.width || tab!.viewport.height !== viewport.height) {
        await tab!.page.setViewportSize(viewport);
        tab!.viewport = viewport;
      }
      return tab!;
    }
    const context = await newContext({ ...contextOptions, viewport });
    const recorder = await recordedPage(context);
    const tab: Tab = { key, viewport, context, open: recorder.open, page: recorder.page };
    held.add(tab);
    return tab;
  }

  const fixture: BrowserFixture = {
    get browser(): Browser {
      if (!launched) throw new Error('useBrowser(): the browser is launched in beforeAll; use it inside tests and hooks');
      return launched;
    },

    async visit(path, options = {}) {
      return (await tabFor(options)).open(path);
    },

    async withPages(options, use) {
      const context = await newContext(options);
      try {
        return await use((await recordedPage(context)).open);
      } finally {
        await close(context);
      }
    },

    async withVisit<T>(path: string, options: ContextOptions, use: (visit: Visit) => Promise<T>): Promise<T> {
      const tab = await tabFor(options);
      let result: T;
      try {
        result = await use(await tab.open(path));
      } catch (error) {
        held.delete(tab);
        await close(tab.context);
        throw error;
      }
      await release(tab);
      return result;
    },

    async withContext(options, use) {
      const context = await newContext(options);
      try {
        return await use(context);
      } finally {
        await close(context);
      }
    },
  };

  /** A page of `context` that records console errors and requests; each `open` loads a path, recording afresh. */
  async function recordedPage(context: BrowserContext): Promise<{ page: Page; open: (path: string) => Promise<Visit> }> {
    const page = await context.newPage();
    let visit: Visit = { page, consoleErrors: [], requests: [] };
    page.on('console', (message) => {
      // Firefox reports a load it cancelled itself (a favicon still loading when a share page redirects) as
      // an error; it is not one of the page's.
      if (message.type() === 'error' && !/NS_BINDING_ABORTED/.test(message.text())) visit.consoleErrors.push(message.text());
    });
    page.on('pageerror', (error) => visit.consoleErrors.push(error.message));
    page.on('request', (request) => visit.requests.push(request.url()));
    return {
      page,
      open: async (path) => {
        visit = { page, consoleErrors: [], requests: [] };
        await page.goto(origin() + path, { waitUntil: 'load' });
        return visit;
      },
    };
  }

  async function newContext(options: ContextOptions): Promise<BrowserContext> {
    const context = await fixture.browser.newContext({ viewport: DEFAULT_VIEWPORT, ...options });
    open.add(context);
    return context;
  }

  async function close(context: BrowserContext): Promise<void> {
    open.delete(context);
    await context.close();
  }

  return fixture;
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** Runs axe-core's WCAG 2.1 A/AA rules on the page (or a part of it) and returns the violations. */
export async function axeViolations(page: Page, selector = 'html'): Promise<string[]> {
  // Evaluated by the automation protocol, which the page's Content-Security-Policy does not block (a <script> tag would be).
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async (context) => {
    const axe = (window as unknown as { axe: { run: (c: string, o: object) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe;
    // Only violations are read: axe then details one node per passing rule, not every one.
    const result = await axe.run(context, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] }, resultTypes: ['violations'] });
    return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 5).join(', ')}`);
  }, selector);
  return violations;
}

/** The page's scroll width: more than the viewport means it scrolls sideways. */
export const scrollWidth = (page: Page): Promise<number> => page.evaluate(() => document.documentElement.scrollWidth);
