/** Small helpers of the benchmark: units, the log line, aligned text tables, and the machine and commit measured. */
import { execFileSync } from 'node:child_process';
import { cpus, loadavg, totalmem } from 'node:os';
import { gzipSync } from 'node:zlib';
import { projectRoot } from '../../tests/support/build.ts';

export const KB = 1024;
export const kb = (bytes: number) => (bytes / KB).toFixed(1);
export const seconds = (ms: number) => (ms / 1000).toFixed(1) + ' s';
export const gz = (data: Buffer | string) => gzipSync(data, { level: 6 }).length;
export const bytesOf = (text: string) => Buffer.byteLength(text, 'utf8');
export const log = (message: string) => console.log(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}`);

/** Pads cells into an aligned text table; numbers (and "—") are right-aligned. */
export function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const numeric = (cell: string) => /^[-+]?[\d.,]+( ?[a-zA-Z%]+)?$|^—$|^[\d.]+ \/ [\d.]+$/.test(cell);
  const line = (cells: string[]) =>
    cells.map((cell, i) => (numeric(cell) && i > 0 ? cell.padStart(widths[i]!) : cell.padEnd(widths[i]!))).join('  ');
  return [line(header), widths.map((w) => '─'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

export function gitState(): { commit: string; dirtyFiles: number } | null {
  try {
    const commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: projectRoot, encoding: 'utf8' }).trim();
    const status = execFileSync('git', ['status', '--porcelain'], { cwd: projectRoot, encoding: 'utf8' });
    return { commit, dirtyFiles: status.split('\n').filter(Boolean).length };
  } catch {
    return null;
  }
}

/** The machine the benchmark runs on, and how busy it is at the start. */
export function machineInfo() {
  const cpuList = cpus();
  return {
    cpus: cpuList.length,
    cpuModel: cpuList[0]?.model ?? 'unknown',
    memoryGB: Math.round((totalmem() / 1024 ** 3) * 10) / 10,
    node: process.version,
    loadAverageAtStart: loadavg().map((n) => Math.round(n * 100) / 100),
  };
}
export type Machine = ReturnType<typeof machineInfo>;
