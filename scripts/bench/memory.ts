/**
 * Peak memory and CPU time of a build. The build process's maximum resident set size (ru_maxrss, as
 * `/usr/bin/time -v` reports it) and its user + system CPU time are recorded by a tiny `--require` preload
 * passed through NODE_OPTIONS, so the shared buildSite() helper runs the build unchanged. Every Node process
 * started with those options appends a line; esbuild's own helper process is not included.
 */
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir } from '../../tests/support/build.ts';

const PRELOAD = `process.on('exit', () => {
  try {
    const usage = process.resourceUsage();
    const line = [process.pid, usage.maxRSS, usage.userCPUTime, usage.systemCPUTime].join(' ');
    require('node:fs').appendFileSync(process.env.BENCH_RSS_FILE, line + '\\n');
  } catch {}
});
`;

export interface ProcessUsage {
  /** Maximum resident set size of the build process, MiB (null if it could not be read). */
  peakRssMB: number | null;
  /** CPU time (user + system) of the build processes, ms (null if it could not be read). */
  cpuMs: number | null;
}

export interface UsageProbe {
  /** The environment to add to the build's: NODE_OPTIONS with the preload, and where it writes. */
  env: Record<string, string>;
  /** Reads what the processes recorded, and removes the probe's files. */
  read(): ProcessUsage;
}

/** A preload for one build: pass `env` to the build, then `read()` once it has finished. */
export function usageProbe(): UsageProbe {
  const work = tempDir('bench-rss');
  const preload = join(work, 'peak-rss.cjs');
  const rssFile = join(work, 'rss.txt');
  writeFileSync(preload, PRELOAD);
  const nodeOptions = [process.env.NODE_OPTIONS, `--require ${preload}`].filter(Boolean).join(' ');
  return {
    env: { NODE_OPTIONS: nodeOptions, BENCH_RSS_FILE: rssFile },
    read() {
      let peakRssMB: number | null = null;
      let cpuMs: number | null = null;
      if (existsSync(rssFile)) {
        const records = readFileSync(rssFile, 'utf8')
          .split('\n')
          .filter(Boolean)
          .map((line) => line.split(' ').map(Number));
        if (records.length > 0) {
          peakRssMB = Math.round(Math.max(...records.map((r) => r[1] ?? 0)) / 1024);
          cpuMs = Math.round(records.reduce((sum, r) => sum + (r[2] ?? 0) + (r[3] ?? 0), 0) / 1000);
        }
      }
      rmSync(work, { recursive: true, force: true });
      return { peakRssMB, cpuMs };
    },
  };
}
