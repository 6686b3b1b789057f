/**
 * The browser API of the browser tests, independent of the engine: the part of Playwright's Page, Locator
 * and BrowserContext that tests/browser/ uses, as interfaces. Chromium is driven by playwright-core, whose
 * objects satisfy them as they are; Firefox ESR by puppeteer-core over WebDriver BiDi, through the adapter
 * in firefoxEngine.ts. Semantics are Playwright's: locators are lazy and strict (an action on a locator that
 * matches several elements throws), actions wait for their element, `:visible` and `isVisible()` mean a
 * non-empty box that is not `visibility: hidden` nor hidden by `checkVisibility()`. A test that needs more of
 * Playwright's API adds it here and in firefoxEngine.ts (the type check tells which).
 */
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS } from './chromium.ts';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export type EngineName = 'chromium' | 'firefox';

export interface ContextOptions {
  viewport?: { width: number; height: number };
  javaScriptEnabled?: boolean;
  colorScheme?: 'light' | 'dark';
  reducedMotion?: 'reduce' | 'no-preference';
  /** Touch events and a coarse pointer. */
  hasTouch?: boolean;
  /**
   * Chromium only: the meta viewport is honoured. Firefox has no per-page switch for it; the site's
   * `width=device-width` viewport gives the same layout without it.
   */
  isMobile?: boolean;
}

/** What a page function receives for an element. */
export type PageElement = HTMLElement | SVGElement;

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface Locator {
  locator(selector: string): Locator;
  first(): Locator;
  last(): Locator;
  nth(index: number): Locator;
  filter(options: { visible: boolean }): Locator;
  count(): Promise<number>;
  getAttribute(name: string): Promise<string | null>;
  innerText(): Promise<string>;
  textContent(): Promise<string | null>;
  inputValue(): Promise<string>;
  isVisible(): Promise<boolean>;
  boundingBox(): Promise<Box | null>;
  click(): Promise<void>;
  hover(): Promise<void>;
  tap(): Promise<void>;
  focus(): Promise<void>;
  scrollIntoViewIfNeeded(): Promise<void>;
  /** Waits until the one element the locator matches is attached, or visible (the default). */
  waitFor(options?: { state?: 'attached' | 'visible' }): Promise<void>;
  evaluate<R>(fn: (element: PageElement) => R | Promise<R>): Promise<R>;
  evaluate<R, A>(fn: (element: PageElement, arg: A) => R | Promise<R>, arg: A): Promise<R>;
  evaluateAll<R>(fn: (elements: PageElement[]) => R | Promise<R>): Promise<R>;
  evaluateAll<R, A>(fn: (elements: PageElement[], arg: A) => R | Promise<R>, arg: A): Promise<R>;
}

export interface Frame {
  url(): string;
}

/** The document inside the <iframe> a selector finds, to locate elements in. */
export interface FrameLocator {
  locator(selector: string): Locator;
}

export interface ConsoleMessage {
  type(): string;
  text(): string;
}

export interface Dialog {
  type(): string;
  message(): string;
  dismiss(): Promise<void>;
}

export interface Page {
  goto(url: string, options?: { waitUntil?: 'load' }): Promise<unknown>;
  url(): string;
  context(): BrowserContext;
  mainFrame(): Frame;
  locator(selector: string): Locator;
  frameLocator(selector: string): FrameLocator;
  /** A string is evaluated as a script (not subject to the page's Content-Security-Policy). */
  evaluate<R>(fn: string | (() => R | Promise<R>)): Promise<R>;
  evaluate<R, A>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
  waitForFunction<A>(fn: (arg: A) => unknown, arg: A): Promise<unknown>;
  waitForTimeout(milliseconds: number): Promise<void>;
  /** Waits until the page's URL satisfies `matches` and that document has loaded. */
  waitForURL(matches: (url: URL) => boolean): Promise<void>;
  keyboard: { press(key: string): Promise<void> };
  emulateMedia(options: { media: 'print' | 'screen' | null }): Promise<void>;
  setViewportSize(size: { width: number; height: number }): Promise<void>;
  /** Firefox: releases the input state (keys, buttons, pointer) its WebDriver BiDi session keeps per tab. */
  resetInput?(): Promise<void>;
  pdf(options: { format: 'A4' | 'Letter'; printBackground?: boolean; preferCSSPageSize?: boolean }): Promise<Buffer>;
  on(event: 'console', listener: (message: ConsoleMessage) => void): unknown;
  on(event: 'pageerror', listener: (error: Error) => void): unknown;
  on(event: 'request', listener: (request: { url(): string }) => void): unknown;
  on(event: 'framenavigated', listener: (frame: Frame) => void): unknown;
  on(event: 'dialog', listener: (dialog: Dialog) => void): unknown;
  on(event: 'popup', listener: (popup: { url(): string }) => void): unknown;
}

export interface BrowserContext {
  newPage(): Promise<Page>;
  /** Requests whose URL `matches` go to `handler` instead of the network, in pages opened before or after. */
  route(matches: (url: URL) => boolean, handler: (route: { abort(): Promise<void> }) => unknown): Promise<unknown>;
  grantPermissions(permissions: string[], options: { origin: string }): Promise<void>;
  close(): Promise<void>;
}

export interface Browser {
  newContext(options: ContextOptions): Promise<BrowserContext>;
  close(): Promise<void>;
}

/**
 * The browser of one test file. Chromium: launched for it. Firefox: a session with the Firefox the global
 * set-up started for this worker (`firefoxEndpoints`, one per worker, since Firefox takes one WebDriver BiDi
 * session at a time; VITEST_POOL_ID tells a worker from the one beside it), as a launch costs seconds of
 * both cores; without one (or if its session cannot open), a Firefox of its own. `close()` ends what this opened.
 */
export async function openBrowser(engine: EngineName, where: { browserPath: string; firefoxEndpoints?: readonly string[] }): Promise<Browser> {
  if (engine === 'chromium') return chromium.launch({ executablePath: where.browserPath, args: CHROMIUM_ARGS, headless: true });
  const { connectFirefox, startFirefox } = await import('./firefoxEngine.ts');
  const endpoints = where.firefoxEndpoints ?? [];
  const worker = Number(process.env.VITEST_POOL_ID ?? '1');
  if (endpoints.length > 0) {
    try {
      return await connectFirefox(endpoints[(worker - 1) % endpoints.length]!);
    } catch {
      // Its session is taken (or the Firefox is gone): fall through to a Firefox of this file's own.
    }
  }
  const profile = mkdtempSync(join(tmpdir(), 'explainer-firefox-'));
  const firefox = await startFirefox(where.browserPath, profile);
  const browser = await connectFirefox(firefox.endpoint);
  return {
    newContext: (options) => browser.newContext(options),
    close: async () => {
      await browser.close();
      await firefox.stop();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
