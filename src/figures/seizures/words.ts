/**
 * How Figure 2 puts its words together, once for every edition: which words a mark, a label, a panel, a
 * table row and a detail are made of, in what order, and when each applies. text.ts (English) and
 * text.es.ts (Spanish) hold only the words: a `SeizureLexicon` of strings and of the small templates whose
 * grammar is the language's own, and each exports what `seizureWords` builds from it.
 */
import { plain, words, type Phrase, type Segment } from '../kit/phrases.ts';
import type { FigureUnit, Form, Qualifier, Scope } from '../../schemas/index.ts';
import type { FigureFields, PerDayCheck, SeizureFields, SeizureModel, TonnesDatum } from './model.ts';

export type FigureValue = Pick<FigureFields, 'value' | 'qualifier' | 'unit' | 'asStated' | 'wordsOnly'>;

/** A year whose every figure tops every figure of the years before it (RecordYear in view.ts). */
export interface RecordYearWords {
  year: number;
  tonnes: number;
  provisional: boolean;
}

export interface DetailWords {
  value: string;
  /** What the value is, beside it; none for a gap. */
  scope?: string;
  flags: string[];
  terms: { term: string; description: string }[];
}

/** What the description's sentences are made of, worked out from the model. */
export interface DescriptionFacts {
  years: readonly [number, number];
  conflictYears: string;
  gapYears: string;
  gapCount: number;
  /** The latest year, when its figure is provisional. */
  provisionalYear: number | undefined;
  police: string;
  globalShare: string;
  intelligence: string;
}

type Legend = Record<'unspecified' | 'hydrochloride' | 'provisional' | 'partial' | 'base' | 'conflict' | 'gap' | 'police', string>;
type TableWords = Record<'seizureCaption' | 'figureCaption' | 'noSourceRow' | 'noSourceDetail' | 'copyLink' | 'wordsOnlyFlag' | 'csvWordsOnlyFlag', string>;
/** The tables' column heads: the seizure table's first is the year, the figure table's the figure. */
type Heads = Record<'year' | 'figure' | 'value' | 'what', string>;

