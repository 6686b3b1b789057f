/**
 * The headless browser of the browser tests: Chromium or Firefox, whichever the Vitest project injects as
 * `engine` (see engine.ts). `useBrowser()` opens one browser per test file and closes every context a test
 * opened when the test ends, passed or failed, so no test closes a context by hand and a failing one leaks
 * nothing into the next. Pages record console errors and every request.
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
   * Opens a site path (e.g. "/sources/") in a fresh context, 1280 × 900 unless `options` say otherwise, and
   * waits for it to load. The context is closed when the test ends.
   */
  visit(path: string, options?: ContextOptions): Promise<Visit>;
  /** `visit`, with the context closed as soon as `use` returns or throws: for tests that open many pages. */
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
export function useBrowser(fixtureOptions: BrowserFixtureOptions = {}): BrowserFixture {
  const origin = fixtureOptions.origin ?? (() => inject('origin'));
  const open = new Set<BrowserContext>();
  let launched: Browser | undefined;

  const closeOpen = async () => {
    const contexts = [...open];
    open.clear();
    await Promise.all(contexts.map((context) => context.close()));
  };

  beforeAll(async () => {
    launched = await openBrowser(inject('engine'), { browserPath: inject('browserPath') });
  });
  afterEach(closeOpen);
  afterAll(async () => {
    await closeOpen();
    await launched?.close();
  });

  const fixture: BrowserFixture = {
    get browser(): Browser {
      if (!launched) throw new Error('useBrowser(): the browser is launched in beforeAll; use it inside tests and hooks');
      return launched;
    },

    async visit(path, options = {}) {
      return (await recordedPage(await newContext(options)))(path);
    },

    async withPages(options, use) {
      const context = await newContext(options);
      try {
        return await use(await recordedPage(context));
      } finally {
        await close(context);
      }
    },

    async withVisit(path, options, use) {
      const visit = await fixture.visit(path, options);
      try {
        return await use(visit);
      } finally {
        await close(visit.page.context());
      }
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

  /** A page of `context` that records console errors and requests; each call opens a path, recording afresh. */
  async function recordedPage(context: BrowserContext): Promise<(path: string) => Promise<Visit>> {
    const page = await context.newPage();
    let visit: Visit = { page, consoleErrors: [], requests: [] };
    page.on('console', (message) => {
      // Firefox reports a load it cancelled itself (a favicon still loading when a share page redirects) as
      // an error; it is not one of the page's.
      if (message.type() === 'error' && !/NS_BINDING_ABORTED/.test(message.text())) visit.consoleErrors.push(message.text());
    });
    page.on('pageerror', (error) => visit.consoleErrors.push(error.message));
    page.on('request', (request) => visit.requests.push(request.url()));
    return async (path) => {
      visit = { page, consoleErrors: [], requests: [] };
      await page.goto(origin() + path, { waitUntil: 'load' });
      return visit;
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
    const result = await axe.run(context, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
    return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 5).join(', ')}`);
  }, selector);
  return violations;
}

/** The page's scroll width: more than the viewport means it scrolls sideways. */
export const scrollWidth = (page: Page): Promise<number> => page.evaluate(() => document.documentElement.scrollWidth);
