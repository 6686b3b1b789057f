/**
 * Global set-up of the browser projects ("browser": Chromium, "browser-firefox": Firefox ESR): makes sure the
 * project's browser is there (and starts Firefox, which test files then connect to), builds the site and
 * serves it on 127.0.0.1. Tests read the engine, its executable and the address with `inject`.
 *
 * The site is built once per run for both projects: Vitest runs each project's global set-up in the same
 * process but loads this module once per project, so the build and its server are shared on `globalThis`.
 * They live in a run folder (`runDir`), where test files may keep other builds both projects use (the
 * hostile site); the server closes and the folder goes when the last project using them tears down.
 */
import type { TestProject } from 'vitest/node';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { buildSite, tempDir } from '../support/build.ts';
import { ensureChromium } from '../support/chromium.ts';
import type { EngineName } from '../support/engine.ts';
import { ensureFirefox } from '../support/firefox.ts';
import { startFirefox } from '../support/firefoxEngine.ts';
import { serveStatic, type StaticServer } from '../support/server.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The browser engine of the project (set in vitest.config.ts). */
    engine: EngineName;
    /** The executable of that engine's browser. */
    browserPath: string;
    /** Project "browser-firefox": the WebDriver BiDi address of the Firefox started for the run. */
    firefoxEndpoint?: string;
    origin: string;
    distDir: string;
    /** A folder for this run's builds, shared by both browser projects and removed after them. */
    runDir: string;
  }
}

interface SharedSite {
  runDir: string;
  ready: Promise<{ server: StaticServer; distDir: string }>;
  users: number;
}

const KEY = Symbol.for('browser-tests.site');
const shared = globalThis as typeof globalThis & { [KEY]?: SharedSite };

async function buildAndServe(runDir: string) {
  const build = await buildSite({ outDir: join(runDir, 'site') });
  if (!build.ok) throw new Error(`the site did not build:\n${build.output}`);
  return { server: await serveStatic(build.outDir), distDir: build.outDir };
}

export default async function setup(project: TestProject) {
  const engine = project.getProvidedContext().engine ?? 'chromium';
  const browserPath = engine === 'firefox' ? ensureFirefox() : ensureChromium();
  if (!shared[KEY]) {
    const runDir = tempDir('run');
    shared[KEY] = { runDir, ready: buildAndServe(runDir), users: 0 };
  }
  const site = shared[KEY];
  site.users++;
  const { server, distDir } = await site.ready;
  // Firefox takes seconds to start: once per run, not per file.
  const firefox = engine === 'firefox' ? await startFirefox(browserPath, join(site.runDir, 'firefox-profile')) : undefined;
  if (firefox) project.provide('firefoxEndpoint', firefox.endpoint);
  project.provide('browserPath', browserPath);
  project.provide('origin', server.origin);
  project.provide('distDir', distDir);
  project.provide('runDir', site.runDir);
  return async () => {
    await firefox?.stop();
    if (--site.users > 0) return;
    delete shared[KEY];
    await server.close();
    rmSync(site.runDir, { recursive: true, force: true });
  };
}
