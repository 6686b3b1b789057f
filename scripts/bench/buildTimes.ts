/**
 * Timed builds: wall time, CPU time and peak memory of an `astro build` (see memory.ts), and Astro's per-page
 * timings summed by route; and the scale builds, the real seeds plus N generated articles (synthetic.ts).
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { buildSite, projectRoot, removeBuild, type BuildResult } from '../../tests/support/build.ts';
import { listFiles } from '../../tests/support/html.ts';
import { usageProbe } from './memory.ts';
import { syntheticSeeds } from './synthetic.ts';
import { log, seconds } from './util.ts';

export interface BuildRun {
  label: string;
  ok: boolean;
  milliseconds: number;
  /** Maximum resident set size of the build process, MiB (null if it could not be read). */
  peakRssMB: number | null;
  /** CPU time (user + system) of the build process, ms: steadier than wall time on a busy machine. */
  cpuMs: number | null;
  /** The 1-minute load average when the build started (other work on the machine slows the build). */
  loadAtStart: number;
  /** HTML pages in the output. */
  pages: number;
  /** Astro's own "N page(s) built in X" figure, ms. */
  astroPagesMs: number | null;
  /** Time per route file, summed from Astro's per-page log lines ("└─ /x/index.html (+12ms)"). */
  routes: RouteTime[];
  outDir: string;
  error?: string;
}

export interface RouteTime {
  route: string;
  pages: number;
  ms: number;
}

/** Sums Astro's per-page timings by route file: where the page-generation time goes. */
export function routeTimes(output: string): RouteTime[] {
  const routes = new Map<string, RouteTime>();
  let current: RouteTime | undefined;
  for (const line of output.replace(/\x1b\[[0-9;]*m/g, '').split('\n')) {
    const header = /^\S*\s*[▶λ]\s+(\S+)/u.exec(line);
    if (header) {
      const route = header[1]!;
      current = routes.get(route) ?? { route, pages: 0, ms: 0 };
      routes.set(route, current);
      continue;
    }
    const page = /[├└]─\s+\S+.*\(\+([\d.]+)(ms|s)\)/u.exec(line);
    if (page && current) {
      current.pages++;
      current.ms += Number(page[1]) * (page[2] === 's' ? 1000 : 1);
    }
  }
  return [...routes.values()].map((r) => ({ ...r, ms: Math.round(r.ms) })).sort((a, b) => b.ms - a.ms);
}

/** Runs buildSite() with a preload that records the process's peak RSS on exit. */
export async function timedBuild(label: string, options: Parameters<typeof buildSite>[0] = {}): Promise<BuildRun> {
  const probe = usageProbe();
  const loadAtStart = Math.round(loadavg()[0]! * 100) / 100;
  const result: BuildResult = await buildSite({
    ...options,
    env: { ...options.env, ...probe.env },
  });
  const { peakRssMB, cpuMs } = probe.read();
  const astro = /(\d+) page\(s\) built in ([\d.]+)(ms|s)\b/.exec(result.output);
  const pages = existsSync(result.outDir) ? listFiles(result.outDir).filter((f) => f.endsWith('.html')).length : 0;
  const run: BuildRun = {
    label,
    ok: result.ok,
    milliseconds: Math.round(result.milliseconds),
    peakRssMB,
    cpuMs,
    loadAtStart,
    pages,
    astroPagesMs: astro ? Math.round(Number(astro[2]) * (astro[3] === 's' ? 1000 : 1)) : null,
    routes: routeTimes(result.output),
    outDir: result.outDir,
  };
  if (!result.ok) {
    const lines = result.output.trim().split('\n');
    run.error = lines.filter((l) => /error|failed|Error/.test(l)).slice(-5).join('\n') || lines.slice(-10).join('\n');
    log(`build "${label}" FAILED after ${seconds(result.milliseconds)}:\n${run.error}`);
  } else {
    log(`build "${label}": ${seconds(run.milliseconds)} (CPU ${cpuMs === null ? '?' : seconds(cpuMs)}), ${pages} pages, peak RSS ${peakRssMB ?? '?'} MiB, load ${loadAtStart}`);
  }
  return run;
}

/** Where build folders go: inside the project (see buildDir()), gitignored. */
export const BUILD_PARENT = join(projectRoot, 'bench-results', 'tmp');

/**
 * A build folder inside the project (bench-results/tmp/, gitignored). Astro writes a static build's prerender
 * bundle next to the output only when the output folder is inside the working directory; for a folder
 * elsewhere (os.tmpdir()) it uses <project>/.astro/ instead, which concurrent builds share, and copies that
 * folder's contents into the output. Inside the project, the benchmark builds exactly as `npm run build` does.
 */
export function buildDir(prefix: string): string {
  mkdirSync(BUILD_PARENT, { recursive: true });
  return mkdtempSync(join(BUILD_PARENT, `${prefix}-`));
}

export interface ScaleRun extends BuildRun {
  articles: number;
  seedBytes: number;
  sourcePages: number;
  /** (build time − real-site build time) / articles. */
  perArticleMs: number | null;
  /** (build CPU time − real-site build CPU time) / articles. */
  cpuPerArticleMs: number | null;
  /** build time / articles. */
  totalPerArticleMs: number;
}

/**
 * Builds the real seeds plus `count` generated articles and reports the time per article against the real
 * site's build (`baseline`, wall and CPU ms, null when it failed). Removes its folders unless `keep`.
 */
export async function scaleBuild(count: number, baseline: { ms: number | null; cpuMs: number | null }, keep: boolean): Promise<ScaleRun> {
  const seeds = syntheticSeeds(count);
  const outDir = buildDir(`synthetic-${count}`);
  const run = await timedBuild(`${count} generated articles`, { outDir, seedsDir: seeds.dir });
  const sourcePages = existsSync(join(outDir, 'sources'))
    ? readdirSync(join(outDir, 'sources')).filter((name) => existsSync(join(outDir, 'sources', name, 'index.html'))).length
    : 0;
  const scaleRun: ScaleRun = {
    ...run,
    articles: count,
    seedBytes: seeds.bytes,
    sourcePages,
    perArticleMs: run.ok && baseline.ms !== null ? (run.milliseconds - baseline.ms) / count : null,
    cpuPerArticleMs: run.ok && run.cpuMs !== null && baseline.cpuMs !== null ? (run.cpuMs - baseline.cpuMs) / count : null,
    totalPerArticleMs: run.milliseconds / count,
  };
  if (keep) log(`kept ${outDir} and ${seeds.dir}`);
  else {
    removeBuild(outDir);
    rmSync(seeds.dir, { recursive: true, force: true });
  }
  return scaleRun;
}
