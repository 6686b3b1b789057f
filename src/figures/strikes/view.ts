/**
 * Everything the strike map (Figure 3) draws, from the records: both map layouts with their basemaps, the
 * totals and their states for the date control, the list of strikes with no stated region, the legend,
 * the data table, the detail panels and every sentence (from text.ts). Components only render this.
 */
import type { SiteData, StrikeRecord } from '../../data/site.ts';
import type { ResolvedSource } from '../../lib/provenance.ts';
import { buildBasemap, makeProjection, PARALLELS, scaleVariation, VIEW, type Basemap } from './basemap.ts';
import { layoutMap, NARROW_LAYOUT, WIDE_LAYOUT, type LayoutOptions, type MapLayout, type StrikeMark } from './layout.ts';
import {
  changeDays,
  DEFAULT_DATE,
  dateDomain,
  dayIndex,
  knownDate,
  markState,
  maxKilled,
  orderStrikes,
  totalsAt,
  unplacedStrikes,
  type MarkState,
  type StrikeInput,
} from './model.ts';
import { markRadius } from './packing.ts';
import { recordsLang, type Locale } from '../../i18n/locales.ts';
import * as en from './text.ts';
import * as es from './text.es.ts';

/** The figure's words in each edition (text.ts, text.es.ts: the same exports). */
// text.es.ts proves at compile time that it has the same exports with the same (widened) types (TextParity);
// only the literal types of its constants differ, hence the cast.
const TEXTS: Record<Locale, Text> = { en, es: es as unknown as Text };
type Text = typeof en;
import { cutoffs } from '../../lib/cutoffs.ts';

/** The smallest radius a mark is drawn at, so a strike that killed one person is still visible and tappable. */
const MIN_RADIUS = 1.5;

/** The table's columns of counts (boats, strikes, killed), right-aligned. */
const NUMERIC_COLUMNS = [5, 6, 7];

export interface MapMarkView extends StrikeMark {
  state: MarkState;
  ariaLabel: string;
  /** The radius the mark's shape is drawn at. */
  shapeR: number;
}

export interface MapView {
  layout: MapLayout;
  basemap: Basemap;
  marks: MapMarkView[];
  label: string;
}

/** The totals panel's states, one for every day on which the totals change, in order. */
export function totalsStates(strikes: readonly StrikeInput[], locale: Locale = 'en'): en.TotalsText[] {
  const text = TEXTS[locale];
  return changeDays(strikes).map((day) => text.totalsText(totalsAt(strikes, day)));
}

function mapView(text: Text, strikes: readonly StrikeInput[], options: LayoutOptions, tolerance: number, cover?: LayoutOptions): MapView {
  const layout = layoutMap(strikes, options, text.MAP_WORDS);
  const byId = new Map(strikes.map((strike) => [strike.id, strike]));
  return {
    layout,
    basemap: buildBasemap(options.width, {
      tolerance,
      ...(options.view ? { view: options.view } : {}),
      ...(cover ? { cover: { width: cover.width, view: cover.view ?? VIEW } } : {}),
    }),
    marks: layout.marks.map((mark) => ({
      ...mark,
      state: markState(mark, DEFAULT_DATE),
      ariaLabel: text.markAriaLabel(byId.get(mark.id)!, mark.known),
      shapeR: Math.max(mark.r, MIN_RADIUS),
    })),
    label: text.MAP_LABEL,
  };
}

/** The figure's own sources (each strike's are in its row), without repeating a passage. */
function figureSources(sources: ResolvedSource[]): ResolvedSource[] {
  const same = (a: ResolvedSource, b: ResolvedSource) =>
    a.kind === 'article' && b.kind === 'article' ? a.articleId === b.articleId && a.paragraph === b.paragraph : a.quote === b.quote;
  return sources.filter((source, index) => sources.findIndex((other) => same(other, source)) === index);
}

