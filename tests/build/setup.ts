/**
 * Global set-up of the build project. Every build that tests read without changing starts here, together, at
 * the start of the run (one astro build keeps little more than one core busy, so builds side by side share
 * the machine best), and is shared:
 * - the real site, shared with the browser projects (tests/support/realSite.ts);
 * - a second build of the same sources in another folder, for the reproducibility test (determinism.test.ts);
 * - the fixture site: hostile seeds, the unseen-outlet corpus and later records (tests/support/fixtureSite.ts),
 *   shared with the browser projects too;
 * - the site as hosted under a sub-path with a public SITE_URL, for the link previews (link-previews.test.ts).
 * The builds that must fail are made by their tests.
 */
import type { TestProject } from 'vitest/node';
import { acquireRealSite } from '../support/realSite.ts';
import { acquireFixtureSite, type FixtureSite } from '../support/fixtureSite.ts';
import { buildSite, removeBuild, tempDir, type BuildResult } from '../support/build.ts';

/** What a test needs of a build made here (a provided value must be plain data). */
export interface BuiltSite {
  ok: boolean;
  outDir: string;
  /** The end of the build's output (a failed build says why there). */
  output: string;
}

/** The sub-path and origin of the link-preview build. */
export const PREVIEW_SITE = 'https://news.example.org';
export const PREVIEW_BASE = '/explainer/';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The real site's build (read-only): tests that need a build of content/ as it is read this. */
    realDist: string;
    /** A second build of the same sources, in another folder (determinism.test.ts). */
    secondBuild: BuiltSite;
    /** The fixture site (tests/support/fixtureSite.ts). */
    fixtureSite: FixtureSite;
    /** The site built for PREVIEW_SITE under PREVIEW_BASE (link-previews.test.ts). */
    previewSite: BuiltSite;
  }
}

const built = (build: BuildResult): BuiltSite => ({ ok: build.ok, outDir: build.outDir, output: build.output.slice(-4000) });

export default async function setup(project: TestProject) {
  const second = buildSite({ outDir: tempDir('again') });
  // Vitest puts BASE_URL="/" into process.env, which the child build inherits and Vite then prefers over the
  // configured base; set it to the base, as a plain `BASE_PATH=/explainer/ astro build` would have it.
  const preview = buildSite({ outDir: tempDir('preview'), siteUrl: PREVIEW_SITE, basePath: PREVIEW_BASE, env: { BASE_URL: PREVIEW_BASE } });
  const [site, fixture, again, previews] = await Promise.all([acquireRealSite(), acquireFixtureSite(), second, preview]);
  project.provide('realDist', site.distDir);
  project.provide('runDir', site.runDir);
  project.provide('secondBuild', built(again));
  project.provide('previewSite', built(previews));
  const { release: releaseFixture, ...fixtureSite } = fixture;
  project.provide('fixtureSite', fixtureSite);
  return () => {
    removeBuild(again.outDir);
    removeBuild(previews.outDir);
    releaseFixture();
    site.release();
  };
}