/** The words of one edition. */
export interface SeizureLexicon {
  /** The file the words are in, for error messages. */
  file: string;
  title: string;
  /** After the title, in the main panel's accessible name. */
  mainLabel: string;
  dataLabel: string;
  multiplesHead: string;
  /** What the value axis measures. */
  axisTitle: string;
  gapAria: (year: number) => string;
  /** The speaker of the 446 t, credited as CNN credits him. */
  general: string;
  /** The police figure's header, around its date. */
  policeHeader: { before: string; date: string; after: string };
  policeNote: string;
  /** Each panel's accessible name. */
  panelLabels: Record<string, string>;
  /** The legend, in drawing order. */
  legend: Legend;
  table: TableWords;
  heads: Heads;
  /** The titles of the seizure table's groups, by group key (tables.ts). */
  seizureGroupTitles: Record<'annual' | 'partial' | 'base' | 'global' | 'share', string>;
  number: (value: number) => string;
  /** 446 → "446 t". */
  tonnes: (value: number) => string;
  list: (items: readonly string[]) => string;
  qualifiers: Record<Qualifier, string>;
  /** A figure's value in its unit, after its qualifier (tonnes use `tonnes`). */
  units: Record<Exclude<FigureUnit, 'tonnes'>, (value: number) => string>;
  unitNames: Record<FigureUnit, string>;
  formNames: Record<Form, string>;
  scopeNames: Record<Scope, string>;
  attribution: { gap: string; unnamed: string };
  /** "2025-09-16" → "16 Sep": the year is the slot's. */
  dayMonth: (iso: string) => string;
  /** The words before an as-of date, approximate or not. */
  asOf: (approximate: boolean) => string;
  mark: {
    police: (value: string, hydrochloride: boolean) => string;
    what: { base: string; hydrochloride: string; unspecified: string };
    partial: (year: number | null, asOf: string | undefined) => string;
    provisional: string;
    conflicting: (values: string) => string;
  };
  /** The words of the marks' labels; lists are phrases that stay together on a line. */
  datum: { by: string; hydrochloride: string; hydrochlorideComma: string; cocaineComma: string; told: string; provisional: string; yearToDate: string[]; base: string[] };
  /** Before an alternative figure of a conflict: "or 317 t". */
  or: string;
  perDay: {
    title: string;
    ruleLabel: string;
    /** check.display ("1.22") as written. */
    rate: (display: string) => string;
    days: (days: string) => string;
    perDay: (rate: string) => string;
    aria: (total: string, days: string, rate: string, holds: boolean) => string;
    verdict: { holds: string; fails: string };
    /** The detail's check, after "446 t ÷ 365 days ≈ 1.22 t a day". */
    checked: (arithmetic: string, holds: boolean) => string;
  };
  /** "85% of …" */
  of: string;
  globalShare: { title: string; source: string; whole: string; note: string; flag: string; detailFlag: string };
  intelligence: { title: string; noPeriod: string; framings: Record<string, { what: string; whole: string; who: string }> };
  facilities: { title: string; note: string; aria: string };
  aid: { title: string; inAll: string; wholeAria: string; ofWhich: string; agricultural: string; note: string };
  recordYears: { alone: string; provisionally: string; and: string };
  takeaway: { records: (years: string, tonnes: string, provisional: boolean) => string; fallback: string; police: (tonnes: string) => string };
  description: (facts: DescriptionFacts) => string;
  notes: (facts: { police: string; days: string; globals: string }) => string[];
  inYear: (tonnes: string, year: number) => string;
  wordsOnlyNote: (figure: FigureFields) => string;
  gapLabel: string;
  flags: {
    conflicting: (values: string[]) => string;
    provisional: string;
    partial: string;
    base: string;
    global: string;
    share: string;
    gap: string;
  };
  gapMeta: (year: number) => string;
  noFigure: (year: number) => string;
  terms: { unit: string; counted: string; form: string; period: string; who: string; asStated: string; researchNote: string; checked: string; note: string };
}

const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);
const unquoted = (figure: Pick<FigureFields, 'asStated'>) => figure.asStated.replace(/[“”]/g, '');

