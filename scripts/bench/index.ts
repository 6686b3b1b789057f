/**
 * The benchmark: `npm run bench` (vite-node). It reports; it never fails on time or size. It exits non-zero
 * only when a build fails, since then there is nothing to measure.
 *
 * 1. Builds the real site (twice when the scale phase runs; the faster is the baseline) and reports its wall
 *    time, CPU time (steadier than wall time when other work shares the machine), peak memory, and Astro's
 *    per-page timings summed by route (where page generation goes).
 * 2. Bytes: for every HTML page, the HTML (and how much of it is inline <svg>, <style> and <script>), the CSS,
 *    JavaScript (with the modules it imports), SVG and images it loads, raw and gzip (-6, each file on its
 *    own, as a server sends it), and its Open Graph card; plus the site's totals by file type. The home
 *    page's JS gzip (budget ≤ 20 KB) and HTML+CSS+JS gzip (budget ≤ 150 KB) are the budget numbers.
 * 3. Scale: builds synthetic sites with the real seeds plus 10, 100 and 1,000 generated articles (in a
 *    temporary folder, never in seeds/) and reports the time per article, (N-article build − real build) / N
 *    in wall and CPU time (target ≤ 30 ms on a 2-core machine), total / N, and peak memory. Build output goes
 *    to bench-results/tmp/ (removed afterwards; see buildDir() for why not os.tmpdir()).
 * 4. Lighthouse 12 (Debian Chromium) on /, one article page and /briefing/, mobile and desktop: the four
 *    category scores and every audit that costs points.
 *
 * Peak memory is the build process's maximum resident set size (ru_maxrss, as `/usr/bin/time -v` reports it),
 * recorded by a tiny `--require` preload passed through NODE_OPTIONS, so the shared buildSite() helper runs
 * the build unchanged. esbuild's own helper process is not included.
 *
 * Lighthouse runs against the test server behind a gzip proxy (as a real host compresses; --no-gzip to not).
 *
 * Flags: --no-lighthouse, --no-desktop, --no-scale, --sizes 10,100, --no-bytes, --no-gzip, --out <file>, --keep,
 * --help. A quick run: `npm run bench -- --no-lighthouse --sizes 10`.
 * Writes bench-results/bench.json (gitignored).
 *
 * This file runs the phases in order; what each measures is in its own module: buildTimes.ts (and memory.ts
 * for peak RSS and CPU time), pageWeight.ts, synthetic.ts, lighthouse.ts; report.ts prints the results.
 */
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { removeBuild } from '../../tests/support/build.ts';
import { serveStatic, type StaticServer } from '../../tests/support/server.ts';
import { BUILD_PARENT, buildDir, scaleBuild, timedBuild } from './buildTimes.ts';
import { lighthousePages, runLighthouse, serveGzipped } from './lighthouse.ts';
import { parseOptions } from './options.ts';
import { byteReport } from './pageWeight.ts';
import { printReport, type BenchResults } from './report.ts';
import { checkGenerator } from './synthetic.ts';
import { gitState, log, machineInfo } from './util.ts';

async function main() {
  const options = parseOptions(process.argv.slice(2));
  const started = performance.now();
  const startedAt = new Date().toISOString();
  const machine = machineInfo();
  log(`${machine.cpus} × ${machine.cpuModel}, ${machine.memoryGB} GB, Node ${machine.node}, load ${machine.loadAverageAtStart.join(' ')}`);
  const failures: string[] = [];
  const cleanup: string[] = [];

  // The server starts first, on the output folder the real build is about to fill, so that the site is built
  // for its own origin: canonical and og:image URLs then point where Lighthouse loads them from.
  const realOut = buildDir('real');
  rmSync(realOut, { recursive: true, force: true });
  const server: StaticServer = options.gzip ? await serveGzipped(realOut) : await serveStatic(realOut, '/');
  cleanup.push(realOut);

  const results: BenchResults = {
    startedAt,
    machine,
    git: gitState(),
    options,
    realBuilds: [],
    realBuildMs: null,
    realBuildCpuMs: null,
    bytes: null,
    scale: [],
    generatorProblems: [],
    lighthouse: [],
    failures,
  };

  const write = () => {
    mkdirSync(dirname(options.out), { recursive: true });
    writeFileSync(options.out, JSON.stringify(results, null, 2) + '\n');
  };

  try {
    // 1. The real site: built twice when its time is the baseline of the scale phase.
    const realRuns = options.scale ? 2 : 1;
    for (let i = 1; i <= realRuns; i++) {
      const outDir = i === realRuns ? realOut : buildDir('real-warmup');
      const run = await timedBuild(`real site #${i}`, { outDir, siteUrl: server.origin });
      results.realBuilds.push(run);
      if (!run.ok) failures.push(`real site build #${i}: ${run.error}`);
      if (outDir !== realOut && !options.keep) removeBuild(outDir);
    }
    const okReal = results.realBuilds.filter((r) => r.ok);
    results.realBuildMs = okReal.length ? Math.min(...okReal.map((r) => r.milliseconds)) : null;
    const realCpu = okReal.flatMap((r) => (r.cpuMs === null ? [] : [r.cpuMs]));
    results.realBuildCpuMs = realCpu.length ? Math.min(...realCpu) : null;
    const realOk = results.realBuilds.at(-1)?.ok === true;

    // 2. Bytes.
    if (options.bytes && realOk) {
      results.bytes = byteReport(realOut, server.origin);
      write();
    }

    // 3. Scale.
    if (options.scale) {
      results.generatorProblems = checkGenerator();
      for (const problem of results.generatorProblems) log(`generator: ${problem}`);
      for (const count of options.sizes) {
        const run = await scaleBuild(count, { ms: results.realBuildMs, cpuMs: results.realBuildCpuMs }, options.keep);
        results.scale.push(run);
        if (!run.ok) failures.push(`${count}-article build: ${run.error}`);
        write();
      }
    }

    // 4. Lighthouse.
    if (options.lighthouse && realOk) {
      try {
        results.lighthouse = await runLighthouse(server.origin, lighthousePages(realOut), options.desktop);
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        log(`lighthouse could not run: ${message}`);
        failures.push(`lighthouse: ${message}`);
      }
    }
  } finally {
    await server.close();
    results.finishedAt = new Date().toISOString();
    results.durationSeconds = Math.round((performance.now() - started) / 100) / 10;
    write();
    if (!options.keep) {
      for (const dir of cleanup) removeBuild(dir);
      if (existsSync(BUILD_PARENT) && readdirSync(BUILD_PARENT).length === 0) rmSync(BUILD_PARENT, { recursive: true });
    }
  }

  printReport(results);
  if (failures.length) process.exitCode = 1;
}

main().catch((error) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
});
