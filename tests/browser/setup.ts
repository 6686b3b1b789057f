/**
 * Global set-up of the browser projects ("browser": Chromium, "browser-firefox": Firefox ESR): makes sure the
 * project's browser is there (a Chromium test file launches its own; for Firefox, one starts here per worker
 * and each test file opens a session with its worker's: tests/support/engine.ts), builds the site and serves
 * it on 127.0.0.1. Tests read the engine, its executable and the address with `inject`.
 *
 * The site is built once per run for both projects and the build tests (tests/support/realSite.ts); its
 * server is shared by the two browser projects on `globalThis` (Vitest loads this module once per project).
 * The fixture site (hostile seeds and more: tests/support/fixtureSite.ts) is shared the same way, for
 * hostile.test.ts, which serves it itself. The server closes when the last browser project tears down.
 */
import type { TestProject } from 'vitest/node';
import { acquireRealSite, type RealSite } from '../support/realSite.ts';
import { acquireFixtureSite, type FixtureSite } from '../support/fixtureSite.ts';
import { ensureChromium } from '../support/chromium.ts';
import type { EngineName } from '../support/engine.ts';
import { ensureFirefox } from '../support/firefox.ts';
import { serveStatic, type StaticServer } from '../support/server.ts';
import { startFirefox } from '../support/firefoxEngine.ts';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The browser engine of the project (set in vitest.config.ts). */
    engine: EngineName;
    /** The executable of that engine's browser. */
    browserPath: string;
    /** Firefox project: the Firefoxes started for the run, one per worker (tests/support/engine.ts). */
    firefoxEndpoints: string[];
    origin: string;
    distDir: string;
    /** A folder for this run's builds, shared by both browser projects and removed after them. */
    runDir: string;
  }
}

interface SharedServer {
  ready: Promise<{ site: RealSite; server: StaticServer; fixture: FixtureSite & { release(): void } }>;
  users: number;
}

const KEY = Symbol.for('browser-tests.server');
const shared = globalThis as typeof globalThis & { [KEY]?: SharedServer };

export default async function setup(project: TestProject) {
  const engine = project.getProvidedContext().engine ?? 'chromium';
  const browserPath = engine === 'firefox' ? ensureFirefox() : ensureChromium();
  // Set before any await, so both projects' set-ups share one entry.
  shared[KEY] ??= {
    ready: Promise.all([acquireRealSite(), acquireFixtureSite()]).then(async ([site, fixture]) => ({ site, fixture, server: await serveStatic(site.distDir) })),
    users: 0,
  };
  const entry = shared[KEY];
  entry.users++;
  // Firefox starts once per worker for the run; each test file opens a session with its worker's.
  const firefoxes =
    engine === 'firefox'
      ? await Promise.all(
          Array.from({ length: project.globalConfig.maxWorkers }, async () => {
            const profile = mkdtempSync(join(tmpdir(), 'explainer-firefox-'));
            return { profile, ...(await startFirefox(browserPath, profile)) };
          }),
        )
      : [];
  project.provide('firefoxEndpoints', firefoxes.map((firefox) => firefox.endpoint));
  const { site, server, fixture } = await entry.ready;
  const { release: _release, ...fixtureSite } = fixture;
  project.provide('fixtureSite', fixtureSite);
  project.provide('browserPath', browserPath);
  project.provide('origin', server.origin);
  project.provide('distDir', site.distDir);
  project.provide('runDir', site.runDir);
  return async () => {
    for (const firefox of firefoxes) {
      await firefox.stop();
      rmSync(firefox.profile, { recursive: true, force: true });
    }
    if (--entry.users > 0) return;
    delete shared[KEY];
    await server.close();
    fixture.release();
    site.release();
  };
}
