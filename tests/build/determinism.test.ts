/**
 * Reproducible builds: two builds of the same commit, in the same environment, write byte-identical
 * output (the run's shared build of the real site, and a second one the build project's set-up makes at the
 * same time in another folder, tests/build/setup.ts). Every file of both output folders is hashed (sha256)
 * and the two maps compared; a difference is reported per file with a hint of where the bytes first differ.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { listFiles } from '../support/html.ts';

/** Relative path → sha256 of every file in a folder. */
function hashes(dir: string): Map<string, string> {
  return new Map(
    listFiles(dir)
      .map((file) => [relative(dir, file).split(sep).join('/'), createHash('sha256').update(readFileSync(file)).digest('hex')] as const)
      .sort(([a], [b]) => (a < b ? -1 : 1)),
  );
}

/** Where two versions of a file first differ, with a little context on each side. */
function diffHint(a: Buffer, b: Buffer): string {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  const binary = [a, b].some((buffer) => buffer.subarray(0, 4096).includes(0));
  const show = (buffer: Buffer) =>
    binary ? buffer.subarray(Math.max(0, i - 8), i + 24).toString('hex') : JSON.stringify(buffer.subarray(Math.max(0, i - 60), i + 60).toString('utf8'));
  return `sizes ${a.length} / ${b.length}, first difference at byte ${i}:\n      first:  ${show(a)}\n      second: ${show(b)}`;
}

describe('reproducible builds', () => {
  it('two builds of the same sources write byte-identical files', () => {
    const first = { outDir: inject('realDist') };
    const second = inject('secondBuild');
    expect(second.ok, second.output).toBe(true);

    const [a, b] = [hashes(first.outDir), hashes(second.outDir)];
    expect(a.size).toBeGreaterThan(10);
    const differences: string[] = [];
    for (const path of new Set([...a.keys(), ...b.keys()])) {
      if (!b.has(path)) differences.push(`${path}: only in the first build`);
      else if (!a.has(path)) differences.push(`${path}: only in the second build`);
      else if (a.get(path) !== b.get(path)) {
        differences.push(`${path}: ${diffHint(readFileSync(join(first.outDir, path)), readFileSync(join(second.outDir, path)))}`);
      }
    }
    if (differences.length > 0) console.log(`The builds differ in ${differences.length} file(s):\n  ${differences.join('\n  ')}`);
    expect(differences).toEqual([]);
  });
});
