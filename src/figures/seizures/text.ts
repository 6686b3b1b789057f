/** Every word the seizure chart prints (English): titles, notes, legend, labels, accessible names, panels,
 * tables and details. The words are here; how they are put together is words.ts, shared with text.es.ts. */

import { formatIsoDate } from '../kit/dates.ts';
import { formatNumber, listJoin } from '../kit/format.ts';
import { seizureWords, type SeizureLexicon } from './words.ts';

export type { DetailWords, RecordYearWords } from './words.ts';

/** The speaker of the 446 t, credited as CNN credits him (it gives neither his post nor whose tally it is). */
const general = 'Brig. Gen. Ricardo Sánchez-Silvestre';

const tonnes = (value: number) => `${formatNumber(value)} t`;

const LEXICON: SeizureLexicon = {
  title: 'Record seizures, counted in different ways',
  mainLabel: 'cocaine seized by year',
  dataLabel: 'All seizure records and the figures shown, with sources',
  multiplesHead: 'The other numbers in the articles, each in its own unit and on its own scale',
  axisTitle: 'Cocaine seized by Colombia, tonnes a year',
  gapAria: (year) => `${year}: no annual figure found (a gap, not a zero)`,
  general,
  policeHeader: { before: 'A general’s figure, given to CNN in', date: 'January 2026', after: 'for “this year”' },
  policeNote: 'Hydrochloride only. CNN does not say whose tally it is or what it covers; the annual totals drawn here are larger, and some include seizures abroad with Colombian involvement.',
  panelLabels: {
    'per-day': 'The per-day claim checked',
    'global-share': 'Colombia’s share of global cocaine seizures, a claim',
    intelligence: 'Colombia’s share of U.S. counter-drug intelligence, two framings',
    facilities: 'Drug production facilities destroyed',
    aid: 'U.S. assistance to Colombia',
  },
  legend: {
    unspecified: 'Cocaine, form not specified',
    hydrochloride: 'Cocaine hydrochloride only',
    provisional: 'Provisional (dashed, hollow)',
    partial: 'Year to date (small, hollow)',
    base: 'Coca base and paste, counted separately',
    conflict: 'Conflicting official figures, all shown',
    gap: 'No figure found (a gap, not a zero)',
    police: 'Figure told to CNN, January 2026',
  },
  table: {
    seizureCaption: 'Colombia’s cocaine seizures as reported: annual totals, 2025 year to date, coca base and paste, worldwide totals and the share claim',
    figureCaption: 'The other figures in the chart, each in its own unit, as the articles give them',
    noSourceRow: 'No source: the research found no figure.',
    noSourceDetail: 'No source: the research found no annual total for this year.',
    copyLink: 'Copy link to this number',
    wordsOnlyFlag: 'No number given: the words are shown, not a value, and the chart leaves it out',
    csvWordsOnlyFlag: 'No number given: words only',
  },
  heads: {
    year: 'Year',
    figure: 'Figure',
    value: 'Value',
    what: 'What is counted, who says so, sources',
  },
  seizureGroupTitles: {
    annual: 'Colombia, annual totals of cocaine (conflicting official figures listed together)',
    partial: 'Colombia, 2025 year to date',
    base: 'Colombia, coca base and paste (a different product, counted separately)',
    global: 'Worldwide (UNODC): a different scale, not drawn',
    share: 'A claimed share of global seizures',
  },
  file: 'text.ts',
  number: formatNumber,
  tonnes,
  list: listJoin,
  qualifiers: { exact: '', 'more-than': 'more than ', 'at-least': 'at least ', about: 'about ', 'up-to': 'up to ' },
  units: {
    'tonnes-per-day': (v) => `${formatNumber(v)} t a day`,
    percent: (v) => `${formatNumber(v)}%`,
    usd: (v) => (v >= 1_000_000 ? `$${formatNumber(v / 1_000_000)} million` : `$${formatNumber(v)}`),
    count: formatNumber,
    people: (v) => `${formatNumber(v)} people`,
    years: (v) => `${formatNumber(v)} years`,
  },
  unitNames: {
    tonnes: 'tonnes (t)',
    'tonnes-per-day': 'tonnes a day',
    percent: 'per cent of a whole',
    count: 'a count',
    usd: 'U.S. dollars',
    people: 'people',
    years: 'years',
  },
  formNames: {
    hydrochloride: 'cocaine hydrochloride only',
    'base-paste': 'coca base and paste only (a different product)',
    unspecified: 'cocaine, form not specified (may include all forms)',
  },
  scopeNames: {
    colombia: 'Colombia, annual total',
    'colombia-partial': 'Colombia, year to date',
    'colombia-base': 'Colombia, coca base and paste',
    global: 'Worldwide (UNODC)',
    'share-claim': 'Claimed share of global seizures',
    gap: 'No figure found',
  },
  attribution: { gap: 'no one: no figure was found', unnamed: 'not named in the passage quoted; see the report linked' },
  dayMonth: (iso) => formatIsoDate(iso, 'short').split(' ').slice(0, 2).join(' '),
  asOf: (approximate) => (approximate ? 'about ' : ''),
  mark: {
    police: (value, hydrochloride) => `${general} told CNN in January 2026, for “this year”: ${value} of ${hydrochloride ? 'cocaine hydrochloride' : 'cocaine'}`,
    what: { base: 'of coca base and paste (counted separately from cocaine)', hydrochloride: 'of cocaine hydrochloride', unspecified: 'of cocaine, form not specified' },
    partial: (year, asOf) => `${year} year to date${asOf ? ` (to ${asOf})` : ''}`,
    provisional: 'provisional',
    conflicting: (values) => `conflicting official figures for the year: ${values}`,
  },
  datum: {
    by: 'by ',
    hydrochloride: 'hydrochloride',
    hydrochlorideComma: 'hydrochloride,',
    cocaineComma: 'cocaine,',
    told: 'told to CNN',
    provisional: 'provisional',
    yearToDate: ['year to date'],
    base: ['coca base', 'and paste'],
  },
  or: 'or ',
  perDay: {
    title: '“More than one ton every day”: checked',
    ruleLabel: 'one ton a day',
    rate: (display) => display,
    days: (days) => `${days} days`,
    perDay: (rate) => `${rate} t a day`,
    aria: (total, days, rate, holds) => `${total} over ${days} days is about ${rate} t a day: the claim of more than one ton every day ${holds ? 'holds' : 'does not hold'}`,
    verdict: { holds: 'More than one ton a day: the claim holds, if “this year” means a full year.', fails: 'Less than one ton a day: the claim does not hold.' },
    checked: (arithmetic, holds) => `${arithmetic}, ${holds ? 'more than one ton a day: the claim holds' : 'less than one ton a day: the claim does not hold'} (if “this year” is a full year).`,
  },
  of: 'of',
  globalShare: {
    title: 'Colombia’s share of cocaine seized worldwide',
    source: '“last year”, says bne IntelliNews',
    whole: 'global cocaine seizures',
    note: 'of all cocaine seized worldwide (the whole bar)',
    flag: 'Unverified claim: the article gives no basis, and no UN figure for the share was found.',
    detailFlag: 'Unverified claim: the article gives no basis',
  },
  intelligence: {
    title: 'Colombia’s share of U.S. counter-drug intelligence: one figure, two framings',
    noPeriod: 'no period given',
    // The two framings of the 85%, by record id: what the share is of, the whole, and who says so.
    framings: {
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
    },
  },
  facilities: {
    title: 'Drug production facilities destroyed',
    note: 'facilities used to produce drugs, per Brig. Gen. Sánchez-Silvestre to CNN; period not stated',
    aria: 'facilities used to produce drugs destroyed',
  },
  aid: {
    title: 'U.S. assistance to Colombia, “this fiscal year”',
    inAll: 'in all',
    wholeAria: 'of U.S. assistance to Colombia',
    ofWhich: 'of which',
    agricultural: 'agricultural support',
    note: 'U.S. State Department data, per CNN; the fiscal year is not named',
  },
  recordYears: {
    alone: ' (provisionally)',
    provisionally: 'provisionally',
    and: 'and',
  },
  takeaway: {
    records: (years, tonnes, provisional) =>
      `Colombia’s reported cocaine seizures set a new high in ${years}, each year’s figures above every earlier year’s, reaching ${tonnes}${provisional ? ' on a provisional count' : ''}`,
    fallback: 'Colombia’s reported cocaine seizures rose and fell, with conflicting official figures',
    police: (tonnes) => `The ${tonnes} of cocaine hydrochloride that ${general} gave CNN for “this year” is lower; CNN does not say what it covers.`,
  },
  description: (f) =>
    `Colombia’s annual cocaine seizures in tonnes, ${f.years[0]} to ${f.years[1]}, one mark per official figure. Conflicting official figures (${f.conflictYears}) are shown side by side in a box; ${f.gapYears} has no figure and is left empty, not drawn as zero${
      f.provisionalYear !== undefined ? `; the ${f.provisionalYear} figure is provisional, with two year-to-date figures marked within the year` : ''
    }. Squares count cocaine hydrochloride only, circles cocaine of unspecified form, and triangles coca base and paste, a different product. On the same scale, the ${f.police} of hydrochloride that ${general} gave CNN in January 2026 for “this year”. Below, each in its own unit: the per-day claim checked, the claimed ${f.globalShare} share of global seizures, the ${f.intelligence} share of U.S. counter-drug intelligence in two framings, facilities destroyed and U.S. assistance. The tables list every figure with its source.`,
  notes: ({ police, days, globals }) => [
    'Each mark is one official figure as reported. Official totals are revised after they are announced and vary between releases; where they disagree for the same year, every figure is shown and none is preferred.',
    `Older totals do not say which forms of cocaine they include; recent Defence Ministry releases count cocaine hydrochloride separately from coca base and paste. Base and paste are shown as their own marks and are never added to the cocaine totals.`,
    `The ${police} that ${general} gave CNN counts cocaine hydrochloride; CNN gives neither his post nor whose tally it is, and does not say what it covers. The annual totals drawn are larger, and some include seizures made abroad with Colombian involvement (for 2023, the Defence Ministry counted seizures “in international territories” in its total). CNN does not say which year “this year” means; said in January 2026, it most plausibly means 2025.`,
    `The per-day check divides the general’s total by the ${days} days of a year; it holds only if “this year” is a full year.`,
    `UNODC counted ${globals} seized worldwide, not adjusted for purity. These are on a different scale and are listed in the table, not drawn; as the ministry’s totals include seizures abroad, a share of one in the other would not compare like with like.`,
  ],
  inYear: (tonnes, year) => `${tonnes} in ${year}`,
  wordsOnlyNote: (figure) => `${figure.saidBy} spoke of ${figure.asStated} of drugs seized for Europe; the words give no number, so the chart leaves them out.`,
  gapLabel: 'no figure found',
  flags: {
    conflicting: (values) => `Conflicting official figures: also ${values.join(' and ')}`,
    provisional: 'Provisional',
    partial: 'Year to date',
    base: 'Not cocaine: never added to the cocaine totals',
    global: 'Worldwide total: not drawn on the chart’s scale',
    share: 'Unverified claim',
    gap: 'A gap, not a zero',
  },
  gapMeta: (year) => `The research found no annual total for ${year}; the chart leaves the year empty.`,
  noFigure: (year) => `${year}: no figure found`,
  terms: {
    unit: 'Unit',
    counted: 'What is counted',
    form: 'Form',
    period: 'Period',
    who: 'Who says so',
    asStated: 'As stated',
    researchNote: 'Research note',
    checked: 'Checked',
    note: 'Note',
  },
};

export const { UNIT_NAMES, FORM_NAMES, SCOPE_NAMES, AXIS_TITLE, GAP_LABEL, gapAria, GENERAL, POLICE_HEADER, POLICE_NOTE, PANEL_LABELS, TITLE, DATA_LABEL, MAIN_LABEL, MULTIPLES_HEAD, LEGEND, TABLE, SEIZURE_GROUP_TITLES, formatTonnes, formatFigure, tickLabel, attribution, markAria, datumPhrases, conflictLines, PER_DAY, GLOBAL_SHARE, shareAria, INTELLIGENCE, FACILITIES, AID, takeaway, description, notes, seizureValue, seizureFlags, seizureMeta, figureMeta, seizureDetail, figureDetail } = seizureWords(LEXICON);
