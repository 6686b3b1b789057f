/**
 * Figure 2's model: Colombia's cocaine seizures by year (every official figure kept, conflicts side by side,
 * the gap year left empty, the provisional year marked), the seeds' numbers in context (the National
 * Police's 446 t and its per-day restatement), and the other figures, each in its own unit. Pure: records
 * in, typed data out; no words (text.ts) and no coordinates (the layouts).
 *
 * Nothing here computes a number to show except the explicit per-day arithmetic (446 ÷ 365); everything
 * else shown is a record's value.
 */
import type { FigureData, Form, Qualifier, Scope, SeizureData } from '../../schemas/index.ts';

/** A `seizures` record, as much of it as the figure needs (sources are the component's business). */
export type SeizureFields = Omit<SeizureData, 'sources'>;
/** A `figures` record, as much of it as the figure needs. */
export type FigureFields = Omit<FigureData, 'sources'>;

export const FIGURE_NAME = 'seizures';
/** The id of a datum's table row, and the `data-ref` of its marks: `fig-seizures-<record id>`. */
export const refFor = (id: string): string => `fig-${FIGURE_NAME}-${id}`;

/** The figures records the chart draws, by role. A missing one stops the build. */
export const FIGURE_IDS = {
  police: 'cocaine-seized-446t',
  perDay: 'cocaine-seized-per-day',
  globalShare: 'global-seizure-share-65pct',
  facilities: 'drug-facilities-destroyed',
  aid: 'us-aid-210m',
  aidPart: 'us-agricultural-aid-31m',
} as const;
/** Figures that frame Colombia's share of U.S. counter-drug intelligence: shown side by side. */
export const INTELLIGENCE_GROUP = 'colombia-intelligence-share';
/** Figures given in words only (no number in the source); listed in the table, never drawn. */
export const WORDS_ONLY_IDS = ['europe-bound-drugs-seized'] as const;

/** The one constant in the per-day check: the days in a (non-leap) year. */
export const DAYS_IN_YEAR = 365;

export type TonnesKind = 'annual' | 'partial' | 'base' | 'police';

export interface TonnesDatum {
  id: string;
  ref: string;
  kind: TonnesKind;
  /** Null for the police figure, whose year the source does not name. */
  year: number | null;
  tonnes: number;
  qualifier: Qualifier;
  form: Form;
  provisional: boolean;
  /** The conflict group, when official figures for the year disagree. */
  conflict?: string;
  /** The other values in the conflict group, ascending. */
  conflictsWith: number[];
  /** Year-to-date figures: the day they run to, when the record names one. */
  asOf?: { date: string; approximate: boolean };
}

export interface YearSlot {
  year: number;
  /** Annual figures for the year, ascending; several when official figures conflict. */
  annual: TonnesDatum[];
  /** Year-to-date figures within the year, in time order (cumulative totals, so ascending). */
  partial: TonnesDatum[];
  /** Coca base and paste, a different product: never added to the cocaine totals. */
  base: TonnesDatum[];
  /** No annual figure: a gap, never a zero. The record that says so, if any. */
  gap: null | { id?: string; ref?: string };
}

export interface PerDayCheck<F extends FigureFields = FigureFields> {
  claim: F;
  total: F;
  days: number;
  rate: number;
  /** The rate as shown (two decimals). */
  display: string;
  /** The arithmetic, for `data-derived`: "446/365". */
  expression: string;
  holds: boolean;
}

export interface SeizureModel<S extends SeizureFields = SeizureFields, F extends FigureFields = FigureFields> {
  slots: YearSlot[];
  years: [number, number];
  police: TonnesDatum;
  perDay: PerDayCheck<F>;
  globalShare: F;
  intelligence: F[];
  facilities: F;
  aid: F;
  aidPart: F;
  /** Records only for the table: global totals, the share claim as recorded, figures in words only. */
  globals: S[];
  shareClaims: S[];
  wordsOnly: F[];
  /** Every figures record the chart draws, in drawing order. */
  figuresShown: F[];
  /** Largest tonnage drawn on the main panel's shared axis. */
  maxTonnes: number;
}

const byValueThenId = (a: TonnesDatum, b: TonnesDatum) => a.tonnes - b.tonnes || (a.id < b.id ? -1 : 1);

function seizureDatum(record: SeizureFields, kind: TonnesKind, group: readonly SeizureFields[]): TonnesDatum {
  const conflictsWith = record.conflict
    ? group
        .filter((other) => other.conflict === record.conflict && other.id !== record.id && other.tonnes !== null)
        .map((other) => other.tonnes!)
        .sort((a, b) => a - b)
    : [];
  return {
    id: record.id,
    ref: refFor(record.id),
    kind,
    year: record.year,
    tonnes: record.tonnes!,
    qualifier: record.qualifier,
    form: record.form,
    provisional: record.provisional,
    ...(record.conflict && conflictsWith.length > 0 ? { conflict: record.conflict } : {}),
    conflictsWith,
    ...(kind === 'partial' && record.periodEnd ? { asOf: record.periodEnd } : {}),
  };
}

