/**
 * Every word the strike map (Figure 3) prints, English edition: titles, takeaway, description, notes, the
 * totals panel, the date control, legend, map labels, aria-labels, the data table and the detail panel.
 * Functions take numbers and records and return strings, so an editor reviews every sentence here and
 * another edition swaps this file.
 */
import type { Region, SubArea } from '../../schemas/strike.ts';
import { formatIsoDate } from '../kit/dates.ts';
import { listJoin, percent, plural } from '../kit/format.ts';
import type { Totals, StrikeInput } from './model.ts';
import type { FixedLabelKey, PlaceKey } from './places.ts';

/** "13 November 2025". */
export const longDate = (iso: string) => formatIsoDate(iso);
/** "10 Nov 2025". */
export const shortDate = (iso: string) => formatIsoDate(iso, 'short');

export const REGION_NAMES: Record<Region, string> = {
  caribbean: 'Caribbean',
  'eastern-pacific': 'Eastern Pacific',
  unspecified: 'Not stated',
};

export const SUB_AREA_NAMES: Record<SubArea, string> = {
  'off-venezuela': 'Off Venezuela',
  'off-colombia': 'Off Colombia',
};

// ---------------------------------------------------------------------------------------------------------
// The map's labels

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

export const MAP_WORDS: MapWords = {
  labels: {
    trinidad: 'Trinidad and Tobago',
    colombia: 'Colombia',
    venezuela: 'Venezuela',
    ecuador: 'Ecuador',
    panama: 'Panama',
    mexico: 'Mexico',
    cuba: 'Cuba',
    'united-states': 'Florida (U.S.)',
    'gulf-of-mexico': 'Gulf of Mexico',
    'caribbean-sea': 'Caribbean Sea',
    'pacific-ocean': 'Pacific Ocean',
    'atlantic-ocean': 'Atlantic Ocean',
    'area-caribbean': 'Strikes in the Caribbean',
    'area-eastern-pacific': 'Strikes in the eastern Pacific',
  },
  compactLabels: {
    'area-caribbean': 'Caribbean strikes',
    'area-eastern-pacific': 'Eastern Pacific strikes',
  },
  subAreas: SUB_AREA_NAMES,
  places: {
    'key-west': { name: 'Key West', note: 'U.S. counter-drug hub' },
    bogota: { name: 'Bogotá' },
    caracas: { name: 'Caracas' },
  },
  scale: (km) => `${km} km`,
  count: (strikes) => `×${strikes}`,
};

// ---------------------------------------------------------------------------------------------------------
// Strikes

/** "Strike 7", or "Strikes 11–13" for a record of several. */
export function strikeName(strike: Pick<StrikeInput, 'firstNumber' | 'lastNumber'>): string {
  return strike.lastNumber > strike.firstNumber ? `Strikes ${strike.firstNumber}–${strike.lastNumber}` : `Strike ${strike.firstNumber}`;
}

/** One mark's accessible name: when, where, how many, and when it was announced. */
export function markAriaLabel(strike: StrikeInput, known: string | null): string {
  const when = strike.date ? longDate(strike.date) : `Date not stated (reported ${longDate(known ?? '')})`;
  const where = strike.region === 'unspecified' ? 'region not stated' : REGION_NAMES[strike.region];
  const count = strike.strikesInRow > 1 ? `${strike.strikesInRow} strikes, ` : '';
  const announced = strike.announcedDate && strike.announcedDate !== strike.date ? ` (announced ${longDate(strike.announcedDate)})` : '';
  const reliability = strike.reliability === 'low' ? '; low reliability' : '';
  return `${when}, ${where}: ${count}${strike.killed} killed${announced}${reliability}`;
}

/** A strike with no stated region, as listed beside the map: its aria-label and its line. */
export function unplacedText(strike: StrikeInput, known: string): { ariaLabel: string; line: string; later: string } {
  return {
    ariaLabel: `${strike.date ? longDate(strike.date) : 'Date not stated'}, region not stated: ${strike.killed} killed (announced ${longDate(known)})`,
    line: `${strike.date ? shortDate(strike.date) : 'Date not stated'}: ${strike.killed} killed; announced ${shortDate(known)}`,
    later: ' (after the date shown)',
  };
}

// ---------------------------------------------------------------------------------------------------------
// The totals panel and the date control

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

