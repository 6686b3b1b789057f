/**
 * How the strike map (Figure 3) puts its words together, once for every edition: what a mark's accessible
 * name, a totals state, a note, the reconciliation and a strike's detail are made of, and when each part
 * applies. text.ts (English) and text.es.ts (Spanish) hold only the words: a `StrikeLexicon` of strings and
 * of the templates whose grammar is the language's own, and each exports what `strikeWords` builds from it.
 */
import type { Region, SubArea } from '../../schemas/strike.ts';
import type { Totals, StrikeInput } from './model.ts';
import type { FixedLabelKey, PlaceKey } from './places.ts';

export interface MapWords {
  /** Country, sea and area names. */
  labels: Record<FixedLabelKey, string>;
  /** Shorter names for the phone layout. */
  compactLabels: Partial<Record<FixedLabelKey, string>>;
  subAreas: Record<SubArea, string>;
  /** Context places: a name and, in the wide layout, a second muted line. */
  places: Record<PlaceKey, { name: string; note?: string }>;
  scale: (km: number) => string;
  /** Beside the mark of a record of several strikes. */
  count: (strikes: number) => string;
}

/** The sentences the totals panel shows for a state (empty strings are hidden). */
export interface TotalsText {
  from: string;
  strikes: string;
  vessels: string;
  killed: string;
  /** The killed total counting survivors reported presumed dead. */
  withPresumed: string;
  presumedText: string;
  pending: string;
  revised: string;
  low: string;
}

export interface NotesInput {
  topKilled: number;
  deadliest: StrikeInput[];
  /** The publication dates of the low-reliability records. */
  lowReliability: string[];
  revised: Totals['revised'];
  keyWest?: { value: number; period: string } | undefined;
  fordDate?: string | undefined;
  parallels: readonly [number, number];
  variation: { projection: number; mercator: number };
  /** The dates the explainer's story and the strike records run to (src/lib/cutoffs.ts), in words. */
  cutoffs?: { story: string; strikes: string } | undefined;
}

export interface DetailRecord extends StrikeInput {
  dateNote?: string | undefined;
  locationText: string;
  survivors: string;
  announcedBy?: string | undefined;
  notes: string;
}

type Reported = { strikes: number; killed: number };

/** The words of one edition. */
export interface StrikeLexicon {
  /** "13 November 2025". */
  longDate: (iso: string) => string;
  /** "10 Nov 2025". */
  shortDate: (iso: string) => string;
  /** The date of a strike in the totals and the deadliest note: English "10 Nov 2025", Spanish "10 nov.". */
  briefDate: (iso: string) => string;
  number: (value: number) => string;
  regionNames: Record<Region, string>;
  subAreaNames: Record<SubArea, string>;
  /** The map's words; its sub-area names are `subAreaNames`. */
  map: Omit<MapWords, 'subAreas'>;
  strikeName: { one: string; many: string };
  regionNotStated: string;
  dateNotStated: string;
  /** When a record has no strike date: what the mark's name says instead. */
  undated: (known: string | null) => string;
  strikes: (count: string) => string;
  killed: (count: number) => string;
  /** "announced 13 November 2025". */
  announced: (date: string) => string;
  lowReliability: string;
  later: string;
  totals: {
    presumed: (count: number, dates: string[]) => string;
    pendingLead: string;
    revised: (date: string, from: number, to: number) => string;
    low: (count: number) => string;
    lowItem: (published: string) => string;
  };
  totalsWords: { announcedBy: string; strikes: string; vessels: string; killed: string; withPresumed: string };
  control: { label: string; reversal: string; end: string };
  title: string;
  /** After the title, in the map's accessible name. */
  mapLabel: string;
  dataLabel: (records: number, strikes: number) => string;
  takeaway: (date: string, atDate: Totals, later: { strikes: number; pacific: number }) => string;
  description: (date: string, atDate: Totals, counts: { inSubAreas: number; unplaced: number }) => string;
  notes: {
    cutoffs: (cutoffs: { story: string; strikes: string }) => string;
    placement: string;
    sizes: (topKilled: number, deadliest: { name: string; several: boolean; date: string }[]) => string;
    control: (low: string[]) => string;
    totals: (revised: Totals['revised']) => string;
    keyWest: (keyWest: { value: number; period: string }) => string;
    ford: (fordDate: string) => string;
    projection: (parallels: readonly [number, number], variation: { projection: number; mercator: number }) => string;
    basemap: string;
  };
  reconciliation: {
    survivors: (dates: string[]) => string;
    inference: (dates: string[]) => string;
    reported: (reversal: string, reported: Reported, atDate: Totals, difference: string | undefined) => string;
    recorded: (reversal: string, atDate: Totals, withPresumed: number, survivors: string | undefined) => string;
    pending: (pending: Totals['pending'][number]) => string;
  };
  staticCaption: (date: string, atDate: Totals) => { before: string; strong: string; after: string };
  aside: {
    unplacedLabel: string;
    unplacedText: string;
    offMapLabel: string;
    ford: (fordDate: string) => string;
    keyWest: (value: number, period: string) => string;
  };
  /** The legend's words; its region names are `regionNames`. */
  legend: {
    schematicStrong: string;
    schematic: string;
    sizes: (sizes: readonly number[]) => string;
    pending: string;
    low: string;
    countSwatch: string;
    count: string;
    subArea: string;
    place: string;
  };
  table: {
    caption: (start: string, end: string, records: number, strikes: number) => string;
    printOnly: string;
    headers: string[];
    lowTag: string;
    notStated: string;
    publishedOnly: (published: string) => string;
    revised: (to: number) => string;
    sum: string;
  };
  placement: { unplaced: string; subArea: (name: string) => string; region: (name: string) => string };
  notNamed: string;
  detail: {
    notStated: string;
    published: (date: string) => string;
    countedFrom: (date: string) => string;
    revisedTo: (killed: number) => string;
    low: (notes: string) => string;
    terms: Record<'date' | 'announced' | 'location' | 'onMap' | 'boats' | 'inRecord' | 'killed' | 'survivors' | 'announcedBy' | 'reliability', string>;
    copyLink: string;
  };
}

