/**
 * Figure 2's view model: Colombia's cocaine seizures by year (every official figure kept, conflicts side by
 * side, the gap year left empty, the provisional year marked), the seeds' numbers in context (the National
 * Police's 446 t and its per-day restatement), and the other figures each in its own unit. Pure: records
 * in, formatted text and coordinates out, with every label placed so that none overlaps another or a mark.
 *
 * Nothing here computes a number to show except the explicit per-day arithmetic (446 ÷ 365) and the axis
 * ticks; everything else shown is a record's value, formatted.
 */
import { scaleLinear } from 'd3-scale';
import { overlaps, textWidth, type Box } from '../figures/kit/text.ts';

export type Scope = 'colombia' | 'colombia-base' | 'colombia-partial' | 'global' | 'share-claim' | 'gap';
export type Form = 'hydrochloride' | 'base-paste' | 'unspecified';
export type Qualifier = 'exact' | 'more-than' | 'at-least' | 'about' | 'up-to';
export type FigureUnit = 'tonnes' | 'tonnes-per-day' | 'percent' | 'count' | 'usd' | 'people' | 'years';

/** A `seizures` record, as much of it as the chart needs. */
export interface SeizureInput {
  id: string;
  year: number;
  tonnes: number | null;
  percent?: number | undefined;
  counts: string;
  scope: Scope;
  period: string;
  form: Form;
  provisional: boolean;
  conflict?: string | undefined;
}

/** A `figures` record, as much of it as the chart needs. */
export interface FigureInput {
  id: string;
  value: number;
  qualifier: Qualifier;
  unit: FigureUnit;
  asStated: string;
  counts: string;
  period: string;
  saidBy: string;
  group?: string | undefined;
  note?: string | undefined;
}

export const FIGURE_NAME = 'seizures';
/** The id of a datum's table row, and the `data-ref` of its marks: `fig-seizures-<record id>`. */
export const refFor = (id: string) => `fig-${FIGURE_NAME}-${id}`;

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

// --- Formatting ---------------------------------------------------------------------------------------

const numberFormat = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 3 });
/** A record's number for readers: thousands separators, its decimals as stored ("1,424", "378.3"). */
export const formatNumber = (value: number) => numberFormat.format(value);

const QUALIFIER_WORDS: Record<Qualifier, string> = {
  exact: '',
  'more-than': 'more than ',
  'at-least': 'at least ',
  about: 'about ',
  'up-to': 'up to ',
};

export const formatTonnes = (tonnes: number, qualifier: Qualifier = 'exact') => `${QUALIFIER_WORDS[qualifier]}${formatNumber(tonnes)} t`;

/**
 * Whether the source gave a number at all, in digits or words ("more than one ton" did; "hundreds of tons"
 * did not: its stored value is only the floor the words imply, and is never shown).
 */
export const hasNumber = (figure: Pick<FigureInput, 'asStated'>) => /\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|thirty|forty|fifty|hundred|thousand)\b/i.test(figure.asStated);