export function totalsText(totals: Totals): TotalsText {
  const { pending, revised, lowReliability } = totals;
  return {
    from: totals.date,
    strikes: String(totals.strikes),
    vessels: String(totals.vessels),
    killed: String(totals.killed),
    withPresumed: totals.presumedDead > 0 ? String(totals.killed + totals.presumedDead) : '',
    presumedText:
      totals.presumedDead > 0
        ? `counting ${totals.presumedDead === 1 ? 'the survivor' : `the ${totals.presumedDead} survivors`} of ${listJoin(totals.presumedDates.map(shortDate))} ${totals.presumedDead === 1 ? 'who was' : 'who were'} never found`
        : '',
    pending:
      pending.length > 0
        ? `Already struck but not yet announced: ${pending
            .map((p) => `${shortDate(p.date)} (${p.strikes > 1 ? `${p.strikes} strikes, ` : ''}${p.killed} killed; announced ${shortDate(p.announced)})`)
            .join('; ')}.`
        : '',
    revised: revised.map((r) => `The toll of ${shortDate(r.date)} was later revised from ${r.from} to ${r.to} killed; the totals keep the number announced at the time.`).join(' '),
    low:
      lowReliability.length > 0
        ? `Includes ${plural(lowReliability.length, 'low-reliability report')} (${lowReliability.map((l) => `published ${shortDate(l.published)}, strike date not stated`).join('; ')}).`
        : '',
  };
}

export const TOTALS_WORDS = {
  announcedBy: 'Announced by',
  strikes: 'strikes',
  vessels: 'boats hit',
  killed: 'killed, as announced',
  withPresumed: 'killed,',
};

/** The date control's words; `valueText` is also what the browser script writes as the day changes. */
export const CONTROL_WORDS = {
  label: 'Show what had been announced by',
  reversal: (iso: string) => `${shortDate(iso)}: reversal`,
  end: 'End of data',
};

export const valueText = (date: string, strikes: string | number | undefined, killed: string | number | undefined) =>
  `${date}: ${strikes} ${Number(strikes) === 1 ? 'strike' : 'strikes'}, ${killed} killed`;

// ---------------------------------------------------------------------------------------------------------
// The frame: title, takeaway, description, notes, reconciliation

export const TITLE = 'Two seas, no coordinates: where the strikes were announced';
export const MAP_LABEL = `${TITLE}: map of the Caribbean and the eastern Pacific`;

export const dataLabel = (records: number, strikes: number) => `All ${records} strike records (${strikes} strikes)`;

export function takeaway(date: string, atDate: Totals, later: { strikes: number; pacific: number }): string {
  return (
    `When Colombia reversed course on ${longDate(date)}, the U.S. had announced ${atDate.strikes} strikes that killed ${atDate.killed} people, ` +
    `${atDate.byRegion.caribbean.strikes} in the Caribbean and ${atDate.byRegion['eastern-pacific'].strikes} in the eastern Pacific; ` +
    `${later.pacific} of the ${later.strikes} strikes announced after that were in the Pacific.`
  );
}

