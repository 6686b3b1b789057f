/**
 * Firefox ESR behind the engine-neutral interfaces of engine.ts, driven by puppeteer-core over WebDriver BiDi.
 *
 * BiDi in Firefox 153 has no command for what Playwright calls context options: scripting off, colour scheme,
 * reduced motion, touch, print media. Firefox keeps each of them as a field of the tab's BrowsingContext in
 * the parent process (the fields DevTools' responsive design mode sets), so Firefox is started with
 * `-remote-allow-system-access` and the adapter sets them there, per tab, with one privileged script
 * (`overrideTab`). They stay set across the tab's navigations.
 *
 * Locators keep Playwright's semantics (lazy, strict, waiting): a locator is a list of steps resolved in the
 * page by `locate`, on every call.
 */
import puppeteer, {
  type BrowserContext as PuppeteerContext,
  type ElementHandle,
  type Frame as PuppeteerFrame,
  type HTTPRequest,
  type Page as PuppeteerPage,
} from 'puppeteer-core';
import type { Box, Browser, BrowserContext, ContextOptions, FrameLocator, Locator, Page, PageElement } from './engine.ts';

/** How long an action waits for its element, as Playwright's default. */
const ACTION_TIMEOUT = 30_000;

/** Pointer capabilities of a mouse, as Firefox's ui.*PointerCapabilities prefs spell them: fine (2) and hover (4). */
const MOUSE = 2 | 4;

/** What the adapter needs of puppeteer's BiDi connection (not in puppeteer's public types). */
interface BidiConnection {
  send(method: string, params: object): Promise<{ result: any }>;
}

/**
 * Starts Firefox for a whole run: the global set-up does, once, as a launch takes seconds. Firefox holds one
 * WebDriver BiDi session at a time, so this one ends at once and each test file opens its own (`connectFirefox`).
 * The profile goes in `profileDir`, which the caller removes after `stop()`.
 */
export async function startFirefox(executablePath: string, profileDir: string): Promise<{ endpoint: string; stop(): Promise<void> }> {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath,
    userDataDir: profileDir,
    headless: true,
    defaultViewport: null,
    args: ['-remote-allow-system-access'],
    extraPrefsFirefox: {
      // Headless Firefox finds no pointing device, so `(hover: hover)` and `(pointer: fine)` fail; a reader's
      // desktop (and Chromium's default) has a mouse. (A `hasTouch` page gets a coarse pointer: newPage.)
      'ui.primaryPointerCapabilities': MOUSE,
      'ui.allPointerCapabilities': MOUSE,
      // Scrollbars that take no width, as on phones, in GTK's default and in headless Chromium: a 320 px
      // viewport is 320 px of layout, not 308.
      'ui.useOverlayScrollbars': 1,
    },
  });
  const endpoint = browser.wsEndpoint();
  const firefox = browser.process()!;
  await browser.disconnect();
  const stop = () =>
    new Promise<void>((done) => {
      if (firefox.exitCode !== null || firefox.signalCode !== null) return done();
      firefox.once('exit', () => done());
      firefox.kill();
    });
  return { endpoint, stop };
}

/** A test file's session with the Firefox the global set-up started; `close` ends the session, not Firefox. */
export async function connectFirefox(endpoint: string): Promise<Browser> {
  const browser = await puppeteer.connect({ browserWSEndpoint: endpoint, protocol: 'webDriverBiDi', defaultViewport: null });
  const connection = (browser as unknown as { connection: BidiConnection }).connection;
  return {
    newContext: async (options) => new FirefoxContext(connection, await browser.createBrowserContext(), options),
    close: () => browser.disconnect(),
  };
}

/** Tab fields of Firefox's BrowsingContext (parent process). */
interface TabOverrides {
  allowJavascript?: boolean;
  prefersColorSchemeOverride?: 'none' | 'light' | 'dark';
  prefersReducedMotionOverride?: 'none' | 'reduce' | 'no-preference';
  touchEventsOverride?: 'none' | 'enabled' | 'disabled';
  mediumOverride?: '' | 'print' | 'screen';
}

