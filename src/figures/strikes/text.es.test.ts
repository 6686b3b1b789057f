import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { functionPaths, textShapeProblems } from '../../i18n/parity.ts';
import { figureSchema, strikeSchema } from '../../schemas/index.ts';
import { makeProjection, PARALLELS, scaleVariation } from './basemap.ts';
import { WIDE_LAYOUT } from './layout.ts';
import { changeDays, dateDomain, DEFAULT_DATE, knownDate, maxKilled, orderStrikes, totalsAt, unplacedStrikes } from './model.ts';
import * as en from './text.ts';
import * as es from './text.es.ts';

// The inputs the view gives text.ts, from the records (as view.test.ts reads them).
const root = new URL('../../../', import.meta.url);
const read = (name: string) => parse(readFileSync(new URL(`content/${name}`, root), 'utf8')) as Record<string, unknown>[];
const strikes = read('strikes.yaml').map((record) => strikeSchema.parse(record));
const figures = read('figures.yaml').map((record) => figureSchema.parse(record));
const ordered = orderStrikes(strikes);
const domain = dateDomain(strikes);
const atDefault = totalsAt(strikes, DEFAULT_DATE);
const atEnd = totalsAt(strikes, domain.end);
const topKilled = maxKilled(strikes);
const keyWest = figures.find((figure) => figure.id === 'intelligence-share-key-west-85pct')!;
const notesInput: en.NotesInput = {
  topKilled,
  deadliest: ordered.filter((s) => s.killed === topKilled),
  lowReliability: ordered.filter((s) => s.reliability === 'low').map((s) => knownDate(s) ?? ''),
  revised: atEnd.revised,
  keyWest: { value: keyWest.value, period: keyWest.period },
  fordDate: '11 November 2025',
  parallels: PARALLELS,
  variation: scaleVariation(makeProjection(WIDE_LAYOUT.width).projection),
  cutoffs: { story: '8 January 2026', strikes: '23 February 2026' },
};
const fewer: en.NotesInput = { ...notesInput, deadliest: notesInput.deadliest.slice(0, 1), lowReliability: [], revised: [], keyWest: undefined, fordDate: undefined, cutoffs: undefined };
const twoLow: en.NotesInput = { ...notesInput, lowReliability: ['2026-02-23', '2026-02-24'] };
const dates = [['2025-11-13'], ['2025-11'], ['2025']];

const samples: Record<string, unknown[][]> = {
  longDate: dates,
  shortDate: dates,
  'MAP_WORDS.scale': [[200], [1000]],
  'MAP_WORDS.count': [[3]],
  strikeName: strikes.map((s) => [s]),
  markAriaLabel: strikes.map((s) => [s, knownDate(s)]),
  unplacedText: unplacedStrikes(strikes).map((s) => [s, knownDate(s) ?? '']),
  totalsText: changeDays(strikes).map((day) => [totalsAt(strikes, day)]),
  'CONTROL_WORDS.reversal': [[DEFAULT_DATE]],
  valueText: [['13 de noviembre de 2025', '19', '75'], ['13 de noviembre de 2025', 19, 75]],
  dataLabel: [[strikes.length, atEnd.strikes]],
  takeaway: [[DEFAULT_DATE, atDefault, { strikes: atEnd.strikes - atDefault.strikes, pacific: 20 }]],
  description: [[DEFAULT_DATE, atDefault, { inSubAreas: 5, unplaced: 2 }]],
  notes: [[notesInput], [fewer], [twoLow]],
  reconciliation: [
    [DEFAULT_DATE, atDefault, { strikes: 19, killed: atDefault.killed + atDefault.presumedDead }],
    [DEFAULT_DATE, atDefault, { strikes: 19, killed: 90 }],
    [DEFAULT_DATE, atDefault, undefined],
    [domain.end, atEnd, undefined],
  ],
  staticCaption: [[DEFAULT_DATE, atDefault]],
  'ASIDE_WORDS.ford': [['11 November 2025']],
  'ASIDE_WORDS.keyWest': [[keyWest.value, keyWest.period]],
  'LEGEND_WORDS.sizes': [[[1, 3, 11]]],
  'TABLE_WORDS.caption': [[domain.start, domain.end, strikes.length, atEnd.strikes]],
  'TABLE_WORDS.publishedOnly': [['2026-02-23']],
  'TABLE_WORDS.revised': [[5]],
  placementText: strikes.map((s) => [s]),
  announcedByText: [...strikes.map((s) => [s]), [{}]],
  detailText: strikes.flatMap((s) => [[s, knownDate(s)], [s, null]]),
};

const call = (name: string, args: unknown[]) => {
  const [head, tail] = name.split('.') as [string, string?];
  const value = (es as Record<string, unknown>)[head];
  const fn = (tail ? (value as Record<string, unknown>)[tail] : value) as (...a: unknown[]) => unknown;
  return fn(...args);
};

describe('the Spanish words of Figure 3 (text.es.ts)', () => {
  it('exports the same names as text.ts, each of the same kind', () => {
    expect(Object.keys(es).sort()).toEqual(Object.keys(en).sort());
    for (const name of Object.keys(en)) expect(typeof es[name as keyof typeof es], name).toBe(typeof en[name as keyof typeof en]);
  });

  it('says something wherever the English does, for every input the view gives', () => {
    expect(functionPaths(en).filter((path) => !(path in samples))).toEqual([]);
    expect(textShapeProblems(en, es, 'strikes', samples)).toEqual([]);
  });

  it('writes dates and numbers in Spanish, with no gaps in its sentences', () => {
    expect(es.longDate('2025-11-13')).toBe('13 de noviembre de 2025');
    expect(es.takeaway(DEFAULT_DATE, atDefault, { strikes: 24, pacific: 20 })).toMatch(/^Cuando Colombia dio marcha atrás, el 13 de noviembre de 2025, Estados Unidos había anunciado 19 ataques que mataron a 75 personas/);
    expect(es.valueText(es.longDate(DEFAULT_DATE), 19, 75)).toBe('13 de noviembre de 2025: 19 ataques, 75 muertos');
    // The date control's first day: one strike (the slider's screen-reader text, singular).
    expect(es.valueText('2 de septiembre de 2025', '1', '1')).toBe('2 de septiembre de 2025: 1 ataque, 1 muerto');
    expect(es.notes(notesInput).join(' ')).toContain('entre enero de 2024 y junio de 2025');
    expect(es.ASIDE_WORDS.ford('11 November 2025')).toMatch(/^11 de noviembre de 2025: /);
    const out = JSON.stringify([es, ...Object.entries(samples).map(([name, calls]) => calls.map((args) => call(name, args)))]);
    expect(out).not.toMatch(/undefined|NaN|\[object/);
  });
});
