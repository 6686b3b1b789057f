/**
 * The real site (content/, seeds/, no environment overrides), built once per test run for every project
 * that reads it: the build tests and both browser projects. Vitest runs every project's global set-up in one
 * process, so the build is shared on `globalThis`; its run folder goes when the last user releases it.
 * Tests must treat the folder as read-only.
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { buildSite, tempDir } from './build.ts';

/** The origin the real site is built for (astro.config.mjs's default when SITE_URL is not set). */
export const REAL_SITE_URL = 'http://localhost:4321';

export interface RealSite {
  /** The run's folder: the site is in `site/`; test files may keep other builds here. */
  runDir: string;
  distDir: string;
  /** Call once when done with the site (a global teardown). */
  release(): void;
}

interface Shared {
  runDir: string;
  ready: Promise<string>;
  users: number;
}

const KEY = Symbol.for('explainer-tests.real-site');
const store = globalThis as typeof globalThis & { [KEY]?: Shared };

export async function acquireRealSite(): Promise<RealSite> {
  if (!store[KEY]) {
    const runDir = tempDir('run');
    const ready = buildSite({ outDir: join(runDir, 'site') }).then((build) => {
      if (!build.ok) throw new Error(`the site did not build:\n${build.output}`);
      return build.outDir;
    });
    store[KEY] = { runDir, ready, users: 0 };
  }
  const site = store[KEY];
  site.users++;
  const distDir = await site.ready;
  let released = false;
  return {
    runDir: site.runDir,
    distDir,
    release() {
      if (released) return;
      released = true;
      if (--site.users > 0) return;
      delete store[KEY];
      rmSync(site.runDir, { recursive: true, force: true });
    },
  };
}