/** Sets fields of a tab's BrowsingContext, by a script in Firefox's privileged (chrome) scope. */
async function overrideTab(connection: BidiConnection, page: PuppeteerPage, fields: TabOverrides): Promise<void> {
  const tree = await connection.send('browsingContext.getTree', { 'moz:scope': 'chrome', maxDepth: 0 });
  // The BiDi id of the tab (puppeteer keeps it on the frame).
  const tab = (page.mainFrame() as unknown as { _id: string })._id;
  const expression = `(() => {
    const { NavigableManager } = ChromeUtils.importESModule('chrome://remote/content/shared/NavigableManager.sys.mjs');
    Object.assign(NavigableManager.getBrowsingContextById(${JSON.stringify(tab)}), ${JSON.stringify(fields)});
  })()`;
  const { result } = await connection.send('script.evaluate', {
    expression,
    target: { context: tree.result.contexts[0].context },
    awaitPromise: false,
  });
  if (result.type === 'exception') throw new Error(`Firefox: could not set ${Object.keys(fields).join(', ')}: ${result.exceptionDetails.text}`);
}

const CLIPBOARD = new Set(['clipboard-read', 'clipboard-write']);

interface Route {
  matches: (url: URL) => boolean;
  handler: (route: { abort(): Promise<void> }) => unknown;
}

class FirefoxContext implements BrowserContext {
  readonly #routes: Route[] = [];
  readonly #pages: FirefoxPage[] = [];

  constructor(
    private readonly connection: BidiConnection,
    private readonly raw: PuppeteerContext,
    private readonly options: ContextOptions,
  ) {}

  async newPage(): Promise<Page> {
    const raw = await this.raw.newPage();
    const { viewport, javaScriptEnabled = true, colorScheme = 'light', reducedMotion = 'no-preference', hasTouch = false } = this.options;
    if (viewport) await raw.setViewport(viewport);
    // Playwright's defaults: light, no preference for motion.
    await overrideTab(this.connection, raw, {
      allowJavascript: javaScriptEnabled,
      prefersColorSchemeOverride: colorScheme,
      prefersReducedMotionOverride: reducedMotion,
      touchEventsOverride: hasTouch ? 'enabled' : 'none',
    });
    const page = new FirefoxPage(raw, this, (fields) => overrideTab(this.connection, raw, fields));
    this.#pages.push(page);
    if (this.#routes.length > 0) await this.#intercept(raw);
    return page;
  }

  async route(matches: Route['matches'], handler: Route['handler']): Promise<void> {
    const first = this.#routes.length === 0;
    this.#routes.push({ matches, handler });
    if (first) for (const page of this.#pages) await this.#intercept(page.raw);
  }

  async #intercept(raw: PuppeteerPage): Promise<void> {
    await raw.setRequestInterception(true);
    raw.on('request', (request: HTTPRequest) => {
      const route = this.#routes.find((r) => r.matches(new URL(request.url())));
      if (route) void route.handler({ abort: () => request.abort() });
      else void request.continue();
    });
  }

  /**
   * Firefox has no clipboard permissions to grant: writing needs a user gesture (a click through BiDi input is
   * one) and reading back what a page of the same origin wrote needs no prompt. Others go through BiDi.
   */
  async grantPermissions(permissions: string[], { origin }: { origin: string }): Promise<void> {
    const userContext = (this.raw as unknown as { id: string }).id;
    for (const name of permissions.filter((p) => !CLIPBOARD.has(p))) {
      await this.connection.send('permissions.setPermission', { descriptor: { name }, state: 'granted', origin, userContext });
    }
  }

  close(): Promise<void> {
    return this.raw.close();
  }
}

type Listener = (value: any) => void;

class FirefoxPage implements Page {
  readonly keyboard: Page['keyboard'];

  constructor(
    readonly raw: PuppeteerPage,
    private readonly owner: FirefoxContext,
    private readonly override: (fields: TabOverrides) => Promise<void>,
  ) {
    this.keyboard = { press: (key) => raw.keyboard.press(key as never) };
  }

  goto(url: string): Promise<unknown> {
    return this.raw.goto(url, { waitUntil: 'load' });
  }

  url = () => this.raw.url();
  context = () => this.owner;
  mainFrame = () => this.raw.mainFrame();
  locator = (selector: string): Locator => new FirefoxLocator(async () => this.raw.mainFrame(), cssSteps(selector), selector);
  frameLocator = (selector: string): FrameLocator => frameLocator(async () => this.raw.mainFrame(), selector, selector);

  evaluate(fn: any, arg?: unknown): Promise<any> {
    return typeof fn === 'string' ? this.raw.evaluate(fn) : this.raw.evaluate(fn, arg);
  }

  waitForFunction<A>(fn: (arg: A) => unknown, arg: A): Promise<unknown> {
    return this.raw.waitForFunction(fn as never, { timeout: ACTION_TIMEOUT }, arg);
  }