/** Every function and word table of Figure 3, in one edition's words. */
export function strikeWords(L: StrikeLexicon) {
  const { longDate, shortDate, briefDate } = L;
  const n = L.number;
  const region = (strike: Pick<StrikeInput, 'region'>) => (strike.region === 'unspecified' ? L.regionNotStated : L.regionNames[strike.region]);

  /** "Strike 7", or "Strikes 11–13" for a record of several. */
  const strikeName = (strike: Pick<StrikeInput, 'firstNumber' | 'lastNumber'>): string =>
    strike.lastNumber > strike.firstNumber ? `${L.strikeName.many} ${strike.firstNumber}–${strike.lastNumber}` : `${L.strikeName.one} ${strike.firstNumber}`;

  /** One mark's accessible name: when, where, how many, and when it was announced. */
  function markAriaLabel(strike: StrikeInput, known: string | null): string {
    const when = strike.date ? longDate(strike.date) : L.undated(known);
    const count = strike.strikesInRow > 1 ? `${L.strikes(n(strike.strikesInRow))}, ` : '';
    const announced = strike.announcedDate && strike.announcedDate !== strike.date ? ` (${L.announced(longDate(strike.announcedDate))})` : '';
    const reliability = strike.reliability === 'low' ? L.lowReliability : '';
    return `${when}, ${region(strike)}: ${count}${L.killed(strike.killed)}${announced}${reliability}`;
  }

  /** A strike with no stated region, as listed beside the map: its aria-label and its line. */
  const unplacedText = (strike: StrikeInput, known: string): { ariaLabel: string; line: string; later: string } => ({
    ariaLabel: `${strike.date ? longDate(strike.date) : L.dateNotStated}, ${L.regionNotStated}: ${L.killed(strike.killed)} (${L.announced(longDate(known))})`,
    line: `${strike.date ? shortDate(strike.date) : L.dateNotStated}: ${L.killed(strike.killed)}; ${L.announced(shortDate(known))}`,
    later: L.later,
  });

  function totalsText(totals: Totals): TotalsText {
    const { pending, revised, lowReliability } = totals;
    const T = L.totals;
    const pendingItem = (p: Totals['pending'][number]) =>
      `${briefDate(p.date)} (${p.strikes > 1 ? `${L.strikes(n(p.strikes))}, ` : ''}${L.killed(p.killed)}; ${L.announced(briefDate(p.announced))})`;
    return {
      from: totals.date,
      strikes: String(totals.strikes),
      vessels: String(totals.vessels),
      killed: String(totals.killed),
      withPresumed: totals.presumedDead > 0 ? String(totals.killed + totals.presumedDead) : '',
      presumedText: totals.presumedDead > 0 ? T.presumed(totals.presumedDead, totals.presumedDates.map(briefDate)) : '',
      pending: pending.length > 0 ? `${T.pendingLead}: ${pending.map(pendingItem).join('; ')}.` : '',
      revised: revised.map((r) => T.revised(briefDate(r.date), r.from, r.to)).join(' '),
      low: lowReliability.length > 0 ? `${T.low(lowReliability.length)} (${lowReliability.map((l) => T.lowItem(briefDate(l.published))).join('; ')}).` : '',
    };
  }

  const notes = (input: NotesInput): string[] => [
    ...(input.cutoffs ? [L.notes.cutoffs(input.cutoffs)] : []),
    L.notes.placement,
    L.notes.sizes(
      input.topKilled,
      input.deadliest.map((s) => ({ name: strikeName(s).toLowerCase(), several: s.lastNumber > s.firstNumber, date: briefDate(s.date ?? '') })),
    ),
    L.notes.control(input.lowReliability),
    L.notes.totals(input.revised),
    ...(input.keyWest ? [L.notes.keyWest(input.keyWest)] : []),
    ...(input.fordDate ? [L.notes.ford(input.fordDate)] : []),
    L.notes.projection(input.parallels, input.variation),
    L.notes.basemap,
  ];

  /**
   * The reconciliation beside the totals: the figures reported on the day against the records' sums, and
   * what neither includes. `reported` is absent when the figure records are missing. When the difference is
   * a survivor never found, the text ends on the inference, without a full stop, for the record's source.
   */
  function reconciliation(date: string, atDate: Totals, reported: Reported | undefined): string {
    const R = L.reconciliation;
    const reversal = longDate(date);
    const withPresumed = atDate.killed + atDate.presumedDead;
    const days = atDate.presumedDates.map(longDate);
    // That the reported total counts this survivor is the research data's inference, not a source's statement.
    const inferred = reported !== undefined && atDate.presumedDead > 0 && reported.killed === withPresumed;
    return [
      reported
        ? R.reported(reversal, reported, atDate, inferred ? R.survivors(days) : undefined)
        : R.recorded(reversal, atDate, withPresumed, atDate.presumedDead > 0 ? R.survivors(days) : undefined),
      ...atDate.pending.map(R.pending),
      // Ends without a full stop: the component adds the record's source and the stop.
      inferred ? ` ${R.inference(days)}` : '',
    ].join('');
  }

  /** Where the map puts a strike, and why. */
  function placementText(strike: Pick<StrikeInput, 'region' | 'subArea'>): string {
    if (strike.region === 'unspecified') return L.placement.unplaced;
    if (strike.subArea) return L.placement.subArea(L.subAreaNames[strike.subArea].toLowerCase());
    return L.placement.region(L.regionNames[strike.region]);
  }

  /** Who announced a strike, as its cited reports name them. */
  const announcedByText = (strike: { announcedBy?: string | undefined }): string => strike.announcedBy ?? L.notNamed;

  /** The detail panel's rows for one strike, in order; `quote` marks the location, quoted as stated. */
  function detailText(strike: DetailRecord, known: string | null): { title: string; region: string; rows: { term: string; text: string; quote?: boolean }[]; copyLink: string } {
    const D = L.detail;
    const published = strike.date === null ? (strike.publishedDate ?? null) : null;
    const dateText = `${strike.date ? longDate(strike.date) : D.notStated}${published ? D.published(longDate(published)) : strike.dateNote ? ` (${strike.dateNote})` : ''}`;
    const announced = strike.announcedDate ? longDate(strike.announcedDate) : known ? D.countedFrom(longDate(known)) : D.notStated;
    const revised = strike.killedLaterRevised !== null && strike.killedLaterRevised !== strike.killed ? D.revisedTo(strike.killedLaterRevised) : '';
    const row = (term: keyof typeof D.terms, text: string) => ({ term: D.terms[term], text });
    return {
      title: strikeName(strike),
      region: region(strike),
      rows: [
        row('date', dateText),
        row('announced', announced),
        { ...row('location', strike.locationText), quote: true },
        row('onMap', placementText(strike)),
        row('boats', String(strike.vessels)),
        row('inRecord', String(strike.strikesInRow)),
        row('killed', `${strike.killed}${revised}`),
        row('survivors', strike.survivors),
        row('announcedBy', announcedByText(strike)),
        ...(strike.reliability === 'low' ? [row('reliability', D.low(strike.notes))] : []),
      ],
      copyLink: D.copyLink,
    };
  }

  const MAP_WORDS: MapWords = { ...L.map, subAreas: L.subAreaNames };
  return {
    REGION_NAMES: L.regionNames,
    SUB_AREA_NAMES: L.subAreaNames,
    MAP_WORDS,
    strikeName,
    markAriaLabel,
    unplacedText,
    totalsText,
    TOTALS_WORDS: L.totalsWords,
    /** The date control's words; `valueText` (in text.ts) is also what the browser script writes as the day changes. */
    CONTROL_WORDS: { label: L.control.label, reversal: (iso: string) => `${briefDate(iso)}: ${L.control.reversal}`, end: L.control.end },
    TITLE: L.title,
    MAP_LABEL: `${L.title}: ${L.mapLabel}`,
    dataLabel: L.dataLabel,
    takeaway: L.takeaway,
    description: L.description,
    notes,
    reconciliation,
    staticCaption: L.staticCaption,
    ASIDE_WORDS: L.aside,
    LEGEND_WORDS: { ...L.legend, caribbean: L.regionNames.caribbean, pacific: L.regionNames['eastern-pacific'] },
    TABLE_WORDS: L.table,
    placementText,
    announcedByText,
    detailText,
  };
}
