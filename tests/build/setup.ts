/**
 * Global set-up of the build project: the real site, built once and shared with the browser projects
 * (tests/support/realSite.ts), and a second build of the same sources for the reproducibility test
 * (determinism.test.ts), made at the same time: one astro build leaves a core mostly idle, so the second one
 * costs the run little here, where in a test it would take a worker for the length of a build.
 */
import type { TestProject } from 'vitest/node';
import { acquireRealSite } from '../support/realSite.ts';
import { buildSite, removeBuild, tempDir } from '../support/build.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The real site's build (read-only): tests that need a build of content/ as it is read this. */
    realDist: string;
    /** A second build of the same sources, in another folder (determinism.test.ts). */
    secondBuild: { ok: boolean; outDir: string; output: string };
  }
}

export default async function setup(project: TestProject) {
  const again = buildSite({ outDir: tempDir('again') });
  const site = await acquireRealSite();
  const second = await again;
  project.provide('realDist', site.distDir);
  project.provide('runDir', site.runDir);
  project.provide('secondBuild', { ok: second.ok, outDir: second.outDir, output: second.output.slice(-3000) });
  return () => {
    removeBuild(second.outDir);
    site.release();
  };
}
