import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { functionPaths, textShapeProblems } from '../../i18n/parity.ts';
import { figureSchema, seizureSchema } from '../../schemas/index.ts';
import { seizureModel, type TonnesDatum } from './model.ts';
import * as en from './text.ts';
import * as es from './text.es.ts';
import { recordRun } from './view.ts';

// The inputs the view, the layouts, the panels and the tables give text.ts, from the records (as view.test.ts reads them).
const root = join(import.meta.dirname, '../../..');
const seizures = seizureSchema.array().parse(parse(readFileSync(join(root, 'content/seizures.yaml'), 'utf8')));
const figures = figureSchema.array().parse(parse(readFileSync(join(root, 'content/figures.yaml'), 'utf8')));
const model = seizureModel(seizures, figures);
const data: TonnesDatum[] = [...model.slots.flatMap((slot) => [...slot.annual, ...slot.partial, ...slot.base]), model.police];
const perDay = [[model.perDay], [{ ...model.perDay, holds: false }]];
const records = recordRun(model.slots);

const samples: Record<string, unknown[][]> = {
  formatTonnes: [[446], [700, 'more-than'], [848.5, 'about'], [2275, 'at-least'], [3, 'up-to']],
  formatFigure: figures.map((figure) => [figure]),
  tickLabel: [[0, false], [1000, true]],
  attribution: seizures.map((record) => [record]),
  markAria: data.map((datum) => [datum]),
  datumPhrases: data.flatMap((datum) => [[datum, { firstBase: true }], [datum, {}]]),
  conflictLines: model.slots.filter((slot) => slot.annual.length > 1).map((slot) => [slot.annual]),
  gapAria: [[2018]],
  'PER_DAY.rateLabel': perDay,
  'PER_DAY.aria': perDay,
  'PER_DAY.arithmetic': perDay,
  'PER_DAY.verdict': perDay,
  'GLOBAL_SHARE.value': [[model.globalShare]],
  shareAria: [[model.globalShare, 'the whole']],
  'INTELLIGENCE.framing': model.intelligence.map((figure) => [figure]),
  'FACILITIES.value': [[model.facilities]],
  'FACILITIES.aria': [[model.facilities]],
  'AID.whole': [[model.aid]],
  'AID.wholeAria': [[model.aid]],
  'AID.partAria': [[model.aidPart]],
  'AID.part': [[model.aidPart]],
  takeaway: [[model, records], [model, []], [model, [{ year: 2025, tonnes: 928, provisional: true }]], [model, [{ year: 2024, tonnes: 884, provisional: false }, { year: 2025, tonnes: 928, provisional: true }]]],
  description: [[model]],
  notes: [[model]],
  seizureValue: seizures.map((record) => [record]),
  seizureFlags: seizures.map((record) => [record, seizures]),
  seizureMeta: seizures.map((record) => [record]),
  figureMeta: figures.map((figure) => [figure]),
  seizureDetail: seizures.map((record) => [record, seizures]),
  figureDetail: figures.map((figure) => [figure, model]),
};

const call = (name: string, args: unknown[]) => {
  const [head, tail] = name.split('.') as [string, string?];
  const value = (es as Record<string, unknown>)[head];
  const fn = (tail ? (value as Record<string, unknown>)[tail] : value) as (...a: unknown[]) => unknown;
  return fn(...args);
};

describe('the Spanish words of Figure 2 (text.es.ts)', () => {
  it('exports the same names as text.ts, each of the same kind', () => {
    expect(Object.keys(es).sort()).toEqual(Object.keys(en).sort());
    for (const name of Object.keys(en)) expect(typeof es[name as keyof typeof es], name).toBe(typeof en[name as keyof typeof en]);
  });

  it('says something wherever the English does, for every input the view gives', () => {
    expect(functionPaths(en).filter((path) => !(path in samples))).toEqual([]);
    expect(textShapeProblems(en, es, 'seizures', samples)).toEqual([]);
  });

  it('writes numbers, percentages and money the Colombian way, with no gaps in its sentences', () => {
    const byId = (id: string) => figures.find((figure) => figure.id === id)!;
    expect(es.formatTonnes(848.5)).toBe('848,5 t');
    expect(es.formatTonnes(700, 'more-than')).toBe('más de 700 t');
    expect(es.formatFigure(byId('us-aid-210m'))).toMatch(/USD 210 millones$/);
    expect(es.formatFigure(byId('global-seizure-share-65pct'))).toBe('65\u00a0%');
    expect(es.tickLabel(1000, true)).toBe('1.000 t');
    const out = JSON.stringify([es, ...Object.entries(samples).map(([name, calls]) => calls.map((args) => call(name, args)))]);
    expect(out).not.toMatch(/undefined|NaN|\[object/);
  });
});
