/** The results the benchmark writes to bench.json, and the text report it prints at the end. */
import { relative } from 'node:path';
import { projectRoot } from '../../tests/support/build.ts';
import type { BuildRun, ScaleRun } from './buildTimes.ts';
import { printLighthouse, type LighthouseRun } from './lighthouse.ts';
import type { Options } from './options.ts';
import { printBytes, type ByteReport } from './pageWeight.ts';
import { kb, seconds, table, type gitState, type Machine } from './util.ts';

export interface BenchResults {
  startedAt: string;
  finishedAt?: string;
  durationSeconds?: number;
  machine: Machine;
  git: ReturnType<typeof gitState>;
  options: Options;
  realBuilds: BuildRun[];
  realBuildMs: number | null;
  realBuildCpuMs: number | null;
  bytes: ByteReport | null;
  scale: ScaleRun[];
  generatorProblems: string[];
  lighthouse: LighthouseRun[];
  failures: string[];
}

export function printReport(results: BenchResults): void {
  const { machine, failures, options } = results;
  console.log('\n' + '═'.repeat(100));
  console.log(
    `BENCHMARK ${results.startedAt.slice(0, 16).replace('T', ' ')} UTC · ${machine.cpus} × ${machine.cpuModel} · Node ${machine.node} · ` +
      `git ${results.git ? `${results.git.commit}${results.git.dirtyFiles ? ` (+${results.git.dirtyFiles} uncommitted files)` : ''}` : '?'} · load at start ${machine.loadAverageAtStart.join(' ')}`,
  );
  console.log('\nBUILDS (cold Astro cache each time; peak RSS = max resident set size of the build process):');
  /** The cells every build row has: pages, wall, CPU, Astro's page time, peak RSS, load. */
  const measured = (r: BuildRun) => [
    String(r.pages),
    seconds(r.milliseconds),
    r.cpuMs !== null ? seconds(r.cpuMs) : '—',
    r.astroPagesMs !== null ? seconds(r.astroPagesMs) : '—',
    r.peakRssMB !== null ? `${r.peakRssMB} MiB` : '—',
    r.loadAtStart.toFixed(1),
  ];
  const buildRows = results.realBuilds.map((r) => [r.label, r.ok ? 'ok' : 'FAILED', ...measured(r), '—', '—', '—']);
  for (const r of results.scale) {
    buildRows.push([
      `real seeds + ${r.articles.toLocaleString('en')} generated (${kb(r.seedBytes)} KiB text)`,
      r.ok ? (r.sourcePages >= r.articles ? 'ok' : `ok, only ${r.sourcePages} source pages`) : 'FAILED',
      ...measured(r),
      r.perArticleMs !== null ? `${r.perArticleMs.toFixed(1)} ms` : '—',
      r.cpuPerArticleMs !== null ? `${r.cpuPerArticleMs.toFixed(1)} ms` : '—',
      `${r.totalPerArticleMs.toFixed(1)} ms`,
    ]);
  }
  console.log(
    table(['build', 'result', 'pages', 'wall', 'CPU', 'astro pages', 'peak RSS', 'load', 'wall Δ/article', 'CPU Δ/article', 'wall/N'], buildRows),
  );
  const largest = results.scale.filter((r) => r.ok).at(-1);
  if (largest?.perArticleMs !== null && largest !== undefined && largest.perArticleMs !== null) {
    console.log(
      `Δ/article = (build − fastest real-site build: ${seconds(results.realBuildMs ?? 0)} wall, ${seconds(results.realBuildCpuMs ?? 0)} CPU) / N; ` +
        `load = 1-min load average at the build's start (${machine.cpus} cores; above ${machine.cpus} the build shares them).\n` +
        `At ${largest.articles.toLocaleString('en')} articles: ${largest.perArticleMs.toFixed(1)} ms wall per article ` +
        `(target ≤ 30 ms on 2 cores: ${largest.perArticleMs <= 30 ? 'met' : 'NOT met'})` +
        (largest.cpuPerArticleMs !== null ? `, ${largest.cpuPerArticleMs.toFixed(1)} ms CPU per article.` : '.'),
    );
  }
  const breakdown = [results.realBuilds.filter((r) => r.ok).at(-1), largest].filter((r): r is BuildRun => r !== undefined);
  if (breakdown.length) {
    console.log('\nWHERE PAGE GENERATION GOES (Astro per-page timings summed by route; the rest of a build is content sync and bundling):');
    const header = ['route', ...breakdown.flatMap((r) => [`${r.label}: pages`, 'total', 'per page'])];
    const routes = [...new Set(breakdown.flatMap((r) => r.routes.map((x) => x.route)))];
    const rows = routes.map((route) => [
      route,
      ...breakdown.flatMap((r) => {
        const t = r.routes.find((x) => x.route === route);
        return t ? [String(t.pages), seconds(t.ms), `${(t.ms / t.pages).toFixed(0)} ms`] : ['—', '—', '—'];
      }),
    ]);
    rows.push([
      'rest of the build',
      ...breakdown.flatMap((r) => ['', seconds(r.milliseconds - r.routes.reduce((n, x) => n + x.ms, 0)), '']),
    ]);
    console.log(table(header, rows));
  }
  if (results.bytes) printBytes(results.bytes);
  if (results.lighthouse.length) printLighthouse(results.lighthouse);
  console.log(`\nWrote ${relative(projectRoot, options.out) || options.out} · total ${results.durationSeconds} s`);
  if (failures.length) console.log(`\n${failures.length} problem(s):\n- ${failures.join('\n- ')}`);
}
