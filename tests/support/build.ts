/** Runs `astro build` in a child process with its own output and cache folders, for build and browser tests. */
import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const projectRoot = resolve(import.meta.dirname, '../..');

export interface BuildOptions {
  /** Where to write the site (default: a new temporary folder). */
  outDir?: string;
  basePath?: string;
  siteUrl?: string;
  /** A seeds folder (absolute, or relative to the project root). */
  seedsDir?: string;
  env?: Record<string, string>;
  /**
   * false: leave out the figure downloads and figure share cards (FIGURE_IMAGES=off), a third of the build's
   * time, for builds whose tests never look at them. Default: drawn, as in production.
   */
  figureImages?: boolean;
}

export interface BuildResult {
  ok: boolean;
  outDir: string;
  output: string;
  milliseconds: number;
}

/**
 * A new folder under the project's .cache/ (git-ignored). Build output must live inside the project: for an
 * outDir outside it, Astro stages its server bundle in the shared <project>/.astro/ folder, and builds running
 * side by side would then delete each other's bundle.
 */
export function tempDir(prefix: string): string {
  const parent = join(projectRoot, '.cache', 'tests');
  mkdirSync(parent, { recursive: true });
  removeStale(parent);
  return mkdtempSync(join(parent, `${prefix}-`));
}

/** Folders left by earlier test runs (older than two hours) are removed, so .cache/ does not grow forever. */
function removeStale(parent: string): void {
  const cutoff = Date.now() - 2 * 3600_000;
  for (const name of readdirSync(parent)) {
    const full = join(parent, name);
    if (statSync(full).mtimeMs < cutoff) rmSync(full, { recursive: true, force: true });
  }
}

/** Builds the site; never throws for a failed build (tests look at `ok` and `output`). */
export function buildSite(options: BuildOptions = {}): Promise<BuildResult> {
  const outDir = options.outDir ?? tempDir('dist');
  // Vitest sets Vite's own variables (BASE_URL, MODE, DEV, PROD, SSR); a child build must not inherit them,
  // or BASE_URL would override the base path.
  const { BASE_URL: _base, MODE: _mode, DEV: _dev, PROD: _prod, SSR: _ssr, ...inherited } = process.env;
  const env: NodeJS.ProcessEnv = {
    ...inherited,
    OUT_DIR: outDir,
    CACHE_DIR: `${outDir}-cache`,
    ...(options.basePath ? { BASE_PATH: options.basePath } : {}),
    ...(options.siteUrl ? { SITE_URL: options.siteUrl } : {}),
    ...(options.seedsDir ? { SEEDS_DIR: options.seedsDir } : {}),
    ...(options.figureImages === false ? { FIGURE_IMAGES: 'off' } : {}),
    ...options.env,
  };
  const started = performance.now();
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [join(projectRoot, 'node_modules/astro/astro.js'), 'build'], {
      cwd: projectRoot,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', fail);
    child.on('close', (code) => done({ ok: code === 0, outDir, output, milliseconds: performance.now() - started }));
  });
}

/** Removes a build's output folder and the cache folder buildSite() gave it. */
export function removeBuild(outDir: string): void {
  for (const dir of [outDir, `${outDir}-cache`]) rmSync(dir, { recursive: true, force: true });
}

/** A copy of seeds/ in a temporary folder, to add or alter files without touching the real one. */
export function copyOfSeeds(): string {
  const dir = tempDir('seeds');
  for (const name of readdirSync(join(projectRoot, 'seeds'))) cpSync(join(projectRoot, 'seeds', name), join(dir, name));
  return dir;
}
