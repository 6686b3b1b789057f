/**
 * The strike records reconcile with the seeds' totals: 19 strikes and 76 killed by 13 November 2025 (seed 002;
 * seed 001 says "at least 76"). Read from the committed content, summed by the same function the map uses.
 */
import { describe, expect, it } from 'vitest';
import { totalsAt } from '../../src/figures/strikes/model.ts';
import { readCollection, readFigures, readStrikes } from '../support/content.ts';

const strikes = readStrikes();
const figures = readFigures();
const figure = (id: string) => figures.find((f) => f.id === id)!;

describe('reconciliation with the seeds', () => {
  const known = totalsAt(strikes, '2025-11-13');

  it('the records announced by 13 November 2025 add up to the 19 strikes the seed reports', () => {
    const [source] = figure('strikes-19-by-13-nov').sources;
    expect(source && 'article' in source ? source.article : undefined).toBe('002_16352e67c55778bc');
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
    for (const name of ['strikes', 'events', 'figures', 'citations', 'seizures'] as const) {
      const file = `${name}.yaml`;
      for (const record of readCollection(name)) {
        // A seizure "gap" records that no figure was found: it asserts no number, so it quotes none.
        if ('scope' in record && record.scope === 'gap') {
          expect(record.tonnes, `${file}/${record.id}`).toBeNull();
          continue;
        }
        expect(record.sources.length, `${file}/${record.id}`).toBeGreaterThan(0);
        for (const source of record.sources) expect(source.quote.length, `${file}/${record.id}`).toBeGreaterThan(0);
      }
    }
  });
});