function tableRow(text: Text, strike: StrikeRecord) {
  const words = text.TABLE_WORDS;
  const day = (iso: string | null, otherwise: string) => (iso ? { iso, text: text.shortDate(iso) } : { iso: null, text: otherwise });
  return {
    id: strike.id,
    lowReliability: strike.reliability === 'low',
    name: text.strikeName(strike),
    lowTag: strike.reliability === 'low' ? words.lowTag : null,
    date: day(strike.date, strike.publishedDate ? words.publishedOnly(strike.publishedDate) : words.notStated),
    announced: day(strike.announcedDate, words.notStated),
    region: text.REGION_NAMES[strike.region],
    location: strike.locationText,
    vessels: strike.vessels,
    strikes: strike.strikesInRow,
    killed: strike.killed,
    revised: strike.killedLaterRevised !== null && strike.killedLaterRevised !== strike.killed ? words.revised(strike.killedLaterRevised) : null,
    survivors: strike.survivors,
    announcedBy: text.announcedByText(strike),
    // The table lists each page once, even when two of its passages are cited.
    sources: strike.sources.filter((source, index) => source.kind !== 'url' || strike.sources.findIndex((other) => other.kind === 'url' && other.url === source.url) === index),
  };
}

/** Figure 3, from the records, in an edition's words (English by default). */
export function buildStrikesView(data: Pick<SiteData, 'strikes' | 'figures' | 'events'>, locale: Locale = 'en') {
  const text = TEXTS[locale];
  const { strikes } = data;
  const ordered = orderStrikes(strikes);
  const domain = dateDomain(strikes);
  const defaultIndex = dayIndex(DEFAULT_DATE, domain.start);
  const atDefault = totalsAt(strikes, DEFAULT_DATE);
  const atEnd = totalsAt(strikes, domain.end);
  const shown = text.totalsText(atDefault);
  const reversal = text.longDate(DEFAULT_DATE);
  const topKilled = maxKilled(strikes);
  const unplaced = unplacedStrikes(strikes);
  const lowReliability = ordered.filter((s) => s.reliability === 'low');

  // Legend sizes: three values that occur in the records, smallest, middle and largest.
  const killedValues = [...new Set(strikes.map((s) => s.killed))].filter((k) => k > 0).sort((a, b) => a - b);
  const legendSizes = [...new Set([killedValues[0]!, killedValues[Math.floor(killedValues.length / 2)]!, killedValues[killedValues.length - 1]!])];

  // Context from the other collections: the Key West figure, the carrier's arrival, the figures reported
  // on 13 November.
  const keyWest = data.figures.find((figure) => figure.id === 'intelligence-share-key-west-85pct');
  const ford = data.events.find((event) => event.id === 'gerald-ford-arrives');
  const fordDate = ford ? ford.date.display : undefined;
  const reportedStrikes = data.figures.find((figure) => figure.id === 'strikes-19-by-13-nov');
  const reportedKilled = data.figures.find((figure) => figure.id === 'strike-deaths-76');
  // The records the reconciliation's inference rests on (a survivor never found): their first source.
  const reconciliationSources = ordered.filter((s) => s.presumedDead > 0 && (knownDate(s) ?? '') <= DEFAULT_DATE).map((s) => s.sources[0]!);

  return {
    title: text.TITLE,
    takeaway: text.takeaway(DEFAULT_DATE, atDefault, {
      strikes: atEnd.strikes - atDefault.strikes,
      pacific: atEnd.byRegion['eastern-pacific'].strikes - atDefault.byRegion['eastern-pacific'].strikes,
    }),
    description: text.description(DEFAULT_DATE, atDefault, { inSubAreas: ordered.filter((s) => s.subArea !== undefined).length, unplaced: unplaced.length }),
    notes: text.notes({
      topKilled,
      deadliest: ordered.filter((s) => s.killed === topKilled),
      lowReliability: lowReliability.map((s) => knownDate(s) ?? ''),
      revised: atEnd.revised,
      keyWest: keyWest ? { value: keyWest.value, period: keyWest.period } : undefined,
      fordDate,
      cutoffs: (({ story, strikes: records }) => ({ story: story.display, strikes: records.display }))(cutoffs(data.events, strikes)),
      parallels: PARALLELS,
      variation: scaleVariation(makeProjection(WIDE_LAYOUT.width).projection),
    }),
    sources: figureSources([...(reportedKilled?.sources ?? []), ...(keyWest?.sources ?? []), ...(ford?.sources ?? [])]),
    dataLabel: text.dataLabel(strikes.length, atEnd.strikes),
    control: {
      start: domain.start,
      days: domain.days,
      defaultIndex,
      // Each state with its value text in this edition's words; the script puts in the day ("{date}").
      states: JSON.stringify(totalsStates(strikes, locale).map((state) => ({ ...state, valueText: text.valueText('{date}', state.strikes, state.killed) }))),
      locale,
      label: text.CONTROL_WORDS.label,
      valueText: text.valueText(reversal, shown.strikes, shown.killed),
      ends: [text.shortDate(domain.start), text.shortDate(domain.end)],
      output: reversal,
      jumps: [
        { index: defaultIndex, label: text.CONTROL_WORDS.reversal(DEFAULT_DATE) },
        { index: domain.days, label: text.CONTROL_WORDS.end },
      ],
    },
    totals: { shown, date: reversal, words: text.TOTALS_WORDS },
    reconciliation: text.reconciliation(
      DEFAULT_DATE,
      atDefault,
      reportedStrikes && reportedKilled ? { strikes: reportedStrikes.value, killed: reportedKilled.value } : undefined,
    ),
    reconciliationInferred: Boolean(reportedKilled) && atDefault.presumedDead > 0 && reportedKilled!.value === atDefault.killed + atDefault.presumedDead,
    reconciliationSources,
    // Named, not linked, inside the graphic (which is aria-hidden until the script runs, so it holds nothing
    // focusable); the links are in the figure's sources and the strike's table row.
    reconciliationCredits: reconciliationSources.map((source) =>
      source.kind === 'url' ? (source.publisher ?? new URL(source.url).hostname.replace(/^www\./, '')) : source.articleId,
    ),
    // The wide map's coastlines also cover the narrow map's frame, which draws them through a transform (one
    // copy of the basemap on the page); the narrow map keeps its own for where it is drawn alone (the briefing).
    maps: { wide: mapView(text, strikes, WIDE_LAYOUT, 1, NARROW_LAYOUT), narrow: mapView(text, strikes, NARROW_LAYOUT, 0.5) },
    aside: {
      words: text.ASIDE_WORDS,
      unplaced: unplaced.map((strike) => {
        const known = knownDate(strike);
        const state = markState({ known, struck: strike.date }, DEFAULT_DATE);
        return {
          id: strike.id,
          known: known ?? '',
          struck: strike.date ?? '',
          state,
          filtered: state === 'later',
          shapeR: Math.max(markRadius(strike.killed, topKilled, WIDE_LAYOUT.maxRadius), MIN_RADIUS),
          ...text.unplacedText(strike, known ?? ''),
        };
      }),
      ford: fordDate ? text.ASIDE_WORDS.ford(fordDate) : null,
      keyWest: keyWest ? text.ASIDE_WORDS.keyWest(keyWest.value, keyWest.period) : null,
    },
    legend: {
      words: text.LEGEND_WORDS,
      sizes: [WIDE_LAYOUT, NARROW_LAYOUT].map((layout) => ({
        className: layout === WIDE_LAYOUT ? 'sizes-wide' : 'sizes-narrow',
        width: legendSizes.length * 28,
        circles: legendSizes.map((killed, i) => ({ cx: 14 + i * 28, r: markRadius(killed, topKilled, layout.maxRadius) })),
      })),
      sizesText: text.LEGEND_WORDS.sizes(legendSizes),
      showLow: lowReliability.length > 0,
    },
    // The records' own words (title, summary, what is counted, where…) are English: marked so elsewhere.
    recordLang: recordsLang(locale),
    table: {
      caption: text.TABLE_WORDS.caption(domain.start, domain.end, strikes.length, atEnd.strikes),
      printOnly: text.TABLE_WORDS.printOnly,
      headers: text.TABLE_WORDS.headers.map((header, i) => ({ text: header, numeric: NUMERIC_COLUMNS.includes(i) })),
      rows: ordered.map((strike) => tableRow(text, strike)),
      foot: { label: text.TABLE_WORDS.sum, vessels: atEnd.vessels, strikes: atEnd.strikes, killed: atEnd.killed },
    },
    details: ordered.map((strike) => ({ id: strike.id, sources: strike.sources, ...text.detailText(strike, knownDate(strike)) })),
    staticCaption: text.staticCaption(DEFAULT_DATE, atDefault),
  };
}

export type StrikesView = ReturnType<typeof buildStrikesView>;
