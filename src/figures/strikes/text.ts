/**
 * Every word the strike map (Figure 3) prints, English edition: titles, takeaway, description, notes, the
 * totals panel, the date control, legend, map labels, aria-labels, the data table and the detail panel.
 * The words are here, as strings and as templates of numbers and records; how they are put together is
 * words.ts, shared with text.es.ts, so an editor reviews every sentence here and another edition swaps this file.
 */
import { formatIsoDate } from '../kit/dates.ts';
import { listJoin, percent, plural } from '../kit/format.ts';
import { strikeWords, type StrikeLexicon } from './words.ts';

export type { DetailRecord, MapWords, NotesInput, TotalsText } from './words.ts';

/** "13 November 2025". */
export const longDate = (iso: string) => formatIsoDate(iso);
/** "10 Nov 2025". */
export const shortDate = (iso: string) => formatIsoDate(iso, 'short');

/** What the browser script writes as the day changes (client.ts imports it alone). */
export const valueText = (date: string, strikes: string | number | undefined, killed: string | number | undefined) =>
  `${date}: ${strikes} ${Number(strikes) === 1 ? 'strike' : 'strikes'}, ${killed} killed`;

const LEXICON: StrikeLexicon = {
  longDate,
  shortDate,
  briefDate: shortDate,
  number: String,
  regionNames: {
    caribbean: 'Caribbean',
    'eastern-pacific': 'Eastern Pacific',
    unspecified: 'Not stated',
  },
  subAreaNames: {
    'off-venezuela': 'Off Venezuela',
    'off-colombia': 'Off Colombia',
  },
  map: {
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
    places: {
      'key-west': {
        name: 'Key West',
        note: 'U.S. counter-drug hub',
      },
      bogota: {
        name: 'Bogotá',
      },
      caracas: {
        name: 'Caracas',
      },
    },
    scale: (km) => `${km} km`,
    count: (strikes) => `×${strikes}`,
  },
  strikeName: { one: 'Strike', many: 'Strikes' },
  regionNotStated: 'region not stated',
  dateNotStated: 'Date not stated',
  undated: (known) => `Date not stated (reported ${longDate(known ?? '')})`,
  strikes: (count) => `${count} ${Number(count) === 1 ? 'strike' : 'strikes'}`,
  killed: (count) => `${count} killed`,
  announced: (date) => `announced ${date}`,
  lowReliability: '; low reliability',
  later: ' (after the date shown)',
  totals: {
    presumed: (count, dates) =>
      `counting ${count === 1 ? 'the survivor' : `the ${count} survivors`} of ${listJoin(dates)} ${count === 1 ? 'who was' : 'who were'} never found`,
    pendingLead: 'Already struck but not yet announced',
    revised: (date, from, to) => `The toll of ${date} was later revised from ${from} to ${to} killed; the totals keep the number announced at the time.`,
    low: (count) => `Includes ${plural(count, 'low-reliability report')}`,
    lowItem: (published) => `published ${published}, strike date not stated`,
  },
  totalsWords: {
    announcedBy: 'Announced by',
    strikes: 'strikes',
    vessels: 'boats hit',
    killed: 'killed, as announced',
    withPresumed: 'killed,',
  },
  control: { label: 'Show what had been announced by', reversal: 'reversal', end: 'End of data' },
  title: 'Two seas, no coordinates: where the strikes were announced',
  mapLabel: 'map of the Caribbean and the eastern Pacific',
  dataLabel: (records, strikes) => `All ${records} strike records (${strikes} strikes)`,
  takeaway: (date, atDate, later) =>
    `When Colombia reversed course on ${longDate(date)}, the U.S. had announced ${atDate.strikes} strikes that killed ${atDate.killed} people, ` +
    `${atDate.byRegion.caribbean.strikes} in the Caribbean and ${atDate.byRegion['eastern-pacific'].strikes} in the eastern Pacific; ` +
    `${later.pacific} of the ${later.strikes} strikes announced after that were in the Pacific.`,
  description: (date, atDate, counts) =>
    `A map of the Caribbean and the eastern Pacific, from the equator to Florida. The two regions named in U.S. announcements are drawn as shaded areas. ` +
    `Each strike record is a dot in its region's area, its size showing the number of people killed; the dots are packed in date order, not placed where the strikes happened, because no coordinates were published. ` +
    `${counts.inSubAreas} strikes said to be off the coast of Venezuela or off Colombia sit in smaller areas near those coasts, and ${counts.unplaced} records with no stated region are listed beside the map. ` +
    `A date control shows what had been announced by a given day. It starts on ${longDate(date)}: ${atDate.strikes} strikes and ${atDate.killed} people killed as announced, ${atDate.killed + atDate.presumedDead} counting a survivor never found. ` +
    `Key West, Bogotá and Caracas are marked for context. Every record is in the table below.`,
  notes: {
    cutoffs: (cutoffs) => `Our strike records run to ${cutoffs.strikes}; the story the explainer tells runs to ${cutoffs.story}.`,
    placement: `Where the dots sit is schematic. No source gives coordinates for any strike: announcements name a sea at most ("international waters in the eastern Pacific"). Each region is drawn as an area of open sea, and its dots are packed inside it in date order, left to right and top to bottom. When a source says "off the coast of Venezuela" or "off Colombia", the dot sits in a smaller area near that coast. The 27 October strikes stay in the wider area because their reported locations conflict: a search area far off Mexico, and "off the coast of Colombia".`,
    sizes: (topKilled, deadliest) =>
      `A dot's area is proportional to the number of people killed as announced (the largest, ${topKilled}, is ${deadliest.map((s) => `${s.name} on ${s.date}`).join(' and ')}). A record that covers several strikes is one dot, marked with its count (×3); it counts as that many strikes in the totals.`,
    control: (low) =>
      `The date control counts a strike from the day it was announced, so it shows what was known on that day. A hollow dot had already happened but had not yet been announced.${low.length > 0 ? ` ${low.length === 1 ? 'One record gives' : `${low.length} records give`} no strike date and ${low.length === 1 ? 'rests' : 'rest'} on a very short aggregator page; ${low.length === 1 ? 'it is' : 'they are'} counted from the publication date (${low.map(longDate).join(', ')}) and drawn faded with a dashed outline.` : ''}`,
    totals: (revised) =>
      `Totals are sums of the records: strikes, boats hit, and people killed as announced at the time. Survivors who were never found are not added; the second killed figure adds those the records report presumed dead, as many trackers do.${revised.length > 0 ? ` ${revised.map((r) => `The toll of ${longDate(r.date)} was later revised from ${r.from} to ${r.to}`).join('; ')}; the totals keep the announced number.` : ''}`,
    keyWest: (keyWest) =>
      `Key West: ${keyWest.value}% of the intelligence gathered at the Key West naval and air base between ${keyWest.period.replace(' – ', ' and ')} came from Colombia, according to a figure from Rep. Gregory Meeks. Key West is where U.S.–Latin American counter-drug cooperation is coordinated.`,
    ford: (fordDate) => `The aircraft carrier USS Gerald R. Ford arrived in the Caribbean on ${fordDate}. Its position was not published, so it is not drawn.`,
    projection: (parallels, variation) =>
      `Projection: Lambert conformal conic, with standard parallels at ${parallels[0]}°N and ${parallels[1]}°N. A conformal projection keeps the shapes of coasts and islands true; with both standard parallels inside the map, the scale varies by only ${percent(variation.projection)} from one part of the map to another (Mercator would vary by ${percent(variation.mercator)}), so sizes and distances are nearly true as well.`,
    basemap: `Basemap: Natural Earth 1:50m country outlines (public domain), via world-atlas; clipped, simplified and rounded when the site is built. On small screens the map is cropped slightly east and west.`,
  },
  reconciliation: {
    survivors: (days) => `the survivor of the ${days.join(' and ')} strikes, never found`,
    inference: (days) =>
      `That the reported total counts the ${days.join(' and ')} survivor as dead, as many trackers do, is our research data’s inference, resting on that record’s source, which reports one survivor`,
    reported: (reversal, reported, atDate, difference) =>
      `Why two numbers: on ${reversal}, the day Colombia reversed course, bne IntelliNews reported ${reported.strikes} strikes and ${reported.killed} deaths, citing Pentagon announcements. The records add up to ${atDate.strikes} strikes and ${atDate.killed} deaths as announced${
        difference ? `; the difference is probably ${difference}.` : '.'
      }`,
    recorded: (reversal, atDate, withPresumed, survivors) =>
      `Why two numbers: by ${reversal}, the records add up to ${atDate.killed} deaths as announced${survivors ? `, ${withPresumed} counting ${survivors}` : ''}.`,
    pending: (p) => ` The ${longDate(p.date)} strike (${p.killed} killed) is in neither number: it was announced on ${longDate(p.announced)}.`,
  },
  staticCaption: (date, atDate) => ({
    before: `Strikes announced by ${longDate(date)}: ${atDate.strikes} strikes, ${atDate.killed} killed as announced (${atDate.killed + atDate.presumedDead} counting the survivor of 27 October, never found). Each dot is one strike record, its area showing the people killed.`,
    strong: 'Placement within a region is schematic:',
    after: 'no source published coordinates, so dots are packed in date order inside the sea the announcement named.',
  }),
  aside: {
    unplacedLabel: 'Region not stated',
    unplacedText: 'Not placed on the map: the announcements did not say where these strikes happened.',
    offMapLabel: 'Not on the map',
    ford: (fordDate) => `${fordDate}: the aircraft carrier USS Gerald R. Ford arrives in the Caribbean. Its position was not published.`,
    keyWest: (value, period) =>
      `Key West: ${value}% of the intelligence gathered at its naval and air base (${period}) came from Colombia, according to a figure from Rep. Gregory Meeks.`,
  },
  legend: {
    schematicStrong: 'Placement within a region is schematic.',
    schematic:
      'No source published coordinates for any strike. A dot shows the region the announcement named, not where the strike happened; within each shaded area the dots are packed in date order.',
    sizes: (sizes) => `People killed, as announced: ${sizes.join(', ')} (dot area)`,
    pending: 'Struck, not yet announced',
    low: 'Low reliability, strike date not stated',
    countSwatch: '×3',
    count: 'One record of three strikes',
    subArea: 'Said to be off Venezuela or off Colombia',
    place: 'City (for context)',
  },
  table: {
    caption: (start, end, records, strikes) =>
      `U.S. strikes on alleged drug boats, ${shortDate(start)} to ${shortDate(end)}: one row per record, in date order (${records} records, ${strikes} strikes). No coordinates were published; the location is as stated.`,
    printOnly: "Each row's sources are linked in the online version and listed in the CSV.",
    headers: ['Strike', 'Date', 'Announced', 'Region', 'Location, as stated', 'Boats', 'Strikes', 'Killed', 'Survivors', 'Announced by', 'Sources'],
    lowTag: ' (low reliability)',
    notStated: 'Not stated',
    publishedOnly: (published) => `Not stated (published ${shortDate(published)})`,
    revised: (to) => ` (later ${to})`,
    sum: 'Sum of all records',
  },
  placement: {
    unplaced: 'Not on the map: no region was stated. Listed beside it.',
    subArea: (name) => `In the smaller area “${name}”, because the stated location says so; its place there is schematic.`,
    region: (name) => `Somewhere in the ${name} area; its place there is schematic, not where the strike happened.`,
  },
  notNamed: 'Not named in the reports cited',
  detail: {
    notStated: 'Not stated',
    published: (date) => ` (the report was published on ${date})`,
    countedFrom: (date) => `Not stated; counted from ${date}, when the report was published`,
    revisedTo: (killed) => `, as announced; later revised to ${killed}`,
    low: (notes) => `Low: ${notes}`,
    terms: {
      date: 'Date',
      announced: 'Announced',
      location: 'Location as stated',
      onMap: 'On the map',
      boats: 'Boats hit',
      inRecord: 'Strikes in this record',
      killed: 'Killed',
      survivors: 'Survivors',
      announcedBy: 'Announced by',
      reliability: 'Reliability',
    },
    copyLink: 'Copy link to this strike',
  },
};

/* The exports other modules read: text.es.ts has the same, built from its own words. */
export const { REGION_NAMES, SUB_AREA_NAMES, MAP_WORDS, strikeName, markAriaLabel, unplacedText, totalsText, TOTALS_WORDS, CONTROL_WORDS, TITLE, MAP_LABEL, dataLabel, takeaway, description, notes, reconciliation, staticCaption, ASIDE_WORDS, LEGEND_WORDS, TABLE_WORDS, placementText, announcedByText, detailText } = /* @__PURE__ */ strikeWords(LEXICON);
