/**
 * Figure 2's data tables and detail templates, as rows the component renders: every seizures record grouped
 * by what it counts, then the figures records the chart shows or names, each with its words (text.ts) and
 * the record itself, whose sources the component links.
 */
import type { Scope } from '../../schemas/index.ts';
import { refFor, tonnesData, type FigureFields, type SeizureFields, type SeizureModel } from './model.ts';
import * as en from './text.ts';
type DetailWords = en.DetailWords;
/** The figure's words: text.ts, or an edition's module with the same exports (text.es.ts). */
type SeizuresText = typeof en;

/** A record with its sources, of whatever kind the caller resolved them to. */
type Sourced = { sources: readonly unknown[] };

export interface TableGroup<T> {
  key: keyof typeof en.SEIZURE_GROUP_TITLES;
  title: string;
  records: T[];
}

const SEIZURE_GROUPS: { key: keyof typeof en.SEIZURE_GROUP_TITLES; scopes: Scope[] }[] = [
  { key: 'annual', scopes: ['colombia', 'gap'] },
  { key: 'partial', scopes: ['colombia-partial'] },
  { key: 'base', scopes: ['colombia-base'] },
  { key: 'global', scopes: ['global'] },
  { key: 'share', scopes: ['share-claim'] },
];

/** Every seizures record, grouped for the table: by scope, then year, then value. */
export function seizureTableGroups<T extends SeizureFields>(seizures: readonly T[], txt: SeizuresText = en): TableGroup<T>[] {
  const groups = SEIZURE_GROUPS.map(({ key, scopes }) => ({
    key,
    title: txt.SEIZURE_GROUP_TITLES[key],
    records: seizures
      .filter((record) => scopes.includes(record.scope))
      .sort((a, b) => a.year - b.year || (a.tonnes ?? -1) - (b.tonnes ?? -1) || (a.id < b.id ? -1 : 1)),
  }));
  const listed = new Set(groups.flatMap((group) => group.records.map((record) => record.id)));
  const missing = seizures.filter((record) => !listed.has(record.id));
  if (missing.length > 0) throw new Error(`Figure 2 (seizures): no table group for ${missing.map((record) => record.id).join(', ')}`);
  return groups.filter((group) => group.records.length > 0);
}

export interface SeizureRow<S extends SeizureFields & Sourced> {
  ref: string;
  /** The record's id: its corrections log entries are looked up by it. */
  id: string;
  year: number;
  scopeClass: string;
  value: string;
  flags: string[];
  counts: string;
  meta: string;
  sources: S['sources'];
  /** When the record has no source, the line that says so. */
  noSource?: string;
}

export interface FigureRow<F extends FigureFields & Sourced> {
  ref: string;
  /** The record's id: its corrections log entries are looked up by it. */
  id: string;
  counts: string;
  value: string;
  meta: string;
  note?: string;
  /** A figure given only in words: the flag that says so (and no note). */
  wordsOnlyFlag?: string;
  sources: F['sources'];
}

export interface Detail<Src> {
  ref: string;
  /** The record's id: its corrections log entries are looked up by it. */
  id: string;
  words: DetailWords;
  sources: readonly Src[];
  noSource?: string;
}

export function seizureRow<S extends SeizureFields & Sourced>(record: S, seizures: readonly S[], txt: SeizuresText = en): SeizureRow<S> {
  return {
    ref: refFor(record.id),
    id: record.id,
    year: record.year,
    scopeClass: `scope-${record.scope}`,
    value: txt.seizureValue(record),
    flags: txt.seizureFlags(record, seizures),
    counts: record.counts,
    meta: txt.seizureMeta(record),
    sources: record.sources,
    ...(record.sources.length === 0 ? { noSource: txt.TABLE.noSourceRow } : {}),
  };
}

export function figureRow<F extends FigureFields & Sourced>(record: F, txt: SeizuresText = en): FigureRow<F> {
  return {
    ref: refFor(record.id),
    id: record.id,
    counts: record.counts,
    value: txt.formatFigure(record),
    meta: txt.figureMeta(record),
    ...(record.wordsOnly ? { wordsOnlyFlag: txt.TABLE.wordsOnlyFlag } : record.note ? { note: record.note } : {}),
    sources: record.sources,
  };
}

/** Every datum a mark stands for, once, with its detail: the seizures drawn, the gap, the figures shown. */
export function details<S extends SeizureFields & Sourced, F extends FigureFields & Sourced>(
  model: SeizureModel<S, F>,
  seizures: readonly S[],
  txt: SeizuresText = en,
): Detail<S['sources'][number] | F['sources'][number]>[] {
  const byId = new Map(seizures.map((record) => [record.id, record]));
  const seizureDetailFor = (ref: string, record: S) => ({
    ref,
    id: record.id,
    words: txt.seizureDetail(record, seizures),
    sources: record.sources,
    ...(record.sources.length === 0 ? { noSource: txt.TABLE.noSourceDetail } : {}),
  });
  return [
    ...tonnesData(model)
      .filter((datum) => datum.kind !== 'police')
      .map((datum) => seizureDetailFor(datum.ref, byId.get(datum.id)!)),
    ...model.slots.flatMap((slot) => (slot.gap?.id ? [seizureDetailFor(slot.gap.ref!, byId.get(slot.gap.id)!)] : [])),
    ...model.figuresShown.map((figure) => ({ ref: refFor(figure.id), id: figure.id, words: txt.figureDetail(figure, model), sources: figure.sources })),
  ];
}