export function description(date: string, atDate: Totals, counts: { inSubAreas: number; unplaced: number }): string {
  const reversal = longDate(date);
  return (
    `A map of the Caribbean and the eastern Pacific, from the equator to Florida. The two regions named in U.S. announcements are drawn as shaded areas. ` +
    `Each strike record is a dot in its region's area, its size showing the number of people killed; the dots are packed in date order, not placed where the strikes happened, because no coordinates were published. ` +
    `${counts.inSubAreas} strikes said to be off the coast of Venezuela or off Colombia sit in smaller areas near those coasts, and ${counts.unplaced} records with no stated region are listed beside the map. ` +
    `A date control shows what had been announced by a given day. It starts on ${reversal}: ${atDate.strikes} strikes and ${atDate.killed} people killed as announced, ${atDate.killed + atDate.presumedDead} counting a survivor never found. ` +
    `Key West, Bogotá and Caracas are marked for context. Every record is in the table below.`
  );
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

export function notes(input: NotesInput): string[] {
  const { topKilled, deadliest, lowReliability: low, revised, keyWest, fordDate, parallels, variation, cutoffs } = input;
  return [
    ...(cutoffs ? [`Our strike records run to ${cutoffs.strikes}; the story the explainer tells runs to ${cutoffs.story}.`] : []),
    `Where the dots sit is schematic. No source gives coordinates for any strike: announcements name a sea at most ("international waters in the eastern Pacific"). Each region is drawn as an area of open sea, and its dots are packed inside it in date order, left to right and top to bottom. When a source says "off the coast of Venezuela" or "off Colombia", the dot sits in a smaller area near that coast. The 27 October strikes stay in the wider area because their reported locations conflict: a search area far off Mexico, and "off the coast of Colombia".`,
    `A dot's area is proportional to the number of people killed as announced (the largest, ${topKilled}, is ${deadliest.map((s) => `${strikeName(s).toLowerCase()} on ${shortDate(s.date ?? '')}`).join(' and ')}). A record that covers several strikes is one dot, marked with its count (×3); it counts as that many strikes in the totals.`,
    `The date control counts a strike from the day it was announced, so it shows what was known on that day. A hollow dot had already happened but had not yet been announced.${low.length > 0 ? ` ${low.length === 1 ? 'One record gives' : `${low.length} records give`} no strike date and ${low.length === 1 ? 'rests' : 'rest'} on a very short aggregator page; ${low.length === 1 ? 'it is' : 'they are'} counted from the publication date (${low.map(longDate).join(', ')}) and drawn faded with a dashed outline.` : ''}`,
    `Totals are sums of the records: strikes, boats hit, and people killed as announced at the time. Survivors who were never found are not added; the second killed figure adds those the records report presumed dead, as many trackers do.${revised.length > 0 ? ` ${revised.map((r) => `The toll of ${longDate(r.date)} was later revised from ${r.from} to ${r.to}`).join('; ')}; the totals keep the announced number.` : ''}`,
    ...(keyWest
      ? [`Key West: ${keyWest.value}% of the intelligence gathered at the Key West naval and air base between ${keyWest.period.replace(' – ', ' and ')} came from Colombia, according to a figure from Rep. Gregory Meeks. Key West is where U.S.–Latin American counter-drug cooperation is coordinated.`]
      : []),
    ...(fordDate ? [`The aircraft carrier USS Gerald R. Ford arrived in the Caribbean on ${fordDate}. Its position was not published, so it is not drawn.`] : []),
    `Projection: Lambert conformal conic, with standard parallels at ${parallels[0]}°N and ${parallels[1]}°N. A conformal projection keeps the shapes of coasts and islands true; with both standard parallels inside the map, the scale varies by only ${percent(variation.projection)} from one part of the map to another (Mercator would vary by ${percent(variation.mercator)}), so sizes and distances are nearly true as well.`,
    `Basemap: Natural Earth 1:50m country outlines (public domain), via world-atlas; clipped, simplified and rounded when the site is built. On small screens the map is cropped slightly east and west.`,
  ];
}

/**
 * The reconciliation beside the totals: the figures reported on the day against the records' sums, and
 * what neither includes. `reported` is absent when the figure records are missing. When the difference is
 * a survivor never found, the text ends on the inference, without a full stop, for the record's source.
 */
export function reconciliation(date: string, atDate: Totals, reported: { strikes: number; killed: number } | undefined): string {
  const reversal = longDate(date);
  const withPresumed = atDate.killed + atDate.presumedDead;
  const survivors = `the survivor of the ${atDate.presumedDates.map(longDate).join(' and ')} strikes, never found`;
  // That the reported total counts this survivor is the research data's inference, not a source's statement.
  const inference = `That the reported total counts the ${atDate.presumedDates.map(longDate).join(' and ')} survivor as dead, as many trackers do, is our research data’s inference, resting on that record’s source, which reports one survivor`;
  const inferred = reported !== undefined && atDate.presumedDead > 0 && reported.killed === withPresumed;
  return [
    reported
      ? `Why two numbers: on ${reversal}, the day Colombia reversed course, bne IntelliNews reported ${reported.strikes} strikes and ${reported.killed} deaths, citing Pentagon announcements. The records add up to ${atDate.strikes} strikes and ${atDate.killed} deaths as announced${
          inferred ? `; the difference is probably ${survivors}.` : '.'
        }`
      : `Why two numbers: by ${reversal}, the records add up to ${atDate.killed} deaths as announced${atDate.presumedDead > 0 ? `, ${withPresumed} counting ${survivors}` : ''}.`,
    ...atDate.pending.map((p) => ` The ${longDate(p.date)} strike (${p.killed} killed) is in neither number: it was announced on ${longDate(p.announced)}.`),
    // Ends without a full stop: the component adds the record's source and the stop.
    inferred ? ` ${inference}` : '',
  ].join('');
}

/** The briefing's caption for the static map: before, in and after its bold phrase. */
export function staticCaption(date: string, atDate: Totals): { before: string; strong: string; after: string } {
  return {
    before: `Strikes announced by ${longDate(date)}: ${atDate.strikes} strikes, ${atDate.killed} killed as announced (${atDate.killed + atDate.presumedDead} counting the survivor of 27 October, never found). Each dot is one strike record, its area showing the people killed.`,
    strong: 'Placement within a region is schematic:',
    after: 'no source published coordinates, so dots are packed in date order inside the sea the announcement named.',
  };
}

// ---------------------------------------------------------------------------------------------------------
// Beside the map, and the legend

export const ASIDE_WORDS = {
  unplacedLabel: 'Region not stated',
  unplacedText: 'Not placed on the map: the announcements did not say where these strikes happened.',
  offMapLabel: 'Not on the map',
  ford: (fordDate: string) => `${fordDate}: the aircraft carrier USS Gerald R. Ford arrives in the Caribbean. Its position was not published.`,
  keyWest: (value: number, period: string) =>
    `Key West: ${value}% of the intelligence gathered at its naval and air base (${period}) came from Colombia, according to a figure from Rep. Gregory Meeks.`,
};

export const LEGEND_WORDS = {
  schematicStrong: 'Placement within a region is schematic.',
  schematic:
    'No source published coordinates for any strike. A dot shows the region the announcement named, not where the strike happened; within each shaded area the dots are packed in date order.',
  sizes: (sizes: readonly number[]) => `People killed, as announced: ${sizes.join(', ')} (dot area)`,
  caribbean: REGION_NAMES.caribbean,
  pacific: REGION_NAMES['eastern-pacific'],
  pending: 'Struck, not yet announced',
  low: 'Low reliability, strike date not stated',
  countSwatch: '×3',
  count: 'One record of three strikes',
  subArea: 'Said to be off Venezuela or off Colombia',
  place: 'City (for context)',
};

// ---------------------------------------------------------------------------------------------------------
// The data table

export const TABLE_WORDS = {
  caption: (start: string, end: string, records: number, strikes: number) =>
    `U.S. strikes on alleged drug boats, ${shortDate(start)} to ${shortDate(end)}: one row per record, in date order (${records} records, ${strikes} strikes). No coordinates were published; the location is as stated.`,
  printOnly: "Each row's sources are linked in the online version and listed in the CSV.",
  headers: ['Strike', 'Date', 'Announced', 'Region', 'Location, as stated', 'Boats', 'Strikes', 'Killed', 'Survivors', 'Announced by', 'Sources'],
  lowTag: ' (low reliability)',
  notStated: 'Not stated',
  publishedOnly: (published: string) => `Not stated (published ${shortDate(published)})`,
  revised: (to: number) => ` (later ${to})`,
  sum: 'Sum of all records',
};

// ---------------------------------------------------------------------------------------------------------
// The detail panel

/** Where the map puts a strike, and why. */
export function placementText(strike: Pick<StrikeInput, 'region' | 'subArea'>): string {
  if (strike.region === 'unspecified') return 'Not on the map: no region was stated. Listed beside it.';
  if (strike.subArea) return `In the smaller area “${SUB_AREA_NAMES[strike.subArea].toLowerCase()}”, because the stated location says so; its place there is schematic.`;
  return `Somewhere in the ${REGION_NAMES[strike.region]} area; its place there is schematic, not where the strike happened.`;
}

export interface DetailRecord extends StrikeInput {
  dateNote?: string | undefined;
  locationText: string;
  survivors: string;
  announcedBy?: string | undefined;
  notes: string;
}

/** Who announced a strike, as its cited reports name them. */
export const announcedByText = (strike: { announcedBy?: string | undefined }): string => strike.announcedBy ?? 'Not named in the reports cited';

/** The detail panel's rows for one strike, in order; `quote` marks the location, quoted as stated. */
export function detailText(strike: DetailRecord, known: string | null): { title: string; region: string; rows: { term: string; text: string; quote?: boolean }[]; copyLink: string } {
  const published = strike.date === null ? (strike.publishedDate ?? null) : null;
  const dateText = `${strike.date ? longDate(strike.date) : 'Not stated'}${published ? ` (the report was published on ${longDate(published)})` : strike.dateNote ? ` (${strike.dateNote})` : ''}`;
  const announced = strike.announcedDate ? longDate(strike.announcedDate) : known ? `Not stated; counted from ${longDate(known)}, when the report was published` : 'Not stated';
  const revised = strike.killedLaterRevised !== null && strike.killedLaterRevised !== strike.killed ? `, as announced; later revised to ${strike.killedLaterRevised}` : '';
  return {
    title: strikeName(strike),
    region: strike.region === 'unspecified' ? 'region not stated' : REGION_NAMES[strike.region],
    rows: [
      { term: 'Date', text: dateText },
      { term: 'Announced', text: announced },
      { term: 'Location as stated', text: strike.locationText, quote: true },
      { term: 'On the map', text: placementText(strike) },
      { term: 'Boats hit', text: String(strike.vessels) },
      { term: 'Strikes in this record', text: String(strike.strikesInRow) },
      { term: 'Killed', text: `${strike.killed}${revised}` },
      { term: 'Survivors', text: strike.survivors },
      { term: 'Announced by', text: announcedByText(strike) },
      ...(strike.reliability === 'low' ? [{ term: 'Reliability', text: `Low: ${strike.notes}` }] : []),
    ],
    copyLink: 'Copy link to this strike',
  };
}
