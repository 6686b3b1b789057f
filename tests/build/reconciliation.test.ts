/**
 * The strike records reconcile with the seeds' totals: 19 strikes and 76 killed by 13 November 2025 (seed 002;
 * seed 001 says "at least 76"). Read from the committed content, summed by the same function the map uses.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { totalsAt, type StrikeInput } from '../../src/lib/strikeMap.ts';
import { projectRoot } from '../helpers/build.ts';

const read = <T>(name: string) => parse(readFileSync(join(projectRoot, 'content', name), 'utf8')) as T;
const strikes = read<StrikeInput[]>('strikes.yaml');
const figures = read<{ id: string; value: number; qualifier: string; sources: { article?: string }[] }[]>('figures.yaml');
const figure = (id: string) => figures.find((f) => f.id === id)!;

describe('reconciliation with the seeds', () => {
  const known = totalsAt(strikes, '2025-11-13');

  it('the records announced by 13 November 2025 add up to the 19 strikes the seed reports', () => {
    expect(figure('strikes-19-by-13-nov').sources[0]!.article).toBe('002_16352e67c55778bc');
    expect(known.strikes).toBe(figure('strikes-19-by-13-nov').value);
  });

  it('they give 75 killed as announced, and 76 counting the survivor of 27 October who was never found', () => {
    expect(known.killed).toBe(75);
    expect(known.presumedDead).toBe(1);
    expect(known.killed + known.presumedDead).toBe(figure('strike-deaths-76').value);
    expect(figure('strike-deaths-at-least-76').qualifier).toBe('at-least');
    expect(figure('strike-deaths-at-least-76').value).toBe(76);
  });

  it('the 10 November strike is not in those totals: it was announced on 14 November', () => {
    const tenth = strikes.find((s) => s.date === '2025-11-10')!;
    expect(tenth.announcedDate).toBe('2025-11-14');
    expect(totalsAt(strikes, '2025-11-14').strikes).toBe(known.strikes + tenth.strikesInRow);
  });

  it('every strike, seizure, event and figure record names at least one source with a quote', () => {
    for (const file of ['strikes.yaml', 'events.yaml', 'figures.yaml', 'citations.yaml', 'seizures.yaml']) {
      for (const record of read<{ id: string; tonnes?: number | null; scope?: string; sources: { quote: string }[] }[]>(file)) {
        // A seizure "gap" records that no figure was found: it asserts no number, so it quotes none.
        if (record.scope === 'gap') {
          expect(record.tonnes, `${file}/${record.id}`).toBeNull();
          continue;
        }
        expect(record.sources.length, `${file}/${record.id}`).toBeGreaterThan(0);
        for (const source of record.sources) expect(source.quote.length, `${file}/${record.id}`).toBeGreaterThan(0);
      }
    }
  });
});