function requireFigure<F extends FigureFields>(figures: readonly F[], id: string): F {
  const figure = figures.find((candidate) => candidate.id === id);
  if (!figure) throw new Error(`Figure 2 (seizures): the figures record "${id}" is missing from content/figures.yaml`);
  return figure;
}

/** The per-day check: the total over the days of a year, against the claimed daily rate. */
export function perDayCheck<F extends FigureFields>(total: F, claim: F, days = DAYS_IN_YEAR): PerDayCheck<F> {
  const rate = total.value / days;
  const holds = claim.qualifier === 'more-than' ? rate > claim.value : claim.qualifier === 'up-to' ? rate <= claim.value : rate >= claim.value;
  return { claim, total, days, rate, display: rate.toFixed(2), expression: `${total.value}/${days}`, holds };
}

export function seizureModel<S extends SeizureFields, F extends FigureFields>(seizures: readonly S[], figures: readonly F[]): SeizureModel<S, F> {
  const ofScope = (scope: Scope) => seizures.filter((record) => record.scope === scope);
  const withTonnes = (records: S[]) => records.filter((record) => record.tonnes !== null);
  const annual = withTonnes(ofScope('colombia'));
  const partial = withTonnes(ofScope('colombia-partial'));
  const base = withTonnes(ofScope('colombia-base'));
  const gaps = ofScope('gap');
  const allYears = [...annual, ...partial, ...base, ...gaps].map((record) => record.year);
  if (allYears.length === 0) throw new Error('Figure 2 (seizures): no Colombian seizure records');
  const years: [number, number] = [Math.min(...allYears), Math.max(...allYears)];

  const slots: YearSlot[] = [];
  for (let year = years[0]; year <= years[1]; year++) {
    const yearAnnual = annual.filter((record) => record.year === year);
    const gapRecord = gaps.find((record) => record.year === year);
    if (gapRecord && yearAnnual.length > 0) throw new Error(`Figure 2 (seizures): ${year} has both a figure and a gap record`);
    const ofYear = (records: S[], kind: TonnesKind) =>
      records
        .filter((record) => record.year === year)
        .map((record) => seizureDatum(record, kind, []))
        .sort(byValueThenId);
    slots.push({
      year,
      annual: yearAnnual.map((record) => seizureDatum(record, 'annual', yearAnnual)).sort(byValueThenId),
      partial: ofYear(partial, 'partial'),
      base: ofYear(base, 'base'),
      gap: yearAnnual.length > 0 ? null : gapRecord ? { id: gapRecord.id, ref: refFor(gapRecord.id) } : {},
    });
  }

  const policeFigure = requireFigure(figures, FIGURE_IDS.police);
  if (policeFigure.unit !== 'tonnes') throw new Error(`Figure 2 (seizures): ${policeFigure.id} is not in tonnes`);
  const police: TonnesDatum = {
    id: policeFigure.id,
    ref: refFor(policeFigure.id),
    kind: 'police',
    year: null,
    tonnes: policeFigure.value,
    qualifier: policeFigure.qualifier,
    form: policeFigure.form ?? 'unspecified',
    provisional: false,
    conflictsWith: [],
  };
  const perDay = perDayCheck(policeFigure, requireFigure(figures, FIGURE_IDS.perDay));
  const intelligence = figures.filter((figure) => figure.group === INTELLIGENCE_GROUP).sort((a, b) => (a.id < b.id ? -1 : 1));
  if (intelligence.length === 0) throw new Error(`Figure 2 (seizures): no figures in group ${INTELLIGENCE_GROUP}`);
  const globalShare = requireFigure(figures, FIGURE_IDS.globalShare);
  const facilities = requireFigure(figures, FIGURE_IDS.facilities);
  const aid = requireFigure(figures, FIGURE_IDS.aid);
  const aidPart = requireFigure(figures, FIGURE_IDS.aidPart);
  const wordsOnly = WORDS_ONLY_IDS.map((id) => figures.find((figure) => figure.id === id)).filter((figure): figure is F => figure !== undefined);

  const drawn = [...annual, ...partial, ...base].map((record) => record.tonnes!);
  return {
    slots,
    years,
    police,
    perDay,
    globalShare,
    intelligence,
    facilities,
    aid,
    aidPart,
    globals: withTonnes(ofScope('global')).sort((a, b) => a.year - b.year),
    shareClaims: ofScope('share-claim'),
    wordsOnly,
    figuresShown: [policeFigure, perDay.claim, globalShare, ...intelligence, facilities, aid, aidPart],
    maxTonnes: Math.max(...drawn, police.tonnes),
  };
}

/** Every datum the main panel draws, in reading order. */
export const tonnesData = (model: SeizureModel): TonnesDatum[] => [...model.slots.flatMap((slot) => [...slot.annual, ...slot.partial, ...slot.base]), model.police];