/** Every function and panel text of Figure 2, in one edition's words. */
export function seizureWords(L: SeizureLexicon) {
  const formatTonnes = (value: number, qualifier: Qualifier = 'exact') => `${L.qualifiers[qualifier]}${L.tonnes(value)}`;

  /** A figure as readers see it: "446 t", "65%", "more than 3,000", "about $210 million", or the source's words. */
  function formatFigure(figure: FigureValue): string {
    if (figure.wordsOnly) return figure.asStated.replace(/[“”"]/g, '');
    if (figure.unit === 'tonnes') return formatTonnes(figure.value, figure.qualifier);
    return `${L.qualifiers[figure.qualifier]}${L.units[figure.unit](figure.value)}`;
  }

  /** Who a seizure figure is attributed to, as far as the record says. */
  const attribution = (record: Pick<SeizureFields, 'countedBy' | 'scope'>): string => (record.scope === 'gap' ? L.attribution.gap : (record.countedBy ?? L.attribution.unnamed));

  /** What a mark stands for, for screen readers once the script makes it a button. */
  function markAria(datum: TonnesDatum): string {
    const value = formatTonnes(datum.tonnes, datum.qualifier);
    const hydrochloride = datum.form === 'hydrochloride';
    if (datum.kind === 'police') return L.mark.police(value, hydrochloride);
    const what = datum.kind === 'base' ? L.mark.what.base : hydrochloride ? L.mark.what.hydrochloride : L.mark.what.unspecified;
    const when = datum.kind === 'partial' ? L.mark.partial(datum.year, datum.asOf ? `${L.asOf(datum.asOf.approximate)}${L.dayMonth(datum.asOf.date)}` : undefined) : String(datum.year);
    const parts = [
      `${when}: ${value} ${what}`,
      datum.provisional && datum.kind === 'annual' ? L.mark.provisional : '',
      datum.conflictsWith.length > 0 ? L.mark.conflicting(datum.conflictsWith.map((other) => formatTonnes(other)).join(', ')) : '',
    ];
    return parts.filter(Boolean).join('; ');
  }

  /** A datum's label: its value first ("700 t by about 16 Sep"), then what it is ("hydrochloride, year to date"). */
  function datumPhrases(datum: TonnesDatum, options: { firstBase?: boolean }): { value: Phrase[]; rest: Phrase[] } {
    const value = [plain(formatTonnes(datum.tonnes, datum.qualifier))];
    const hydrochloride = datum.form === 'hydrochloride';
    const { datum: D } = L;
    switch (datum.kind) {
      case 'partial': {
        const by: Phrase = datum.asOf ? [{ text: `${D.by}${L.asOf(datum.asOf.approximate)}` }, { text: L.dayMonth(datum.asOf.date), cls: 'date' }] : [];
        return { value: by.length > 0 ? [...value, by] : value, rest: [...(hydrochloride ? [plain(D.hydrochlorideComma)] : []), ...D.yearToDate.map(plain)] };
      }
      case 'base':
        return { value, rest: options.firstBase ? D.base.map(plain) : [] };
      case 'police':
        return { value, rest: [plain(hydrochloride ? D.hydrochlorideComma : D.cocaineComma), plain(D.told)] };
      case 'annual':
        return { value, rest: [...(hydrochloride ? [plain(D.hydrochloride)] : []), ...(datum.provisional ? [plain(D.provisional)] : [])] };
    }
  }

  /** The lines that label a cluster of conflicting figures: highest first, the others as alternatives ("or 317 t"). */
  const conflictLines = (cluster: readonly TonnesDatum[]): { owner: string; segments: Segment[] }[] =>
    [...cluster].reverse().map((datum, index) => ({ owner: datum.ref, segments: [{ text: `${index === 0 ? '' : L.or}${formatTonnes(datum.tonnes, datum.qualifier)}` }] }));

  const P = L.perDay;
  const rate = (check: PerDayCheck) => P.perDay(P.rate(check.display));
  const PER_DAY = {
    title: words(P.title),
    ruleLabel: P.ruleLabel,
    rateLabel: (check: PerDayCheck) => `≈ ${rate(check)}`,
    aria: (check: PerDayCheck) => P.aria(formatTonnes(check.total.value), L.number(check.days), P.rate(check.display), check.holds),
    arithmetic: (check: PerDayCheck): Phrase[] => [plain(L.tonnes(check.total.value)), plain('÷'), plain(P.days(L.number(check.days))), plain('≈'), plain(rate(check))],
    verdict: (check: PerDayCheck) => words(check.holds ? P.verdict.holds : P.verdict.fails),
  };

  const G = L.globalShare;
  const GLOBAL_SHARE = {
    title: words(G.title),
    value: (figure: FigureValue): Phrase[] => [plain(formatFigure(figure)), ...words(G.source)],
    whole: G.whole,
    note: words(G.note),
    flag: words(G.flag),
  };

  /** A share bar's accessible name: "85% of the intelligence gathered at Key West". */
  const shareAria = (figure: FigureValue, whole: string) => `${formatFigure(figure)} ${L.of} ${whole}`;

  const INTELLIGENCE = {
    title: words(L.intelligence.title),
    framing(figure: FigureFields) {
      const framing = L.intelligence.framings[figure.id];
      if (!framing) throw new Error(`Figure 2 (seizures): no words in ${L.file} for the intelligence figure "${figure.id}"`);
      return {
        value: [plain(formatFigure(figure)), ...words(framing.what)],
        whole: framing.whole,
        note: [...(figure.periodStated ? [[{ text: figure.period, cls: 'date' as const }]] : words(L.intelligence.noPeriod)), ...words(`· ${framing.who}`)],
      };
    },
  };

  const FACILITIES = {
    title: words(L.facilities.title),
    value: (figure: FigureValue): Phrase[] => [plain(formatFigure(figure))],
    note: words(L.facilities.note),
    aria: (figure: FigureValue) => `${formatFigure(figure)} ${L.facilities.aria}`,
  };

  const A = L.aid;
  const AID = {
    title: words(A.title),
    whole: (aid: FigureValue): Phrase[] => [plain(formatFigure(aid)), ...words(A.inAll)],
    wholeAria: (aid: FigureValue) => `${formatFigure(aid)} ${A.wholeAria}`,
    partAria: (part: FigureValue) => `${A.ofWhich} ${formatFigure(part)} ${A.agricultural}`,
    part: (part: FigureValue): Phrase[] => [...words(A.ofWhich), plain(formatFigure(part)), ...words(A.agricultural)],
    note: words(A.note),
  };

  /** "2023, 2024 and, provisionally, 2025": the record years, the provisional ones marked. */
  function recordYearList(records: readonly RecordYearWords[]): string {
    const { alone, provisionally, and } = L.recordYears;
    if (records.length === 1) return `${records[0]!.year}${records[0]!.provisional ? alone : ''}`;
    const years = records.map((record) => (record.provisional ? `${provisionally}, ${record.year}` : String(record.year)));
    return L.list(years).replace(` ${and} ${provisionally},`, ` ${and}, ${provisionally},`);
  }

  function takeaway(model: SeizureModel, records: readonly RecordYearWords[]): string {
    const latest = records[records.length - 1];
    const clause = latest ? L.takeaway.records(recordYearList(records), formatTonnes(latest.tonnes), latest.provisional) : L.takeaway.fallback;
    return `${clause}. ${L.takeaway.police(formatTonnes(model.police.tonnes))}`;
  }

  function description(model: SeizureModel): string {
    const latest = model.slots[model.slots.length - 1]!;
    const gapYears = model.slots.filter((slot) => slot.gap).map((slot) => String(slot.year));
    return L.description({
      years: model.years,
      conflictYears: L.list(model.slots.filter((slot) => slot.annual.length > 1).map((slot) => String(slot.year))),
      gapYears: L.list(gapYears),
      gapCount: gapYears.length,
      provisionalYear: latest.annual[latest.annual.length - 1]?.provisional ? latest.year : undefined,
      police: formatTonnes(model.police.tonnes),
      globalShare: formatFigure(model.globalShare),
      intelligence: formatFigure(model.intelligence[0]!),
    });
  }

  const notes = (model: SeizureModel): string[] => [
    ...L.notes({
      police: formatTonnes(model.police.tonnes),
      days: L.number(model.perDay.days),
      globals: L.list(model.globals.map((record) => L.inYear(formatTonnes(record.tonnes!), record.year))),
    }),
    ...model.wordsOnly.map(L.wordsOnlyNote),
  ];

  /** A seizures record's value for the table: tonnes, the claimed percentage, or the words for a gap. */
  function seizureValue(record: SeizureFields): string {
    if (record.tonnes !== null) return formatTonnes(record.tonnes, record.qualifier);
    if (record.percent !== undefined) return L.units.percent(record.percent);
    return L.gapLabel;
  }

  /** What readers must know about a seizures record before comparing it: the flags the chart draws. */
  function seizureFlags(record: SeizureFields, seizures: readonly SeizureFields[]): string[] {
    const { flags: F } = L;
    const others = record.conflict ? seizures.filter((other) => other.conflict === record.conflict && other.id !== record.id) : [];
    const scoped: Partial<Record<Scope, string>> = { 'colombia-partial': F.partial, 'colombia-base': F.base, global: F.global, 'share-claim': F.share, gap: F.gap };
    return [
      ...(others.length > 0 ? [F.conflicting(others.map(seizureValue))] : []),
      ...(record.scope === 'colombia' && record.provisional ? [F.provisional] : []),
      ...(scoped[record.scope] ? [scoped[record.scope]!] : []),
    ];
  }

  const T = L.terms;
  /** The line under a seizures record in the table. */
  const seizureMeta = (record: SeizureFields): string =>
    record.scope === 'gap' ? L.gapMeta(record.year) : `${T.form}: ${L.formNames[record.form]}. ${T.period}: ${record.period}. ${T.who}: ${attribution(record)}.`;

  /** The line under a figures record in the table. */
  const figureMeta = (figure: FigureFields): string =>
    `${T.asStated}: “${unquoted(figure)}”. ${T.unit}: ${L.unitNames[figure.unit]}. ${T.period}: ${figure.period}. ${T.who}: ${figure.saidBy}.`;

  /** A seizure mark's detail. */
  function seizureDetail(record: SeizureFields, seizures: readonly SeizureFields[]): DetailWords {
    const gap = record.scope === 'gap';
    return {
      value: gap ? L.noFigure(record.year) : seizureValue(record),
      ...(gap ? {} : { scope: `${L.scopeNames[record.scope]}, ${record.year}` }),
      flags: seizureFlags(record, seizures),
      terms: [
        { term: T.unit, description: record.tonnes === null ? '—' : L.unitNames.tonnes },
        { term: T.counted, description: record.counts },
        ...(gap ? [] : [{ term: T.form, description: L.formNames[record.form] }]),
        { term: T.period, description: record.period },
        { term: T.who, description: attribution(record) },
        ...(record.notes ? [{ term: T.researchNote, description: record.notes }] : []),
      ],
    };
  }

  /** A figures mark's detail; the per-day claim shows its check, the share claim its flag. */
  function figureDetail(figure: FigureFields, model: SeizureModel): DetailWords {
    const { perDay } = model;
    const arithmetic = `${L.tonnes(perDay.total.value)} ÷ ${P.days(L.number(perDay.days))} ≈ ${rate(perDay)}`;
    return {
      value: formatFigure(figure),
      scope: `${lowerFirst(T.asStated)}: “${unquoted(figure)}”`,
      flags: figure.id === model.globalShare.id ? [G.detailFlag] : [],
      terms: [
        { term: T.unit, description: L.unitNames[figure.unit] },
        { term: T.counted, description: figure.counts },
        { term: T.period, description: figure.period },
        { term: T.who, description: figure.saidBy },
        ...(figure.id === perDay.claim.id ? [{ term: T.checked, description: P.checked(arithmetic, perDay.holds) }] : []),
        ...(figure.note ? [{ term: T.note, description: figure.note }] : []),
      ],
    };
  }

  return {
    UNIT_NAMES: L.unitNames,
    FORM_NAMES: L.formNames,
    SCOPE_NAMES: L.scopeNames,
    AXIS_TITLE: L.axisTitle,
    GAP_LABEL: L.gapLabel,
    gapAria: L.gapAria,
    GENERAL: L.general,
    POLICE_HEADER: [...words(L.policeHeader.before), [{ text: L.policeHeader.date, cls: 'date' as const }], ...words(L.policeHeader.after)] as Phrase[],
    POLICE_NOTE: words(L.policeNote),
    PANEL_LABELS: L.panelLabels,
    TITLE: L.title,
    DATA_LABEL: L.dataLabel,
    MAIN_LABEL: `${L.title}: ${L.mainLabel}`,
    MULTIPLES_HEAD: L.multiplesHead,
    LEGEND: L.legend,
    TABLE: { ...L.table, seizureHeaders: [L.heads.year, L.heads.value, L.heads.what], figureHeaders: [L.heads.figure, L.heads.value, L.heads.what] },
    SEIZURE_GROUP_TITLES: L.seizureGroupTitles,
    formatTonnes,
    formatFigure,
    /** The last tick of the value axis carries the unit. */
    tickLabel: (value: number, last: boolean) => (last ? L.tonnes(value) : L.number(value)),
    attribution,
    markAria,
    datumPhrases,
    conflictLines,
    PER_DAY,
    GLOBAL_SHARE,
    shareAria,
    INTELLIGENCE,
    FACILITIES,
    AID,
    takeaway,
    description,
    notes,
    seizureValue,
    seizureFlags,
    seizureMeta,
    figureMeta,
    seizureDetail,
    figureDetail,
  };
}