/** A figure as readers see it: "446 t", "65%", "more than 3,000", "about $210 million", or the source's words. */
export function formatFigure(figure: Pick<FigureInput, 'value' | 'qualifier' | 'unit' | 'asStated'>): string {
  if (!hasNumber(figure)) return figure.asStated.replace(/[“”"]/g, '');
  const q = QUALIFIER_WORDS[figure.qualifier];
  const v = figure.value;
  switch (figure.unit) {
    case 'tonnes':
      return formatTonnes(v, figure.qualifier);
    case 'tonnes-per-day':
      return `${q}${formatNumber(v)} t a day`;
    case 'percent':
      return `${q}${formatNumber(v)}%`;
    case 'usd':
      return v >= 1_000_000 ? `${q}$${formatNumber(v / 1_000_000)} million` : `${q}$${formatNumber(v)}`;
    case 'count':
      return `${q}${formatNumber(v)}`;
    case 'people':
      return `${q}${formatNumber(v)} people`;
    case 'years':
      return `${q}${formatNumber(v)} years`;
  }
}

export const UNIT_NAMES: Record<FigureUnit, string> = {
  tonnes: 'tonnes (t)',
  'tonnes-per-day': 'tonnes a day',
  percent: 'per cent of a whole',
  count: 'a count',
  usd: 'U.S. dollars',
  people: 'people',
  years: 'years',
};

export const FORM_NAMES: Record<Form, string> = {
  hydrochloride: 'cocaine hydrochloride only',
  'base-paste': 'coca base and paste only (a different product)',
  unspecified: 'cocaine, form not specified (may include all forms)',
};

export const SCOPE_NAMES: Record<Scope, string> = {
  colombia: 'Colombia, annual total',
  'colombia-partial': 'Colombia, year to date',
  'colombia-base': 'Colombia, coca base and paste',
  global: 'Worldwide (UNODC)',
  'share-claim': 'Claimed share of global seizures',
  gap: 'No figure found',
};

/** Reads a seizure record's qualifier from what it counts ("'more than 820'"); the schema has no field for it. */
export const seizureQualifier = (record: Pick<SeizureInput, 'counts'>): Qualifier => (/\bmore than\b/i.test(record.counts) ? 'more-than' : 'exact');

const AGENCIES: [RegExp, string][] = [
  [/UNODC/i, 'UNODC (the UN Office on Drugs and Crime)'],
  [/MinDefensa|Defen[cs]e Ministry|Defen[cs]e Minister/i, 'Colombia’s Defence Ministry'],
  [/President Santos/i, 'President Juan Manuel Santos'],
  [/security forces/i, 'Colombia’s security forces (agency not named)'],
];

/** Who a seizure figure is attributed to, as far as the record says. */
export function seizureAttribution(record: Pick<SeizureInput, 'counts' | 'scope'>): string {
  if (record.scope === 'gap') return 'no one: no figure was found';
  const found = AGENCIES.find(([pattern]) => pattern.test(record.counts));
  return found ? found[1] : 'not named in the source excerpt; see the report linked';
}

/**
 * The date a year-to-date figure runs to, from its period ("1 Jan - c. 16 Sep 2025" → "16 Sep",
 * approximate). Undefined when the period gives no end date.
 */
export function periodEnd(period: string): { day: string; approximate: boolean } | undefined {
  const match = /(c\.\s*)?(\d{1,2} [A-Z][a-z]{2,8})\s+\d{4}\s*$/u.exec(period);
  return match ? { day: match[2]!, approximate: match[1] !== undefined } : undefined;
}

// --- The model -----------------------------------------------------------------------------------------

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
  /** Year-to-date figures: the day they run to. */
  asOf?: { day: string; approximate: boolean };
  /** What the mark says, for screen readers once the script makes it a button. */
  ariaLabel: string;
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

export interface PerDayCheck {
  claim: FigureInput;
  total: FigureInput;
  days: number;
  rate: number;
  /** The rate as shown (two decimals). */
  display: string;
  /** The arithmetic, for `data-derived`: "446/365". */
  expression: string;
  holds: boolean;
}

export interface SeizureModel {
  slots: YearSlot[];
  years: [number, number];
  police: TonnesDatum;
  perDay: PerDayCheck;
  globalShare: FigureInput;
  intelligence: FigureInput[];
  facilities: FigureInput;
  aid: FigureInput;
  aidPart: FigureInput;
  /** Records only for the table: global totals, the share claim as recorded, figures in words only. */
  globals: SeizureInput[];
  shareClaims: SeizureInput[];
  wordsOnly: FigureInput[];
  /** Every figures record the chart draws, in drawing order. */
  figuresShown: FigureInput[];
  /** Largest tonnage drawn on the main panel's shared axis. */
  maxTonnes: number;
}

const byValueThenId = (a: TonnesDatum, b: TonnesDatum) => a.tonnes - b.tonnes || (a.id < b.id ? -1 : 1);

function seizureDatum(record: SeizureInput, kind: TonnesKind, group: readonly SeizureInput[]): TonnesDatum {
  const qualifier = seizureQualifier(record);
  const tonnes = record.tonnes!;
  const conflictsWith = record.conflict
    ? group
        .filter((other) => other.conflict === record.conflict && other.id !== record.id && other.tonnes !== null)
        .map((other) => other.tonnes!)
        .sort((a, b) => a - b)
    : [];
  const asOf = kind === 'partial' ? periodEnd(record.period) : undefined;
  const what =
    kind === 'base' ? 'of coca base and paste (counted separately from cocaine)' : record.form === 'hydrochloride' ? 'of cocaine hydrochloride' : 'of cocaine, form not specified';
  const parts = [
    `${kind === 'partial' ? `${record.year} year to date${asOf ? ` (to ${asOf.approximate ? 'about ' : ''}${asOf.day})` : ''}` : record.year}: ${formatTonnes(tonnes, qualifier)} ${what}`,
    record.provisional && kind === 'annual' ? 'provisional' : '',
    conflictsWith.length > 0 ? `conflicting official figures for the year: ${conflictsWith.map((value) => formatTonnes(value)).join(', ')}` : '',
  ];
  return {
    id: record.id,
    ref: refFor(record.id),
    kind,
    year: record.year,
    tonnes,
    qualifier,
    form: record.form,
    provisional: record.provisional,
    ...(record.conflict && conflictsWith.length > 0 ? { conflict: record.conflict } : {}),
    conflictsWith,
    ...(asOf ? { asOf } : {}),
    ariaLabel: parts.filter(Boolean).join('; '),
  };
}

function requireFigure(figures: readonly FigureInput[], id: string): FigureInput {
  const figure = figures.find((candidate) => candidate.id === id);
  if (!figure) throw new Error(`Figure 2 (seizures): the figures record "${id}" is missing from content/figures.yaml`);
  return figure;
}

/** The per-day check: the total over the days of a year, against the claimed daily rate. */
export function perDayCheck(total: FigureInput, claim: FigureInput, days = DAYS_IN_YEAR): PerDayCheck {
  const rate = total.value / days;
  const holds = claim.qualifier === 'more-than' ? rate > claim.value : claim.qualifier === 'up-to' ? rate <= claim.value : rate >= claim.value;
  return { claim, total, days, rate, display: rate.toFixed(2), expression: `${total.value}/${days}`, holds };
}

export function seizureModel(seizures: readonly SeizureInput[], figures: readonly FigureInput[]): SeizureModel {
  const ofScope = (scope: Scope) => seizures.filter((record) => record.scope === scope);
  const withTonnes = (records: SeizureInput[]) => records.filter((record) => record.tonnes !== null);
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
    slots.push({
      year,
      annual: yearAnnual.map((record) => seizureDatum(record, 'annual', yearAnnual)).sort(byValueThenId),
      partial: partial
        .filter((record) => record.year === year)
        .map((record) => seizureDatum(record, 'partial', []))
        .sort(byValueThenId),
      base: base
        .filter((record) => record.year === year)
        .map((record) => seizureDatum(record, 'base', []))
        .sort(byValueThenId),
      gap: yearAnnual.length > 0 ? null : gapRecord ? { id: gapRecord.id, ref: refFor(gapRecord.id) } : {},
    });
  }

  const policeFigure = requireFigure(figures, FIGURE_IDS.police);
  if (policeFigure.unit !== 'tonnes') throw new Error(`Figure 2 (seizures): ${policeFigure.id} is not in tonnes`);
  const policeForm: Form = /hydrochloride/i.test(policeFigure.counts) ? 'hydrochloride' : 'unspecified';
  const police: TonnesDatum = {
    id: policeFigure.id,
    ref: refFor(policeFigure.id),
    kind: 'police',
    year: null,
    tonnes: policeFigure.value,
    qualifier: policeFigure.qualifier,
    form: policeForm,
    provisional: false,
    conflictsWith: [],
    ariaLabel: `National Police figure, said in January 2026 for “this year”: ${formatTonnes(policeFigure.value, policeFigure.qualifier)} of ${
      policeForm === 'hydrochloride' ? 'cocaine hydrochloride' : 'cocaine'
    }`,
  };
  const perDay = perDayCheck(policeFigure, requireFigure(figures, FIGURE_IDS.perDay));
  const intelligence = figures.filter((figure) => figure.group === INTELLIGENCE_GROUP).sort((a, b) => (a.id < b.id ? -1 : 1));
  if (intelligence.length === 0) throw new Error(`Figure 2 (seizures): no figures in group ${INTELLIGENCE_GROUP}`);
  const globalShare = requireFigure(figures, FIGURE_IDS.globalShare);
  const facilities = requireFigure(figures, FIGURE_IDS.facilities);
  const aid = requireFigure(figures, FIGURE_IDS.aid);
  const aidPart = requireFigure(figures, FIGURE_IDS.aidPart);
  const wordsOnly = WORDS_ONLY_IDS.map((id) => figures.find((figure) => figure.id === id)).filter((figure): figure is FigureInput => figure !== undefined);

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
export const tonnesData = (model: SeizureModel): TonnesDatum[] => [
  ...model.slots.flatMap((slot) => [...slot.annual, ...slot.partial, ...slot.base]),
  model.police,
];

// --- Text and label placement ---------------------------------------------------------------------------

/** A run of text; dates get their own class so a test can tell them from quantities. */
export interface Segment {
  text: string;
  cls?: 'date';
}
/** Words that stay together on one line. */
export type Phrase = Segment[];

export interface TextView {
  /** The mark (its ref) this text labels; it is drawn inside the mark's group. */
  owner?: string;
  cls: string;
  x: number;
  y: number;
  anchor: 'start' | 'middle' | 'end';
  segments: Segment[];
  /** For a number computed here: the arithmetic, e.g. "446/365". */
  derived?: string;
  fontSize: number;
}

const plain = (text: string): Phrase => [{ text }];
const lineText = (segments: readonly Segment[]) => segments.map((segment) => segment.text).join('');

/** Joins phrases into lines no wider than `maxWidth` (a phrase longer than that keeps a line to itself). */
export function wrapPhrases(phrases: readonly Phrase[], maxWidth: number, fontSize: number): Segment[][] {
  const lines: Segment[][] = [];
  let line: Segment[] = [];
  for (const phrase of phrases) {
    const candidate = line.length === 0 ? [...phrase] : [...line, { text: ' ' }, ...phrase];
    if (line.length > 0 && textWidth(lineText(candidate), fontSize) > maxWidth) {
      lines.push(line);
      line = [...phrase];
    } else line = candidate;
  }
  if (line.length > 0) lines.push(line);
  return lines;
}

/** Splits plain text into phrases of one word each, for wrapping. */
const words = (text: string): Phrase[] => text.split(/\s+/u).filter(Boolean).map((word) => plain(word));

type Side = 'right' | 'left' | 'above' | 'below';

interface LabelRequest {
  owner?: string;
  cls: string;
  lines: Segment[][];
  anchor: Box;
  prefer: Side[];
}

interface PlacementContext {
  obstacles: Box[];
  bounds: Box;
  fontSize: number;
  lineHeight: number;
  /** Labels that could not be placed clear of everything (should stay empty; tests check it). */
  collisions: string[];
}

const round = (value: number) => Math.round(value * 10) / 10;
const blockWidth = (lines: readonly Segment[][], fontSize: number) => Math.max(0, ...lines.map((line) => textWidth(lineText(line), fontSize)));
const inside = (box: Box, bounds: Box) =>
  box.x >= bounds.x && box.y >= bounds.y && box.x + box.width <= bounds.x + bounds.width && box.y + box.height <= bounds.y + bounds.height;

const SHIFTS = [0, -5, 5, -10, 10, -15, 15, -20, 20, -26, 26, -32, 32, -40, 40];
const LIFTS = [0, 6, 12, 18, 24, 32, 40, 50, 60];

function candidates(anchor: Box, width: number, height: number, side: Side, pad: number): { box: Box; anchor: TextView['anchor'] }[] {
  const cx = anchor.x + anchor.width / 2;
  const cy = anchor.y + anchor.height / 2;
  switch (side) {
    case 'right':
      return SHIFTS.map((dy) => ({ box: { x: anchor.x + anchor.width + pad, y: cy - height / 2 + dy, width, height }, anchor: 'start' as const }));
    case 'left':
      return SHIFTS.map((dy) => ({ box: { x: anchor.x - pad - width, y: cy - height / 2 + dy, width, height }, anchor: 'end' as const }));
    case 'above':
      return LIFTS.flatMap((lift) =>
        [0, -8, 8, -16, 16].map((dx) => ({ box: { x: cx - width / 2 + dx, y: anchor.y - pad - height - lift, width, height }, anchor: 'middle' as const })),
      );
    case 'below':
      return LIFTS.flatMap((drop) =>
        [0, -8, 8, -16, 16].map((dx) => ({ box: { x: cx - width / 2 + dx, y: anchor.y + anchor.height + pad + drop, width, height }, anchor: 'middle' as const })),
      );
  }
}

/** Places a block of lines at the first candidate position clear of every obstacle; it becomes one. */
function placeBlock(request: LabelRequest, context: PlacementContext): TextView[] {
  const { fontSize, lineHeight } = context;
  const width = blockWidth(request.lines, fontSize);
  const height = request.lines.length * lineHeight;
  const all = request.prefer.flatMap((side) => candidates(request.anchor, width, height, side, 5));
  const clear = all.find(({ box }) => inside(box, context.bounds) && context.obstacles.every((other) => !overlaps(box, other, 2)));
  if (!clear) context.collisions.push(request.lines.map(lineText).join(' / '));
  const chosen = clear ?? all[0]!;
  context.obstacles.push(chosen.box);
  return textLines(request.lines, chosen.box, chosen.anchor, { cls: request.cls, fontSize, lineHeight, ...(request.owner ? { owner: request.owner } : {}) });
}

function textLines(
  lines: readonly Segment[][],
  box: Box,
  anchor: TextView['anchor'],
  options: { cls: string; fontSize: number; lineHeight: number; owner?: string; derived?: string },
): TextView[] {
  const x = anchor === 'start' ? box.x : anchor === 'end' ? box.x + box.width : box.x + box.width / 2;
  return lines.map((segments, index) => ({
    ...(options.owner ? { owner: options.owner } : {}),
    ...(options.derived ? { derived: options.derived } : {}),
    cls: options.cls,
    x: round(x),
    y: round(box.y + index * options.lineHeight + options.lineHeight * 0.78),
    anchor,
    segments,
    fontSize: options.fontSize,
  }));
}

// --- Marks ----------------------------------------------------------------------------------------------

export type Shape = 'circle' | 'square' | 'triangle';
export type MarkStyle = 'final' | 'provisional' | 'partial' | 'base' | 'police';

/** Shape says what is counted: circle, form not specified; square, hydrochloride only; triangle, base/paste. */
export const shapeFor = (form: Form): Shape => (form === 'hydrochloride' ? 'square' : form === 'base-paste' ? 'triangle' : 'circle');
export const styleFor = (datum: TonnesDatum): MarkStyle =>
  datum.kind === 'police' ? 'police' : datum.kind === 'base' ? 'base' : datum.kind === 'partial' ? 'partial' : datum.provisional ? 'provisional' : 'final';

export function shapePath(shape: Shape, x: number, y: number, r: number): string {
  const f = (n: number) => round(n);
  switch (shape) {
    case 'circle':
      return `M${f(x - r)},${f(y)}a${r},${r} 0 1,0 ${f(2 * r)},0a${r},${r} 0 1,0 ${f(-2 * r)},0Z`;
    case 'square':
      return `M${f(x - r * 0.9)},${f(y - r * 0.9)}h${f(r * 1.8)}v${f(r * 1.8)}h${f(-r * 1.8)}Z`;
    case 'triangle':
      return `M${f(x)},${f(y - r * 1.15)}L${f(x + r * 1.1)},${f(y + r * 0.85)}L${f(x - r * 1.1)},${f(y + r * 0.85)}Z`;
  }
}

export interface MarkView {
  ref: string;
  id: string;
  kind: TonnesKind;
  shape: Shape;
  style: MarkStyle;
  x: number;
  y: number;
  r: number;
  ariaLabel: string;
}

export interface GapView {
  year: number;
  ref?: string;
  id?: string;
  box: Box;
  ariaLabel: string;
}

export interface ConflictView {
  key: string;
  year: number;
  box: Box;
}

export interface TickView {
  value: number;
  label: string;
  x: number;
  y: number;
  anchor: TextView['anchor'];
  line: { x1: number; y1: number; x2: number; y2: number };
}

export interface MainLayout {
  orientation: 'columns' | 'rows';
  width: number;
  height: number;
  valueTicks: TickView[];
  yearTicks: TickView[];
  /** Grid lines of the value axis, as segments (the rows layout breaks them around the police header). */
  grid: { x1: number; y1: number; x2: number; y2: number }[];
  baseline: { x1: number; y1: number; x2: number; y2: number }[];
  marks: MarkView[];
  gaps: GapView[];
  conflicts: ConflictView[];
  /** A rule that separates the police figure from the ministry's series. */
  divider: { x1: number; y1: number; x2: number; y2: number };
  texts: TextView[];
  collisions: string[];
}

/** The value axis: 0 to a nice maximum over every tonnage drawn, with nice ticks. */
export function tonnesAxis(maxTonnes: number, range: [number, number], count: number) {
  const scale = scaleLinear().domain([0, maxTonnes]).nice(count).range(range);
  return { scale, ticks: scale.ticks(count) };
}

const tickLabel = (value: number, last: boolean) => (last ? `${formatNumber(value)} t` : formatNumber(value));

/** A year-to-date datum's label: "700 t by about 16 Sep", "hydrochloride, year to date". */
function datumPhrases(datum: TonnesDatum, options: { firstBase?: boolean }): { value: Phrase[]; rest: Phrase[] } {
  const value = [plain(formatTonnes(datum.tonnes, datum.qualifier))];
  switch (datum.kind) {
    case 'partial': {
      const by: Phrase = datum.asOf ? [{ text: `by ${datum.asOf.approximate ? 'about ' : ''}` }, { text: datum.asOf.day, cls: 'date' }] : [];
      return {
        value: by.length > 0 ? [...value, by] : value,
        rest: [...(datum.form === 'hydrochloride' ? [plain('hydrochloride,')] : []), plain('year to date')],
      };
    }
    case 'base':
      return { value, rest: options.firstBase ? [plain('coca base'), plain('and paste')] : [] };
    case 'police':
      return { value, rest: [plain(datum.form === 'hydrochloride' ? 'hydrochloride,' : 'cocaine,'), plain('National Police')] };
    case 'annual':
      return { value, rest: [...(datum.form === 'hydrochloride' ? [plain('hydrochloride')] : []), ...(datum.provisional ? [plain('provisional')] : [])] };
  }
}

/** The lines that label a cluster of conflicting figures: highest first, the others as alternatives ("or 317 t"). */
function conflictLines(cluster: readonly TonnesDatum[]): { owner: string; segments: Segment[] }[] {
  return [...cluster].reverse().map((datum, index) => ({
    owner: datum.ref,
    segments: [{ text: `${index === 0 ? '' : 'or '}${formatTonnes(datum.tonnes, datum.qualifier)}` }],
  }));
}

/** What the value axis measures. */
function axisTitle(x: number, y: number, fontSize: number): TextView {
  return { cls: 'axis-title', x, y, anchor: 'start', segments: [{ text: 'Cocaine seized by Colombia, tonnes a year' }], fontSize };
}

function gapAria(slot: YearSlot) {
  return `${slot.year}: no annual figure found (a gap, not a zero)`;
}

const POLICE_HEADER: Phrase[] = [
  plain('Police'),
  plain('figure'),
  plain('given'),
  plain('to'),
  plain('CNN'),
  plain('in'),
  [{ text: 'January 2026', cls: 'date' }],
  plain('for'),
  plain('“this'),
  plain('year”'),
];
const POLICE_NOTE = words(
  'A narrower count than the ministry’s: one police directorate, not all the forces; hydrochloride only; and the ministry’s totals include seizures abroad with Colombian involvement.',
);

export interface ColumnsOptions {
  width: number;
  fontSize: number;
  lineHeight: number;
  plotLeft: number;
  band: number;
  top: number;
  plotHeight: number;
  /** Where the labels of the last year end and the police column begins. */
  policeLeft: number;
}

export const COLUMNS: ColumnsOptions = { width: 1000, fontSize: 13, lineHeight: 16, plotLeft: 58, band: 56, top: 34, plotHeight: 380, policeLeft: 812 };

/** The box a round mark occupies, with a pixel of clearance, for label placement. */
function markBox(mark: MarkView): Box {
  return { x: mark.x - mark.r - 1, y: mark.y - mark.r - 1, width: 2 * mark.r + 2, height: 2 * mark.r + 2 };
}

/** A datum drawn as a mark at (x, y) with radius r. */
function toMark(datum: TonnesDatum, x: number, y: number, r: number): MarkView {
  return { ref: datum.ref, id: datum.id, kind: datum.kind, shape: shapeFor(datum.form), style: styleFor(datum), x: round(x), y: round(y), r, ariaLabel: datum.ariaLabel };
}

/**
 * The wide layout: years across, tonnes up, one column per year. Conflicting figures sit side by side in
 * their year's column inside a box; the gap year is an empty hatched column; the police figure has a
 * column of its own, on the same scale, right of a rule.
 */
export function layoutColumns(model: SeizureModel, options: ColumnsOptions = COLUMNS): MainLayout {
  const { width, fontSize, lineHeight, plotLeft, band, top, plotHeight, policeLeft } = options;
  const baselineY = top + plotHeight;
  const { scale: y, ticks } = tonnesAxis(model.maxTonnes, [baselineY, top], 5);
  const cx = (year: number) => plotLeft + (year - model.years[0] + 0.5) * band;
  const yearsRight = plotLeft + (model.years[1] - model.years[0] + 1) * band;

  const marks: MarkView[] = [];
  const gaps: GapView[] = [];
  const conflicts: ConflictView[] = [];
  const requests: LabelRequest[] = [];
  const obstacles: Box[] = [];
  let firstBase = true;

  for (const slot of model.slots) {
    const x = cx(slot.year);
    if (slot.gap) {
      const box = { x: round(x - band / 2 + 4), y: top - 6, width: band - 8, height: round(baselineY - top + 6) };
      gaps.push({ year: slot.year, ...(slot.gap.ref ? { ref: slot.gap.ref, id: slot.gap.id! } : {}), box, ariaLabel: gapAria(slot) });
    }
    // Annual figures and year-to-date marks share the column, side by side: year to date first (in time order).
    const row = [...slot.partial, ...slot.annual];
    const step = 12;
    const placed = row.map((datum, index) => toMark(datum, x + (index - (row.length - 1) / 2) * step, y(datum.tonnes), datum.kind === 'partial' ? 4.5 : 5.5));
    marks.push(...placed);
    obstacles.push(...placed.map(markBox));
    const annualMarks = placed.filter((mark) => mark.kind === 'annual');
    if (slot.annual.length > 1) {
      const xs = annualMarks.map((mark) => mark.x);
      const ys = annualMarks.map((mark) => mark.y);
      const box = { x: round(Math.min(...xs) - 9), y: round(Math.min(...ys) - 9), width: round(Math.max(...xs) - Math.min(...xs) + 18), height: round(Math.max(...ys) - Math.min(...ys) + 18) };
      conflicts.push({ key: slot.annual[0]!.conflict ?? String(slot.year), year: slot.year, box });
      obstacles.push(box);
      const lines = conflictLines(slot.annual);
      // One block, each line inside its own mark's group.
      requests.push({ cls: 'value-label conflict-values', lines: lines.map((line) => line.segments), anchor: box, prefer: ['below', 'above', 'right', 'left'], owner: lines.map((l) => l.owner).join(' ') });
    } else {
      for (const [index, datum] of [...slot.partial, ...slot.annual].entries()) {
        const mark = placed[index]!;
        const { value, rest } = datumPhrases(datum, {});
        const lines = [...wrapPhrases(value, 200, fontSize), ...wrapPhrases(rest, 200, fontSize)];
        const prefer: Side[] = row.length > 1 ? ['right', 'above', 'left'] : ['above', 'right', 'left', 'below'];
        requests.push({ owner: datum.ref, cls: 'value-label', lines, anchor: markBox(mark), prefer });
      }
    }
    for (const datum of slot.base) {
      const mark = toMark(datum, x, y(datum.tonnes), 5);
      marks.push(mark);
      obstacles.push(markBox(mark));
      const { value, rest } = datumPhrases(datum, { firstBase });
      const lines = firstBase ? [...wrapPhrases(rest, 90, fontSize), ...wrapPhrases(value, 90, fontSize)] : wrapPhrases(value, 90, fontSize);
      requests.push({ owner: datum.ref, cls: 'value-label base-label', lines, anchor: markBox(mark), prefer: firstBase ? ['left', 'above'] : ['above', 'right', 'left'] });
      firstBase = false;
    }
  }

  // The police column: a rule, a header, the mark on the same scale, its label and why it differs.
  const police = toMark(model.police, policeLeft + 12, y(model.police.tonnes), 5.5);
  marks.push(police);
  obstacles.push(markBox(police));
  const columnWidth = width - policeLeft;
  const divider = { x1: policeLeft - 14, y1: top - 8, x2: policeLeft - 14, y2: baselineY };
  obstacles.push({ x: divider.x1 - 1, y: divider.y1, width: 2, height: divider.y2 - divider.y1 });
  const texts: TextView[] = [axisTitle(2, 13, fontSize - 1)];
  obstacles.push(textBox(texts[0]!));
  const headerLines = wrapPhrases(POLICE_HEADER, (columnWidth - 8) / BOLD, fontSize);
  const headerBox = { x: policeLeft, y: top - 6, width: blockWidth(headerLines, fontSize) * BOLD, height: headerLines.length * lineHeight };
  texts.push(...textLines(headerLines, headerBox, 'start', { cls: 'police-header', fontSize, lineHeight }));
  obstacles.push(headerBox);

  // Gap labels sit at the top of their hatched column.
  for (const gap of gaps) {
    const lines = wrapPhrases(words('no figure found'), gap.box.width - 6, fontSize);
    const box = { x: gap.box.x + 3, y: gap.box.y + 12, width: gap.box.width - 6, height: lines.length * lineHeight };
    texts.push(...textLines(lines, box, 'middle', { cls: 'gap-label', fontSize, lineHeight, ...(gap.ref ? { owner: gap.ref } : {}) }));
    // The rest of the hatched column is off limits to other labels.
    obstacles.push({ ...gap.box });
  }

  const valueTicks: TickView[] = ticks.map((value, index) => ({
    value,
    label: tickLabel(value, index === ticks.length - 1),
    x: plotLeft - 8,
    y: round(y(value) + 4),
    anchor: 'end',
    line: { x1: plotLeft - 4, y1: round(y(value)), x2: width, y2: round(y(value)) },
  }));
  const yearTicks: TickView[] = model.slots.map((slot) => ({
    value: slot.year,
    label: String(slot.year),
    x: round(cx(slot.year)),
    y: baselineY + 18,
    anchor: 'middle',
    line: { x1: round(cx(slot.year)), y1: baselineY, x2: round(cx(slot.year)), y2: baselineY + 4 },
  }));

  const context: PlacementContext = {
    obstacles,
    bounds: { x: plotLeft, y: 0, width: width - plotLeft, height: baselineY - 2 },
    fontSize,
    lineHeight,
    collisions: [],
  };
  // Labels right of the years may not cross the police rule.
  const yearsBounds = { x: plotLeft, y: 0, width: policeLeft - 18 - plotLeft, height: baselineY - 2 };
  // Single figures first, beside their own mark; blocks for conflicting figures then go where there is room.
  // (Blocks go right to left: each then has its year's column and the space to its left to choose from.)
  const ordered = [...requests.filter((request) => !request.cls.includes('conflict')), ...requests.filter((request) => request.cls.includes('conflict')).reverse()];
  for (const request of ordered) {
    const placedTexts = placeBlock(request, { ...context, bounds: yearsBounds });
    texts.push(...splitOwners(request, placedTexts));
  }
  const policeBounds = { x: policeLeft, y: 0, width: columnWidth, height: baselineY - 2 };
  const { value, rest } = datumPhrases(model.police, {});
  const policeLabel = placeBlock(
    { owner: model.police.ref, cls: 'value-label police-label', lines: [...wrapPhrases(value, 150, fontSize), ...wrapPhrases(rest, 150, fontSize)], anchor: markBox(police), prefer: ['right'] },
    { ...context, bounds: policeBounds },
  );
  texts.push(...policeLabel);
  const labelBottom = Math.max(...policeLabel.map((text) => text.y)) + lineHeight * 0.22;
  const noteLines = wrapPhrases(POLICE_NOTE, columnWidth - 8, fontSize - 1);
  const noteBox = { x: policeLeft, y: round(labelBottom + 10), width: blockWidth(noteLines, fontSize - 1), height: noteLines.length * (lineHeight - 1) };
  if (noteBox.y + noteBox.height > baselineY - 2 || context.obstacles.some((other) => overlaps(noteBox, other, 2))) context.collisions.push('police note');
  texts.push(...textLines(noteLines, noteBox, 'start', { cls: 'police-note', fontSize: fontSize - 1, lineHeight: lineHeight - 1 }));

  return nameMarks({
    orientation: 'columns',
    width,
    height: baselineY + 30,
    valueTicks,
    yearTicks,
    grid: valueTicks.map((tick) => tick.line),
    baseline: [{ x1: plotLeft - 4, y1: baselineY, x2: yearsRight, y2: baselineY }, { x1: policeLeft - 4, y1: baselineY, x2: width, y2: baselineY }],
    marks,
    gaps,
    conflicts,
    divider,
    texts,
    collisions: context.collisions,
  });
}

/**
 * A mark's accessible name must contain the words it shows (WCAG 2.5.3, label in name): the visible
 * label goes first, then the full description.
 */
export function nameWithLabel(ariaLabel: string, texts: readonly TextView[]): string {
  const visible = texts.map((text) => lineText(text.segments)).join(' ').replace(/\s+/g, ' ').trim();
  return visible === '' || ariaLabel.includes(visible) ? ariaLabel : `${visible} — ${ariaLabel}`;
}

function nameMarks(layout: MainLayout): MainLayout {
  const owned = (ref: string) => layout.texts.filter((text) => text.owner === ref);
  return {
    ...layout,
    marks: layout.marks.map((mark) => ({ ...mark, ariaLabel: nameWithLabel(mark.ariaLabel, owned(mark.ref)) })),
    gaps: layout.gaps.map((gap) => (gap.ref ? { ...gap, ariaLabel: nameWithLabel(gap.ariaLabel, owned(gap.ref)) } : gap)),
  };
}

/** A conflict block is one placement, but each line belongs to its own mark (so hovering it selects that figure). */
function splitOwners(request: LabelRequest, texts: TextView[]): TextView[] {
  const owners = request.owner?.split(' ') ?? [];
  if (owners.length <= 1) return texts;
  return texts.map((text, index) => ({ ...text, owner: owners[index]! }));
}

export interface RowsOptions {
  width: number;
  fontSize: number;
  lineHeight: number;
  plotLeft: number;
  plotRight: number;
  top: number;
  minRow: number;
}

export const ROWS: RowsOptions = { width: 360, fontSize: 13, lineHeight: 16, plotLeft: 46, plotRight: 262, top: 44, minRow: 30 };

/**
 * The narrow layout: years down, tonnes across, one row per year. Conflicting figures are stacked in their
 * row inside a box, year-to-date figures get a line each within their year, and the gap year is an empty
 * hatched row. The police figure follows on the same scale, under a rule.
 */
export function layoutRows(model: SeizureModel, options: RowsOptions = ROWS): MainLayout {
  const { width, fontSize, lineHeight, plotLeft, plotRight, top, minRow } = options;
  const { scale: x, ticks } = tonnesAxis(model.maxTonnes, [plotLeft, plotRight], 3);
  const marks: MarkView[] = [];
  const gaps: GapView[] = [];
  const conflicts: ConflictView[] = [];
  const texts: TextView[] = [axisTitle(2, 13, fontSize - 1)];
  const obstacles: Box[] = [textBox(texts[0]!)];
  const requests: LabelRequest[] = [];
  const yearTicks: TickView[] = [];
  const labelWidth = 150;
  const wrapped = (datum: TonnesDatum, firstBase = false) => {
    const { value, rest } = datumPhrases(datum, { firstBase });
    const restWidth = datum.kind === 'base' ? 80 : labelWidth;
    return [...wrapPhrases(value, labelWidth, fontSize), ...wrapPhrases(rest, restWidth, fontSize)];
  };

  let cursor = top + 8;
  let firstBase = true;
  for (const slot of model.slots) {
    const rowTop = cursor;
    if (slot.gap) {
      const height = minRow;
      const box = { x: plotLeft - 2, y: rowTop + 3, width: plotRight - plotLeft + 4, height: height - 6 };
      gaps.push({ year: slot.year, ...(slot.gap.ref ? { ref: slot.gap.ref, id: slot.gap.id! } : {}), box, ariaLabel: gapAria(slot) });
      const lines = [[{ text: 'no figure found' }]];
      const labelBox = { x: plotLeft, y: rowTop + height / 2 - lineHeight / 2, width: plotRight - plotLeft, height: lineHeight };
      texts.push(...textLines(lines, labelBox, 'middle', { cls: 'gap-label', fontSize, lineHeight, ...(slot.gap.ref ? { owner: slot.gap.ref } : {}) }));
      obstacles.push(box);
      yearTicks.push(yearTick(slot.year, rowTop + height / 2));
      cursor += height;
      continue;
    }
    // Items down the row: one cluster of conflicting annual figures, or each figure on its own line.
    const items: { data: TonnesDatum[]; lines: Segment[][]; owners?: string[] }[] = [];
    if (slot.annual.length > 1) {
      const lines = conflictLines(slot.annual);
      items.push({ data: [...slot.annual].reverse(), lines: lines.map((line) => line.segments), owners: lines.map((line) => line.owner) });
    } else for (const datum of [...slot.partial, ...slot.annual]) items.push({ data: [datum], lines: wrapped(datum) });
    const baseLines = slot.base.map((datum) => {
      const lines = wrapped(datum, firstBase);
      firstBase = false;
      return lines;
    });
    let itemTop = rowTop;
    const firstItemTop = rowTop;
    for (const [index, item] of items.entries()) {
      const step = 10;
      const clusterHeight = (item.data.length - 1) * step + 14;
      const labelHeight = item.lines.length * lineHeight;
      const extra = index === 0 ? Math.max(0, ...baseLines.map((lines) => lines.length * lineHeight)) : 0;
      const height = Math.max(minRow, clusterHeight + 8, labelHeight + 6, extra + 6);
      const cy = itemTop + height / 2;
      const placed = item.data.map((datum, i) =>
        toMark(datum, x(datum.tonnes), cy + (i - (item.data.length - 1) / 2) * step, datum.kind === 'partial' ? 4.5 : 5.5),
      );
      marks.push(...placed);
      obstacles.push(...placed.map(markBox));
      let anchor: Box;
      if (item.data.length > 1) {
        const xs = placed.map((mark) => mark.x);
        const ys = placed.map((mark) => mark.y);
        anchor = { x: round(Math.min(...xs) - 9), y: round(Math.min(...ys) - 9), width: round(Math.max(...xs) - Math.min(...xs) + 18), height: round(Math.max(...ys) - Math.min(...ys) + 18) };
        conflicts.push({ key: item.data[0]!.conflict ?? String(slot.year), year: slot.year, box: anchor });
        obstacles.push(anchor);
      } else anchor = markBox(placed[0]!);
      requests.push({
        cls: item.data.length > 1 ? 'value-label conflict-values' : 'value-label',
        lines: item.lines,
        anchor,
        prefer: ['right', 'left'],
        owner: item.owners ? item.owners.join(' ') : item.data[0]!.ref,
      });
      if (index === 0) {
        for (const [b, datum] of slot.base.entries()) {
          const mark = toMark(datum, x(datum.tonnes), cy, 5);
          marks.push(mark);
          obstacles.push(markBox(mark));
          requests.push({ owner: datum.ref, cls: 'value-label base-label', lines: baseLines[b]!, anchor: markBox(mark), prefer: ['right', 'left'] });
        }
      }
      itemTop += height;
    }
    yearTicks.push(yearTick(slot.year, (firstItemTop + itemTop) / 2));
    cursor = itemTop;
  }
  const yearsBottom = cursor + 4;

  // The police figure, under a rule, on the same scale.
  const divider = { x1: 0, y1: yearsBottom + 10, x2: width, y2: yearsBottom + 10 };
  const headerLines = wrapPhrases(POLICE_HEADER, (width - 8) / BOLD, fontSize);
  const headerBox = { x: 2, y: divider.y1 + 8, width: blockWidth(headerLines, fontSize) * BOLD, height: headerLines.length * lineHeight };
  texts.push(...textLines(headerLines, headerBox, 'start', { cls: 'police-header', fontSize, lineHeight }));
  obstacles.push(headerBox);
  const policeTop = headerBox.y + headerBox.height + 6;
  const policeLines = wrapped(model.police);
  const policeHeight = Math.max(minRow, policeLines.length * lineHeight + 6);
  const police = toMark(model.police, x(model.police.tonnes), policeTop + policeHeight / 2, 5.5);
  marks.push(police);
  obstacles.push(markBox(police));
  requests.push({ owner: model.police.ref, cls: 'value-label police-label', lines: policeLines, anchor: markBox(police), prefer: ['right', 'left'] });
  const policeBottom = policeTop + policeHeight;
  const noteLines = wrapPhrases(POLICE_NOTE, width - 8, fontSize - 1);
  const noteBox = { x: 2, y: policeBottom + 8, width: blockWidth(noteLines, fontSize - 1), height: noteLines.length * (lineHeight - 1) };
  texts.push(...textLines(noteLines, noteBox, 'start', { cls: 'police-note', fontSize: fontSize - 1, lineHeight: lineHeight - 1 }));
  obstacles.push(noteBox);

  const valueTicks: TickView[] = ticks.map((value, index) => ({
    value,
    label: tickLabel(value, index === ticks.length - 1),
    x: round(x(value)),
    y: top - 8,
    anchor: index === ticks.length - 1 ? 'end' : 'middle',
    line: { x1: round(x(value)), y1: top - 4, x2: round(x(value)), y2: yearsBottom },
  }));
  // The last tick's label ends at its line, so that it stays inside the graphic.
  const last = valueTicks[valueTicks.length - 1];
  if (last) last.x = round(last.x + 12);
  for (const tick of valueTicks) {
    const w = textWidth(tick.label, 12);
    obstacles.push({ x: tick.anchor === 'end' ? tick.x - w : tick.x - w / 2, y: tick.y - 12, width: w, height: 15 });
  }

  const context: PlacementContext = { obstacles, bounds: { x: plotLeft - 4, y: 0, width: width - plotLeft + 4, height: noteBox.y + noteBox.height }, fontSize, lineHeight, collisions: [] };
  for (const request of requests) texts.push(...splitOwners(request, placeBlock(request, context)));

  return nameMarks({
    orientation: 'rows',
    width,
    height: Math.ceil(noteBox.y + noteBox.height + 6),
    valueTicks,
    yearTicks,
    grid: [
      ...valueTicks.map((tick) => tick.line),
      ...valueTicks.map((tick) => ({ x1: tick.line.x1, y1: policeTop, x2: tick.line.x1, y2: policeBottom })),
    ],
    baseline: [
      { x1: plotLeft, y1: top - 4, x2: plotLeft, y2: yearsBottom },
      { x1: plotLeft, y1: policeTop, x2: plotLeft, y2: policeBottom },
    ],
    marks,
    gaps,
    conflicts,
    divider,
    texts,
    collisions: context.collisions,
  });

  function yearTick(year: number, cy: number): TickView {
    return { value: year, label: String(year), x: 2, y: round(cy + 4.5), anchor: 'start', line: { x1: plotLeft - 4, y1: round(cy), x2: plotLeft, y2: round(cy) } };
  }
}

// --- Small multiples: the other figures, each in its own unit -------------------------------------------

export interface PanelShape {
  cls: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface PanelMark {
  ref: string;
  id: string;
  ariaLabel: string;
  shape: PanelShape;
}

export interface PanelLayout {
  key: string;
  width: number;
  height: number;
  /** Shapes that are not data (the whole a share is part of, the claimed threshold). */
  frames: PanelShape[];
  rules: { cls: string; x1: number; y1: number; x2: number; y2: number }[];
  marks: PanelMark[];
  texts: TextView[];
}

export const PANEL = { width: 320, fontSize: 13, lineHeight: 17, titleSize: 14, pad: 4 };
/** How much wider bold text runs than the regular-weight estimate. */
const BOLD = 1.12;

/** Stacks blocks of text and shapes down a panel. */
class PanelBuilder {
  y = 0;
  readonly texts: TextView[] = [];
  readonly frames: PanelShape[] = [];
  readonly rules: PanelLayout['rules'] = [];
  readonly marks: PanelMark[] = [];
  constructor(readonly key: string, readonly width = PANEL.width) {}

  text(phrases: Phrase[], cls: string, options: { fontSize?: number; owner?: string; derived?: string; gapAfter?: number; maxWidth?: number; bold?: boolean } = {}) {
    const fontSize = options.fontSize ?? PANEL.fontSize;
    const lineHeight = Math.round(fontSize * 1.3);
    // Bold text runs about a tenth wider than the estimate for regular text.
    const maxWidth = (options.maxWidth ?? this.width - 2 * PANEL.pad) / (options.bold ? BOLD : 1);
    const lines = wrapPhrases(phrases, maxWidth, fontSize);
    const box = { x: PANEL.pad, y: this.y, width: blockWidth(lines, fontSize), height: lines.length * lineHeight };
    this.texts.push(
      ...textLines(lines, box, 'start', { cls, fontSize, lineHeight, ...(options.owner ? { owner: options.owner } : {}), ...(options.derived ? { derived: options.derived } : {}) }),
    );
    this.y += box.height + (options.gapAfter ?? 4);
  }

  space(height: number) {
    this.y += height;
  }

  build(): PanelLayout {
    const marks = this.marks.map((mark) => ({ ...mark, ariaLabel: nameWithLabel(mark.ariaLabel, this.texts.filter((text) => text.owner === mark.ref)) }));
    return { key: this.key, width: this.width, height: Math.ceil(this.y + 2), frames: this.frames, rules: this.rules, marks, texts: this.texts };
  }
}

const titlePhrases = (text: string) => words(text);
const barWidth = PANEL.width - 2 * PANEL.pad;

/** Checks the police's "more than one ton every day" against the 446 t over the days of a year. */
export function layoutPerDay(model: SeizureModel): PanelLayout {
  const { perDay } = model;
  const panel = new PanelBuilder('per-day');
  panel.text(titlePhrases('“More than one ton every day”: checked'), 'panel-title', { fontSize: PANEL.titleSize, gapAfter: 8, bold: true });
  const ref = refFor(perDay.claim.id);
  // The bar runs to the computed rate; the dashed rule marks the claimed rate. Its own scale.
  // The bar and its label must fit the panel: the label's width comes off the bar's room.
  const rateLabel = `≈ ${perDay.display} t a day`;
  const room = barWidth - textWidth(rateLabel, PANEL.fontSize) - 8;
  const domainMax = Math.max(perDay.rate, perDay.claim.value);
  const scale = (value: number) => round(PANEL.pad + (value / domainMax) * room);
  const barTop = panel.y + 22;
  panel.rules.push({ cls: 'claim-rule', x1: scale(perDay.claim.value), y1: panel.y + 2, x2: scale(perDay.claim.value), y2: barTop + 22 });
  panel.texts.push({ cls: 'rule-label', x: scale(perDay.claim.value) - 4, y: panel.y + 12, anchor: 'end', segments: [{ text: 'one ton a day' }], fontSize: 12 });
  const shape = { cls: 'mark-shape per-day-bar', x: PANEL.pad, y: barTop, width: round(scale(perDay.rate) - PANEL.pad), height: 18 };
  panel.marks.push({ ref, id: perDay.claim.id, ariaLabel: `${formatTonnes(perDay.total.value)} over ${perDay.days} days is about ${perDay.display} t a day: the claim of more than one ton every day ${perDay.holds ? 'holds' : 'does not hold'}`, shape });
  panel.texts.push({
    owner: ref,
    cls: 'value-label derived',
    derived: perDay.expression,
    x: round(scale(perDay.rate) + 5),
    y: barTop + 14,
    anchor: 'start',
    segments: [{ text: rateLabel }],
    fontSize: PANEL.fontSize,
  });
  panel.y = barTop + 18 + 10;
  panel.text([plain(`${formatNumber(perDay.total.value)} t`), plain('÷'), plain(`${perDay.days} days`), plain('≈'), plain(`${perDay.display} t a day`)], 'arithmetic', {
    derived: perDay.expression,
    owner: ref,
  });
  panel.text(words(perDay.holds ? 'More than one ton a day: the claim holds, if “this year” means a full year.' : 'Less than one ton a day: the claim does not hold.'), 'panel-note', {
    owner: ref,
    gapAfter: 2,
  });
  return panel.build();
}

/** A part-to-whole bar: the whole as an outlined frame, the part filled. */
function shareBar(panel: PanelBuilder, figure: FigureInput, cls: string, whole: string) {
  const top = panel.y;
  panel.frames.push({ cls: 'share-whole', x: PANEL.pad, y: top, width: barWidth, height: 16 });
  const part = round((figure.value / 100) * barWidth);
  panel.marks.push({ ref: refFor(figure.id), id: figure.id, ariaLabel: `${formatFigure(figure)} of ${whole}`, shape: { cls: `mark-shape ${cls}`, x: PANEL.pad, y: top, width: part, height: 16 } });
  panel.y += 16 + 4;
}

/** The 65% claim: a share of global seizures, flagged as a claim whose basis the article does not give. */
export function layoutGlobalShare(model: SeizureModel): PanelLayout {
  const figure = model.globalShare;
  const ref = refFor(figure.id);
  const panel = new PanelBuilder('global-share');
  panel.text(titlePhrases('Colombia’s share of cocaine seized worldwide'), 'panel-title', { fontSize: PANEL.titleSize, gapAfter: 8, bold: true });
  panel.text([plain(formatFigure(figure)), ...words('“last year”, says bne IntelliNews')], 'value-label', { owner: ref });
  shareBar(panel, figure, 'share-part claim', 'global cocaine seizures');
  panel.text(words('of all cocaine seized worldwide (the whole bar)'), 'panel-note', { owner: ref, gapAfter: 6 });
  panel.text(words('Unverified claim: the article gives no basis, and no UN figure for the share was found.'), 'claim-flag', { owner: ref, gapAfter: 2, bold: true });
  return panel.build();
}

/** The 85% of intelligence, in both seeds' framings, side by side. */
export function layoutIntelligence(model: SeizureModel): PanelLayout {
  const panel = new PanelBuilder('intelligence');
  panel.text(titlePhrases('Colombia’s share of U.S. counter-drug intelligence: one figure, two framings'), 'panel-title', { fontSize: PANEL.titleSize, gapAfter: 8, bold: true });
  for (const figure of model.intelligence) {
    const ref = refFor(figure.id);
    const keyWest = /Key West/i.test(figure.counts);
    const what = keyWest ? 'of the intelligence gathered at the Key West base' : 'of the intelligence used by U.S. interdiction task forces';
    panel.text([plain(formatFigure(figure)), ...words(what)], 'value-label', { owner: ref, gapAfter: 3 });
    shareBar(panel, figure, 'share-part', keyWest ? 'the intelligence gathered at Key West' : 'the intelligence used by U.S. interdiction task forces');
    const period = /^not stated/i.test(figure.period) ? words('no period given') : [[{ text: figure.period, cls: 'date' as const }]];
    const who = keyWest ? 'Rep. Gregory Meeks, cited to EL PAÍS' : 'Colombian officials, per bne IntelliNews';
    panel.text([...period, ...words(`· ${who}`)], 'panel-note', { owner: ref, gapAfter: 10 });
  }
  return panel.build();
}

/** A count on its own: facilities destroyed. No scale to share, so a tile. */
export function layoutFacilities(model: SeizureModel): PanelLayout {
  const figure = model.facilities;
  const ref = refFor(figure.id);
  const panel = new PanelBuilder('facilities');
  panel.text(titlePhrases('Drug production facilities destroyed'), 'panel-title', { fontSize: PANEL.titleSize, gapAfter: 8, bold: true });
  const top = panel.y;
  panel.y += 8;
  panel.text([plain(formatFigure(figure))], 'big-number', { owner: ref, fontSize: 26, gapAfter: 2, maxWidth: PANEL.width - 24, bold: true });
  panel.text(words('facilities used to produce drugs, per the National Police; period not stated'), 'panel-note', { owner: ref, gapAfter: 8, maxWidth: PANEL.width - 24 });
  panel.marks.push({ ref, id: figure.id, ariaLabel: `${formatFigure(figure)} facilities used to produce drugs destroyed`, shape: { cls: 'mark-shape count-tile', x: 0.5, y: top, width: PANEL.width - 1, height: round(panel.y - top) } });
  panel.y += 2;
  // Texts inside the tile are indented from its edge.
  for (const text of panel.texts) if (text.y > top) text.x += 8;
  return panel.build();
}

/** U.S. assistance: the whole and its agricultural part. */
export function layoutAid(model: SeizureModel): PanelLayout {
  const { aid, aidPart } = model;
  const panel = new PanelBuilder('aid');
  panel.text(titlePhrases('U.S. assistance to Colombia, “this fiscal year”'), 'panel-title', { fontSize: PANEL.titleSize, gapAfter: 8, bold: true });
  panel.text([plain(formatFigure(aid)), ...words('in all')], 'value-label', { owner: refFor(aid.id), gapAfter: 3 });
  const top = panel.y;
  panel.marks.push({ ref: refFor(aid.id), id: aid.id, ariaLabel: `${formatFigure(aid)} of U.S. assistance to Colombia`, shape: { cls: 'mark-shape aid-whole', x: PANEL.pad, y: top, width: barWidth, height: 18 } });
  const part = round((aidPart.value / aid.value) * barWidth);
  panel.marks.push({
    ref: refFor(aidPart.id),
    id: aidPart.id,
    ariaLabel: `of which ${formatFigure(aidPart)} agricultural support`,
    shape: { cls: 'mark-shape aid-part', x: PANEL.pad, y: top, width: part, height: 18 },
  });
  panel.y = top + 18 + 5;
  panel.text([...words('of which'), plain(formatFigure(aidPart)), ...words('agricultural support')], 'value-label', { owner: refFor(aidPart.id), gapAfter: 3 });
  panel.text(words('U.S. State Department data, per CNN; the fiscal year is not named'), 'panel-note', { gapAfter: 2 });
  return panel.build();
}

export const panels = (model: SeizureModel): PanelLayout[] => [layoutPerDay(model), layoutGlobalShare(model), layoutIntelligence(model), layoutFacilities(model), layoutAid(model)];

/** Every text's bounding box as estimated here, for the overlap check in tests. */
export function textBox(text: TextView): Box {
  const width = textWidth(lineText(text.segments), text.fontSize);
  const x = text.anchor === 'start' ? text.x : text.anchor === 'end' ? text.x - width : text.x - width / 2;
  return { x, y: text.y - text.fontSize * 0.8, width, height: text.fontSize };
}

// --- The data table ---------------------------------------------------------------------------------------

export interface TableGroup<T> {
  key: string;
  title: string;
  records: T[];
}

const SEIZURE_GROUPS: { key: string; title: string; scopes: Scope[] }[] = [
  { key: 'annual', title: 'Colombia, annual totals of cocaine (conflicting official figures listed together)', scopes: ['colombia', 'gap'] },
  { key: 'partial', title: 'Colombia, 2025 year to date', scopes: ['colombia-partial'] },
  { key: 'base', title: 'Colombia, coca base and paste (a different product, counted separately)', scopes: ['colombia-base'] },
  { key: 'global', title: 'Worldwide (UNODC): a different scale, not drawn', scopes: ['global'] },
  { key: 'share', title: 'A claimed share of global seizures', scopes: ['share-claim'] },
];

/** Every seizures record, grouped for the table: by scope, then year, then value. */
export function seizureTableGroups<T extends SeizureInput>(seizures: readonly T[]): TableGroup<T>[] {
  const groups = SEIZURE_GROUPS.map(({ key, title, scopes }) => ({
    key,
    title,
    records: seizures
      .filter((record) => scopes.includes(record.scope))
      .sort((a, b) => a.year - b.year || (a.tonnes ?? -1) - (b.tonnes ?? -1) || (a.id < b.id ? -1 : 1)),
  }));
  const listed = new Set(groups.flatMap((group) => group.records.map((record) => record.id)));
  const missing = seizures.filter((record) => !listed.has(record.id));
  if (missing.length > 0) throw new Error(`Figure 2 (seizures): no table group for ${missing.map((record) => record.id).join(', ')}`);
  return groups.filter((group) => group.records.length > 0);
}

/** A seizures record's value for the table: tonnes, the claimed percentage, or the words for a gap. */
export function seizureValue(record: SeizureInput): string {
  if (record.tonnes !== null) return formatTonnes(record.tonnes, seizureQualifier(record));
  if (record.percent !== undefined) return `${formatNumber(record.percent)}%`;
  return 'no figure found';
}

/** What readers must know about a seizures record before comparing it: the flags the chart draws. */
export function seizureFlags(record: SeizureInput, seizures: readonly SeizureInput[]): string[] {
  const flags: string[] = [];
  const others = record.conflict ? seizures.filter((other) => other.conflict === record.conflict && other.id !== record.id) : [];
  if (others.length > 0) flags.push(`Conflicting official figures: also ${others.map(seizureValue).join(' and ')}`);
  if (record.scope === 'colombia' && record.provisional) flags.push('Provisional');
  if (record.scope === 'colombia-partial') flags.push('Year to date');
  if (record.scope === 'colombia-base') flags.push('Not cocaine: never added to the cocaine totals');
  if (record.scope === 'global') flags.push('Worldwide total: not drawn on the chart’s scale');
  if (record.scope === 'share-claim') flags.push('Unverified claim');
  if (record.scope === 'gap') flags.push('A gap, not a zero');
  return flags;
}