  waitForTimeout(milliseconds: number): Promise<void> {
    return new Promise((done) => setTimeout(done, milliseconds));
  }

  /** Polled from here, not in the page: a page with JavaScript off runs no page-side polling. */
  async waitForURL(matches: (url: URL) => boolean): Promise<void> {
    await poll(`the URL to match ${matches} and load`, async () => matches(new URL(this.raw.url())) && (await this.raw.evaluate(() => document.readyState).catch(() => 'navigating')) === 'complete');
  }

  emulateMedia({ media }: { media: 'print' | 'screen' | null }): Promise<void> {
    return this.override({ mediumOverride: media ?? '' });
  }

  setViewportSize(size: { width: number; height: number }): Promise<void> {
    return this.raw.setViewport(size);
  }

  /** Releases every key and button the tab's input actions hold and puts the pointer back at (0, 0). */
  resetInput(): Promise<void> {
    return this.raw.mouse.reset();
  }

  async pdf(options: { format: 'A4' | 'Letter'; printBackground?: boolean; preferCSSPageSize?: boolean }): Promise<Buffer> {
    return Buffer.from(await this.raw.pdf(options));
  }

  /**
   * Page events as Playwright names them. Chromium also reports failed loads as console errors, which BiDi's
   * log does not carry: for the same "no console error" checks, the adapter reports them as console errors
   * too. (Content-Security-Policy violations it does carry, as page errors.)
   */
  on(event: string, listener: Listener): this {
    const raw = this.raw;
    const error = (text: string) => listener({ type: () => 'error', text: () => text });
    switch (event) {
      case 'console':
        raw.on('console', (message) => listener({ type: () => message.type(), text: () => message.text() }));
        raw.on('response', (response) => {
          if (response.status() >= 400) error(`Failed to load resource: the server responded with a status of ${response.status()} (${response.url()})`);
        });
        raw.on('requestfailed', (request) => error(`Failed to load resource: ${request.failure()?.errorText ?? 'failed'} (${request.url()})`));
        break;
      case 'pageerror':
        raw.on('pageerror', (e) => listener(e instanceof Error ? e : new Error(String(e))));
        break;
      case 'request':
        raw.on('request', (request) => listener({ url: () => request.url() }));
        break;
      case 'framenavigated':
        raw.on('framenavigated', listener);
        break;
      case 'dialog':
        raw.on('dialog', listener);
        break;
      case 'popup':
        raw.on('popup', (popup) => listener({ url: () => popup?.url() ?? '' }));
        break;
      default:
        throw new Error(`Firefox adapter: no page event "${event}"`);
    }
    return this;
  }
}

/** A locator step: CSS within the elements so far, one of them by index (negative from the end), or the visible ones. */
type Step = { css: string } | { nth: number } | { visible: true };

/** Playwright's `:visible` is supported at the end of a selector (no comma lists with it). */
function cssSteps(selector: string): Step[] {
  const css = selector.replace(/:visible$/, '');
  if (css.includes(':visible') || (css !== selector && css.includes(','))) throw new Error(`Firefox adapter: ":visible" only at the end of a single selector: ${selector}`);
  return css === selector ? [{ css }] : [{ css }, { visible: true }];
}

/**
 * Runs in the page (it is sent as source, so it refers to nothing outside): the elements the steps match, in
 * document order. Visible as Playwright means it: not hidden by `checkVisibility()` nor `visibility`, a
 * non-empty box; `display: contents` by its children.
 */
function locate(steps: Step[]): Element[] {
  const visible = (element: Element): boolean => {
    const style = getComputedStyle(element);
    if (style.display === 'contents') {
      return [...element.childNodes].some((child) => {
        if (child instanceof Element) return visible(child);
        if (child.nodeType !== Node.TEXT_NODE) return false;
        const range = document.createRange();
        range.selectNode(child);
        const box = range.getBoundingClientRect();
        return box.width > 0 && box.height > 0;
      });
    }
    if (!element.checkVisibility() || style.visibility !== 'visible') return false;
    const box = element.getBoundingClientRect();
    return box.width > 0 && box.height > 0;
  };
  let found: ParentNode[] = [document];
  for (const step of steps) {
    if ('css' in step) {
      const matches = new Set(found.flatMap((root) => [...root.querySelectorAll(step.css)]));
      found = [...matches].sort((a, b) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
    } else if ('nth' in step) {
      const one = found.at(step.nth);
      found = one ? [one] : [];
    } else {
      found = found.filter((node) => visible(node as Element));
    }
  }
  return found as Element[];
}

/** Polls `ready` every 100 ms until it holds, for up to ACTION_TIMEOUT. */
async function poll(what: string, ready: () => Promise<boolean>): Promise<void> {
  const deadline = Date.now() + ACTION_TIMEOUT;
  while (!(await ready())) {
    if (Date.now() > deadline) throw new Error(`Timeout ${ACTION_TIMEOUT}ms waiting for ${what}`);
    await new Promise((done) => setTimeout(done, 100));
  }
}

type FrameOf = () => Promise<PuppeteerFrame>;

/** Locators inside the document of the one <iframe> that `selector` matches in `parent`. */
function frameLocator(parent: FrameOf, selector: string, description: string): FrameLocator {
  const iframe = new FirefoxLocator(parent, cssSteps(selector), description);
  const frame: FrameOf = () =>
    iframe.withElement('attached', async (element) => {
      const content = await element.contentFrame();
      if (!content) throw new Error(`frameLocator('${description}') is not an <iframe> with a document`);
      return content;
    });
  return { locator: (inner) => new FirefoxLocator(frame, cssSteps(inner), `${description} >> (its document) >> ${inner}`) };
}

/**
 * Runs in the page: scrolls `element` to the middle of the viewport unless it is wholly in view, at once
 * (whatever the page's scroll-behavior), and says where its middle is and what element is on top there.
 * Firefox's scrollIntoView() misplaces SVG elements of a scaled <svg> (a strike mark 900 px down stays below
 * the fold), so the window's scroll is corrected by the box's remaining distance from the middle.
 */
function bringIntoView(element: Element): { x: number; y: number; hit: string } {
  const inView = (box: DOMRect) => box.top >= 0 && box.left >= 0 && box.bottom <= innerHeight && box.right <= innerWidth;
  if (!inView(element.getBoundingClientRect())) {
    element.scrollIntoView({ block: 'center', inline: 'center', behavior: 'instant' });
    const box = element.getBoundingClientRect();
    if (!inView(box)) {
      window.scrollBy({ left: box.x + box.width / 2 - innerWidth / 2, top: box.y + box.height / 2 - innerHeight / 2, behavior: 'instant' });
    }
  }
  const { x, y, width, height } = element.getBoundingClientRect();
  const at = document.elementFromPoint(x + width / 2, y + height / 2);
  return { x: x + width / 2, y: y + height / 2, hit: !at || element.contains(at) ? '' : at.outerHTML.slice(0, 120) };
}

class FirefoxLocator implements Locator {
  constructor(
    private readonly frame: FrameOf,
    private readonly steps: Step[],
    private readonly description: string,
  ) {}

  #then(step: Step, description: string): Locator {
    return new FirefoxLocator(this.frame, [...this.steps, step], `${this.description} >> ${description}`);
  }

  locator(selector: string): Locator {
    return new FirefoxLocator(this.frame, [...this.steps, ...cssSteps(selector)], `${this.description} >> ${selector}`);
  }
  first = () => this.#then({ nth: 0 }, 'first');
  last = () => this.#then({ nth: -1 }, 'last');
  nth = (index: number) => this.#then({ nth: index }, `nth=${index}`);
  filter = ({ visible }: { visible: boolean }): Locator => {
    if (!visible) throw new Error('Firefox adapter: filter({ visible: false }) is not supported');
    return this.#then({ visible: true }, 'visible');
  };

  async #count(steps: Step[]): Promise<number> {
    const list = await (await this.frame()).evaluateHandle(locate, steps);
    try {
      return await list.evaluate((elements) => elements.length);
    } finally {
      await list.dispose();
    }
  }

