/**
 * Global set-up for the browser tests: makes sure Chromium is there, builds the site once and serves it
 * on 127.0.0.1. Tests read the address and the Chromium path with `inject`.
 */
import type { TestProject } from 'vitest/node';
import { buildSite } from '../support/build.ts';
import { ensureChromium } from '../support/chromium.ts';
import { serveStatic, type StaticServer } from '../support/server.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    origin: string;
    chromiumPath: string;
    distDir: string;
  }
}

let server: StaticServer | undefined;

export default async function setup(project: TestProject) {
  const chromiumPath = ensureChromium();
  const build = await buildSite();
  if (!build.ok) throw new Error(`the site did not build:\n${build.output}`);
  server = await serveStatic(build.outDir);
  project.provide('origin', server.origin);
  project.provide('chromiumPath', chromiumPath);
  project.provide('distDir', build.outDir);
  return async () => {
    await server?.close();
  };
}
