/** Every word the seizure chart prints (English): titles, notes, legend, labels, accessible names, panels,
 * tables and details, as functions of the model, so an editor reviews every sentence here. */

import { formatIsoDate } from '../kit/dates.ts';
import { formatNumber, listJoin } from '../kit/format.ts';
import { plain, words, type Phrase, type Segment } from '../kit/phrases.ts';
import type { FigureUnit, Form, Qualifier, Scope } from '../../schemas/index.ts';
import type { FigureFields, PerDayCheck, SeizureFields, SeizureModel, TonnesDatum } from './model.ts';

// --- Numbers ---------------------------------------------------------------------------------------------

const QUALIFIER_WORDS: Record<Qualifier, string> = {
  exact: '',
  'more-than': 'more than ',
  'at-least': 'at least ',
  about: 'about ',
  'up-to': 'up to ',
};

export const formatTonnes = (tonnes: number, qualifier: Qualifier = 'exact') => `${QUALIFIER_WORDS[qualifier]}${formatNumber(tonnes)} t`;

type FigureValue = Pick<FigureFields, 'value' | 'qualifier' | 'unit' | 'asStated' | 'wordsOnly'>;

/** A figure as readers see it: "446 t", "65%", "more than 3,000", "about $210 million", or the source's words. */
export function formatFigure(figure: FigureValue): string {
  if (figure.wordsOnly) return figure.asStated.replace(/[“”"]/g, '');
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

/** The last tick of the value axis carries the unit. */
export const tickLabel = (value: number, last: boolean) => (last ? `${formatNumber(value)} t` : formatNumber(value));

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

/** Who a seizure figure is attributed to, as far as the record says. */
export const attribution = (record: Pick<SeizureFields, 'countedBy' | 'scope'>): string =>
  record.scope === 'gap' ? 'no one: no figure was found' : (record.countedBy ?? 'not named in the passage quoted; see the report linked');

/** "2025-09-16" → "16 Sep": the year is the slot's. */
const dayMonth = (iso: string) => formatIsoDate(iso, 'short').split(' ').slice(0, 2).join(' ');
const asOfWords = (asOf: NonNullable<TonnesDatum['asOf']>) => `${asOf.approximate ? 'about ' : ''}${dayMonth(asOf.date)}`;

// --- The main panel ---------------------------------------------------------------------------------------

/** What a mark stands for, for screen readers once the script makes it a button. */
export function markAria(datum: TonnesDatum): string {
  const value = formatTonnes(datum.tonnes, datum.qualifier);
  if (datum.kind === 'police') return `${GENERAL} told CNN in January 2026, for “this year”: ${value} of ${datum.form === 'hydrochloride' ? 'cocaine hydrochloride' : 'cocaine'}`;
  const what =
    datum.kind === 'base' ? 'of coca base and paste (counted separately from cocaine)' : datum.form === 'hydrochloride' ? 'of cocaine hydrochloride' : 'of cocaine, form not specified';
  const when = datum.kind === 'partial' ? `${datum.year} year to date${datum.asOf ? ` (to ${asOfWords(datum.asOf)})` : ''}` : String(datum.year);
  const parts = [
    `${when}: ${value} ${what}`,
    datum.provisional && datum.kind === 'annual' ? 'provisional' : '',
    datum.conflictsWith.length > 0 ? `conflicting official figures for the year: ${datum.conflictsWith.map((other) => formatTonnes(other)).join(', ')}` : '',
  ];
  return parts.filter(Boolean).join('; ');
}

/** A datum's label: its value first ("700 t by about 16 Sep"), then what it is ("hydrochloride, year to date"). */
export function datumPhrases(datum: TonnesDatum, options: { firstBase?: boolean }): { value: Phrase[]; rest: Phrase[] } {
  const value = [plain(formatTonnes(datum.tonnes, datum.qualifier))];
  switch (datum.kind) {
    case 'partial': {
      const by: Phrase = datum.asOf ? [{ text: `by ${datum.asOf.approximate ? 'about ' : ''}` }, { text: dayMonth(datum.asOf.date), cls: 'date' }] : [];
      return {
        value: by.length > 0 ? [...value, by] : value,
        rest: [...(datum.form === 'hydrochloride' ? [plain('hydrochloride,')] : []), plain('year to date')],
      };
    }
    case 'base':
      return { value, rest: options.firstBase ? [plain('coca base'), plain('and paste')] : [] };
    case 'police':
      return { value, rest: [plain(datum.form === 'hydrochloride' ? 'hydrochloride,' : 'cocaine,'), plain('told to CNN')] };
    case 'annual':
      return { value, rest: [...(datum.form === 'hydrochloride' ? [plain('hydrochloride')] : []), ...(datum.provisional ? [plain('provisional')] : [])] };
  }
}

/** The lines that label a cluster of conflicting figures: highest first, the others as alternatives ("or 317 t"). */
export function conflictLines(cluster: readonly TonnesDatum[]): { owner: string; segments: Segment[] }[] {
  return [...cluster].reverse().map((datum, index) => ({
    owner: datum.ref,
    segments: [{ text: `${index === 0 ? '' : 'or '}${formatTonnes(datum.tonnes, datum.qualifier)}` }],
  }));
}

/** What the value axis measures. */
export const AXIS_TITLE = 'Cocaine seized by Colombia, tonnes a year';
export const GAP_LABEL = 'no figure found';
export const gapAria = (year: number) => `${year}: no annual figure found (a gap, not a zero)`;

/** The speaker of the 446 t, credited as CNN credits him (it gives neither his post nor whose tally it is). */
export const GENERAL = 'Brig. Gen. Ricardo Sánchez-Silvestre';

export const POLICE_HEADER: Phrase[] = [
  plain('A'),
  plain('general’s'),
  plain('figure,'),
  plain('given'),
  plain('to'),
  plain('CNN'),
  plain('in'),
  [{ text: 'January 2026', cls: 'date' }],
  plain('for'),
  plain('“this'),
  plain('year”'),
];
export const POLICE_NOTE = words(
  'Hydrochloride only. CNN does not say whose tally it is or what it covers; the annual totals drawn here are larger, and some include seizures abroad with Colombian involvement.',
);

// --- The small panels ---------------------------------------------------------------------------------------

/** Each panel's accessible name. */
export const PANEL_LABELS: Record<string, string> = {
  'per-day': 'The per-day claim checked',
  'global-share': 'Colombia’s share of global cocaine seizures, a claim',
  intelligence: 'Colombia’s share of U.S. counter-drug intelligence, two framings',
  facilities: 'Drug production facilities destroyed',
  aid: 'U.S. assistance to Colombia',
};

export const PER_DAY = {
  title: words('“More than one ton every day”: checked'),
  ruleLabel: 'one ton a day',
  rateLabel: (check: PerDayCheck) => `≈ ${check.display} t a day`,
  aria: (check: PerDayCheck) =>
    `${formatTonnes(check.total.value)} over ${check.days} days is about ${check.display} t a day: the claim of more than one ton every day ${check.holds ? 'holds' : 'does not hold'}`,
  arithmetic: (check: PerDayCheck): Phrase[] => [plain(`${formatNumber(check.total.value)} t`), plain('÷'), plain(`${check.days} days`), plain('≈'), plain(`${check.display} t a day`)],
  verdict: (check: PerDayCheck) =>
    words(check.holds ? 'More than one ton a day: the claim holds, if “this year” means a full year.' : 'Less than one ton a day: the claim does not hold.'),
};

export const GLOBAL_SHARE = {
  title: words('Colombia’s share of cocaine seized worldwide'),
  value: (figure: FigureValue): Phrase[] => [plain(formatFigure(figure)), ...words('“last year”, says bne IntelliNews')],
  whole: 'global cocaine seizures',
  note: words('of all cocaine seized worldwide (the whole bar)'),
  flag: words('Unverified claim: the article gives no basis, and no UN figure for the share was found.'),
};

/** A share bar's accessible name: "85% of the intelligence gathered at Key West". */
export const shareAria = (figure: FigureValue, whole: string) => `${formatFigure(figure)} of ${whole}`;

/** The two framings of the 85%, by record id: what the share is of, the whole, and who says so. */
const FRAMINGS: Record<string, { what: string; whole: string; who: string }> = {
  'intelligence-share-key-west-85pct': {
    what: 'of the intelligence gathered at the Key West base',
    whole: 'the intelligence gathered at Key West',
    who: 'Rep. Gregory Meeks, cited to EL PAÍS',
  },
  'intelligence-share-task-forces-85pct': {
    what: 'of the intelligence used by U.S. interdiction task forces',
    whole: 'the intelligence used by U.S. interdiction task forces',
    who: 'Colombian officials, per bne IntelliNews',
  },
};

export const INTELLIGENCE = {
  title: words('Colombia’s share of U.S. counter-drug intelligence: one figure, two framings'),
  framing(figure: FigureFields) {
    const framing = FRAMINGS[figure.id];
    if (!framing) throw new Error(`Figure 2 (seizures): no words in text.ts for the intelligence figure "${figure.id}"`);
    return {
      value: [plain(formatFigure(figure)), ...words(framing.what)],
      whole: framing.whole,
      note: [...(figure.periodStated ? [[{ text: figure.period, cls: 'date' as const }]] : words('no period given')), ...words(`· ${framing.who}`)],
    };
  },
};

export const FACILITIES = {
  title: words('Drug production facilities destroyed'),
  value: (figure: FigureValue): Phrase[] => [plain(formatFigure(figure))],
  note: words('facilities used to produce drugs, per Brig. Gen. Sánchez-Silvestre to CNN; period not stated'),
  aria: (figure: FigureValue) => `${formatFigure(figure)} facilities used to produce drugs destroyed`,
};

export const AID = {
  title: words('U.S. assistance to Colombia, “this fiscal year”'),
  whole: (aid: FigureValue): Phrase[] => [plain(formatFigure(aid)), ...words('in all')],
  wholeAria: (aid: FigureValue) => `${formatFigure(aid)} of U.S. assistance to Colombia`,
  partAria: (part: FigureValue) => `of which ${formatFigure(part)} agricultural support`,
  part: (part: FigureValue): Phrase[] => [...words('of which'), plain(formatFigure(part)), ...words('agricultural support')],
  note: words('U.S. State Department data, per CNN; the fiscal year is not named'),
};

// --- The figure -------------------------------------------------------------------------------------------

export const TITLE = 'Record seizures, counted in different ways';
export const DATA_LABEL = 'All seizure records and the figures shown, with sources';
export const MAIN_LABEL = `${TITLE}: cocaine seized by year`;
export const MULTIPLES_HEAD = 'The other numbers in the articles, each in its own unit and on its own scale';

const list = (items: readonly (string | number)[]) => listJoin(items.map(String));

/** A year whose every figure tops every figure of the years before it (RecordYear in view.ts). */
export interface RecordYearWords {
  year: number;
  tonnes: number;
  provisional: boolean;
}

/** "2023, 2024 and, provisionally, 2025": the record years, the provisional ones marked. */
function recordYearList(records: readonly RecordYearWords[]): string {
  if (records.length === 1) return `${records[0]!.year}${records[0]!.provisional ? ' (provisionally)' : ''}`;
  return listJoin(records.map((record) => (record.provisional ? `provisionally, ${record.year}` : String(record.year)))).replace(/ and provisionally,/, ' and, provisionally,');
}

export function takeaway(model: SeizureModel, records: readonly RecordYearWords[]): string {
  const latest = records[records.length - 1];
  const recordsClause = latest
    ? `Colombia’s reported cocaine seizures set a new high in ${recordYearList(records)}, each year’s figures above every earlier year’s, reaching ${formatTonnes(latest.tonnes)}${latest.provisional ? ' on a provisional count' : ''}`
    : 'Colombia’s reported cocaine seizures rose and fell, with conflicting official figures';
  return `${recordsClause}. The ${formatTonnes(model.police.tonnes)} of cocaine hydrochloride that ${GENERAL} gave CNN for “this year” is lower; CNN does not say what it covers.`;
}

export function description(model: SeizureModel): string {
  const { police, years } = model;
  const latest = model.slots[model.slots.length - 1]!;
  const latestAnnual = latest.annual[latest.annual.length - 1];
  const gapYears = model.slots.filter((slot) => slot.gap).map((slot) => slot.year);
  const conflictYears = model.slots.filter((slot) => slot.annual.length > 1).map((slot) => slot.year);
  return `Colombia’s annual cocaine seizures in tonnes, ${years[0]} to ${years[1]}, one mark per official figure. Conflicting official figures (${list(
    conflictYears,
  )}) are shown side by side in a box; ${list(gapYears)} has no figure and is left empty, not drawn as zero${
    latestAnnual?.provisional ? `; the ${latest.year} figure is provisional, with two year-to-date figures marked within the year` : ''
  }. Squares count cocaine hydrochloride only, circles cocaine of unspecified form, and triangles coca base and paste, a different product. On the same scale, the ${formatTonnes(
    police.tonnes,
  )} of hydrochloride that ${GENERAL} gave CNN in January 2026 for “this year”. Below, each in its own unit: the per-day claim checked, the claimed ${formatFigure(model.globalShare)} share of global seizures, the ${formatFigure(
    model.intelligence[0]!,
  )} share of U.S. counter-drug intelligence in two framings, facilities destroyed and U.S. assistance. The tables list every figure with its source.`;
}

export function notes(model: SeizureModel): string[] {
  const globalText = list(model.globals.map((record) => `${formatTonnes(record.tonnes!)} in ${record.year}`));
  return [
    'Each mark is one official figure as reported. Official totals are revised after they are announced and vary between releases; where they disagree for the same year, every figure is shown and none is preferred.',
    `Older totals do not say which forms of cocaine they include; recent Defence Ministry releases count cocaine hydrochloride separately from coca base and paste. Base and paste are shown as their own marks and are never added to the cocaine totals.`,
    `The ${formatTonnes(model.police.tonnes)} that ${GENERAL} gave CNN counts cocaine hydrochloride; CNN gives neither his post nor whose tally it is, and does not say what it covers. The annual totals drawn are larger, and some include seizures made abroad with Colombian involvement (for 2023, the Defence Ministry counted seizures “in international territories” in its total). CNN does not say which year “this year” means; said in January 2026, it most plausibly means 2025.`,
    `The per-day check divides the general’s total by the ${model.perDay.days} days of a year; it holds only if “this year” is a full year.`,
    `UNODC counted ${globalText} seized worldwide, not adjusted for purity. These are on a different scale and are listed in the table, not drawn; as the ministry’s totals include seizures abroad, a share of one in the other would not compare like with like.`,
    ...model.wordsOnly.map((figure) => `${figure.saidBy} spoke of ${figure.asStated} of drugs seized for Europe; the words give no number, so the chart leaves them out.`),
  ];
}

/** The legend, in drawing order. */
export const LEGEND = {
  unspecified: 'Cocaine, form not specified',
  hydrochloride: 'Cocaine hydrochloride only',
  provisional: 'Provisional (dashed, hollow)',
  partial: 'Year to date (small, hollow)',
  base: 'Coca base and paste, counted separately',
  conflict: 'Conflicting official figures, all shown',
  gap: 'No figure found (a gap, not a zero)',
  police: 'Figure told to CNN, January 2026',
};

// --- The tables and the detail panel ------------------------------------------------------------------------

export const TABLE = {
  seizureCaption: 'Colombia’s cocaine seizures as reported: annual totals, 2025 year to date, coca base and paste, worldwide totals and the share claim',
  seizureHeaders: ['Year', 'Value', 'What is counted, who says so, sources'],
  figureCaption: 'The other figures in the chart, each in its own unit, as the articles give them',
  figureHeaders: ['Figure', 'Value', 'What is counted, who says so, sources'],
  noSourceRow: 'No source: the research found no figure.',
  noSourceDetail: 'No source: the research found no annual total for this year.',
  copyLink: 'Copy link to this number',
  wordsOnlyFlag: 'No number given: the words are shown, not a value, and the chart leaves it out',
  csvWordsOnlyFlag: 'No number given: words only',
};

/** The titles of the seizure table's groups, by group key (tables.ts). */
export const SEIZURE_GROUP_TITLES = {
  annual: 'Colombia, annual totals of cocaine (conflicting official figures listed together)',
  partial: 'Colombia, 2025 year to date',
  base: 'Colombia, coca base and paste (a different product, counted separately)',
  global: 'Worldwide (UNODC): a different scale, not drawn',
  share: 'A claimed share of global seizures',
} as const;

/** A seizures record's value for the table: tonnes, the claimed percentage, or the words for a gap. */
export function seizureValue(record: SeizureFields): string {
  if (record.tonnes !== null) return formatTonnes(record.tonnes, record.qualifier);
  if (record.percent !== undefined) return `${formatNumber(record.percent)}%`;
  return GAP_LABEL;
}

/** What readers must know about a seizures record before comparing it: the flags the chart draws. */
export function seizureFlags(record: SeizureFields, seizures: readonly SeizureFields[]): string[] {
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

/** The line under a seizures record in the table. */
export const seizureMeta = (record: SeizureFields): string =>
  record.scope === 'gap'
    ? `The research found no annual total for ${record.year}; the chart leaves the year empty.`
    : `Form: ${FORM_NAMES[record.form]}. Period: ${record.period}. Who says so: ${attribution(record)}.`;

const asStatedWords = (figure: FigureFields) => figure.asStated.replace(/[“”]/g, '');
/** The line under a figures record in the table. */
export const figureMeta = (figure: FigureFields): string =>
  `As stated: “${asStatedWords(figure)}”. Unit: ${UNIT_NAMES[figure.unit]}. Period: ${figure.period}. Who says so: ${figure.saidBy}.`;

export interface DetailWords {
  value: string;
  /** What the value is, beside it; none for a gap. */
  scope?: string;
  flags: string[];
  terms: { term: string; description: string }[];
}

/** A seizure mark's detail. */
export function seizureDetail(record: SeizureFields, seizures: readonly SeizureFields[]): DetailWords {
  const gap = record.scope === 'gap';
  return {
    value: gap ? `${record.year}: no figure found` : seizureValue(record),
    ...(gap ? {} : { scope: `${SCOPE_NAMES[record.scope]}, ${record.year}` }),
    flags: seizureFlags(record, seizures),
    terms: [
      { term: 'Unit', description: record.tonnes === null ? '—' : UNIT_NAMES.tonnes },
      { term: 'What is counted', description: record.counts },
      ...(gap ? [] : [{ term: 'Form', description: FORM_NAMES[record.form] }]),
      { term: 'Period', description: record.period },
      { term: 'Who says so', description: attribution(record) },
      ...(record.notes ? [{ term: 'Research note', description: record.notes }] : []),
    ],
  };
}

/** A figures mark's detail; the per-day claim shows its check, the share claim its flag. */
export function figureDetail(figure: FigureFields, model: SeizureModel): DetailWords {
  const { perDay } = model;
  const checked = `${formatNumber(perDay.total.value)} t ÷ ${perDay.days} days ≈ ${perDay.display} t a day, ${
    perDay.holds ? 'more than one ton a day: the claim holds' : 'less than one ton a day: the claim does not hold'
  } (if “this year” is a full year).`;
  return {
    value: formatFigure(figure),
    scope: `as stated: “${asStatedWords(figure)}”`,
    flags: figure.id === model.globalShare.id ? ['Unverified claim: the article gives no basis'] : [],
    terms: [
      { term: 'Unit', description: UNIT_NAMES[figure.unit] },
      { term: 'What is counted', description: figure.counts },
      { term: 'Period', description: figure.period },
      { term: 'Who says so', description: figure.saidBy },
      ...(figure.id === perDay.claim.id ? [{ term: 'Checked', description: checked }] : []),
      ...(figure.note ? [{ term: 'Note', description: figure.note }] : []),
    ],
  };
}