  count(): Promise<number> {
    return this.#count(this.steps);
  }

  /** Playwright's isVisible: strict, does not wait, false when nothing matches. */
  async isVisible(): Promise<boolean> {
    const matches = await this.#count(this.steps);
    if (matches > 1) throw this.#strict(matches);
    return matches === 1 && (await this.#count([...this.steps, { visible: true }])) === 1;
  }

  #strict(matches: number): Error {
    return new Error(`strict mode violation: locator('${this.description}') resolved to ${matches} elements`);
  }

  /** Runs `use` on the one element the locator matches, once it is attached (or visible), as Playwright's actions wait for it. */
  async withElement<T>(state: 'attached' | 'visible', use: (element: ElementHandle<Element>) => Promise<T>): Promise<T> {
    await this.waitFor({ state });
    const list = await (await this.frame()).evaluateHandle(locate, this.steps);
    const element = (await list.evaluateHandle((elements) => elements[0]!)) as ElementHandle<Element>;
    await list.dispose();
    try {
      return await use(element);
    } finally {
      await element.dispose();
    }
  }

  waitFor({ state = 'visible' }: { state?: 'attached' | 'visible' } = {}): Promise<void> {
    return poll(`locator('${this.description}') to be ${state}`, async () => {
      const matches = await this.#count(this.steps);
      if (matches > 1) throw this.#strict(matches);
      return matches === 1 && (state === 'attached' || (await this.#count([...this.steps, { visible: true }])) === 1);
    });
  }

  getAttribute(name: string): Promise<string | null> {
    return this.withElement('attached', (element) => element.evaluate((e, n) => e.getAttribute(n), name));
  }

  innerText(): Promise<string> {
    return this.withElement('attached', (element) =>
      element.evaluate((e) => {
        if (!(e instanceof HTMLElement)) throw new Error('Node is not an HTMLElement');
        return e.innerText;
      }),
    );
  }

  textContent(): Promise<string | null> {
    return this.withElement('attached', (element) => element.evaluate((e) => e.textContent));
  }

  inputValue(): Promise<string> {
    return this.withElement('attached', (element) =>
      element.evaluate((e) => {
        if (!(e instanceof HTMLInputElement || e instanceof HTMLTextAreaElement || e instanceof HTMLSelectElement)) throw new Error('Not an <input>, <textarea> or <select> element');
        return e.value;
      }),
    );
  }

  boundingBox(): Promise<Box | null> {
    return this.withElement('attached', (element) =>
      element.evaluate((e) => {
        if (e.getClientRects().length === 0) return null;
        const { x, y, width, height } = e.getBoundingClientRect();
        return { x, y, width, height };
      }),
    );
  }

  click = () => this.#pointAt((x, y, page) => page.mouse.click(x, y));
  hover = () => this.#pointAt((x, y, page) => page.mouse.move(x, y));
  tap = () => this.#pointAt((x, y, page) => page.touchscreen.tap(x, y));

  /**
   * A pointer action as Playwright's: on the visible element, scrolled into view at once (whatever the page's
   * scroll-behavior), at the middle of its box once that box is stable (the page may still be scrolling) and
   * the element itself is what is there (not an overlay).
   */
  async #pointAt(act: (x: number, y: number, page: PuppeteerPage) => Promise<void>): Promise<void> {
    let point: { x: number; y: number; hit: string } | undefined;
    await poll(`locator('${this.description}') to be stable and receive pointer events`, async () => {
      const before = point;
      point = await this.withElement('visible', (element) => element.evaluate(bringIntoView));
      const stable = before !== undefined && Math.abs(before.x - point.x) < 0.5 && Math.abs(before.y - point.y) < 0.5;
      return stable && point.hit === '';
    }).catch((error: Error) => {
      throw new Error(`${error.message}: ${point?.hit ?? ''} is on top`);
    });
    const frame = await this.frame();
    if (frame !== frame.page().mainFrame()) throw new Error('Firefox adapter: pointer actions inside an <iframe> are not supported');
    await act(point!.x, point!.y, frame.page());
  }
  /** element.focus(), for SVG elements too (puppeteer's focus() takes HTML elements only). */
  focus = () => this.withElement('attached', (element) => element.evaluate((e) => (e as HTMLElement | SVGElement).focus()));

  /** Scrolls the element into the middle of the viewport unless it is wholly in view, at once, as Playwright does. */
  async scrollIntoViewIfNeeded(): Promise<void> {
    await this.withElement('visible', (element) => element.evaluate(bringIntoView));
  }

  evaluate<R, A>(fn: (element: PageElement, arg: A) => R | Promise<R>, arg?: A): Promise<R> {
    return this.withElement('attached', (element) => element.evaluate(fn as never, arg) as Promise<R>);
  }

  async evaluateAll<R, A>(fn: (elements: PageElement[], arg: A) => R | Promise<R>, arg?: A): Promise<R> {
    const list = await (await this.frame()).evaluateHandle(locate, this.steps);
    try {
      return (await list.evaluate(fn as never, arg)) as R;
    } finally {
      await list.dispose();
    }
  }
}
