/** Global set-up of the build project: the real site, built once and shared with the browser projects (tests/support/realSite.ts). */
import type { TestProject } from 'vitest/node';
import { acquireRealSite } from '../support/realSite.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The real site's build (read-only): tests that need a build of content/ as it is read this. */
    realDist: string;
  }
}

export default async function setup(project: TestProject) {
  const site = await acquireRealSite();
  project.provide('realDist', site.distDir);
  project.provide('runDir', site.runDir);
  return () => site.release();
}
