/**
 * Everything Figure 1 draws, in one object: the frame's words, the actor filter, the wide and the narrow
 * graphic with every word in place, the legend and the event list. Chronology.astro only renders it.
 */
import { PHASES, type EventDate, type Phase } from '../../schemas/event.ts';
import type { SymbolName } from '../kit/symbols.ts';
import { LEGEND_SWATCHES, layoutNarrow, layoutWide, type PanelLayout, type PanelOf, type TextSlot, type TimelineLayout } from './layout.ts';
import { HIGHLIGHT_DAYS, actorsInvolved, eventRef, orderEvents, strikesLeftOut, strikesPerWeek, type CadenceStrike, type ChronologyEvent } from './model.ts';
import type { MarkView } from './panels.ts';
import { recordsLang, type Locale } from '../../i18n/locales.ts';
import * as en from './text.ts';
import * as es from './text.es.ts';

/** The figure's words in each edition (text.ts, text.es.ts: the same exports). */
// text.es.ts proves at compile time that it has the same exports with the same (widened) types (TextParity);
// only the literal types of its constants differ, hence the cast.
const TEXTS: Record<Locale, Text> = { en, es: es as unknown as Text };
type Text = typeof en;

/** What the view needs of an event: the chronology's fields plus what the list shows. */
export interface ListedEvent<S = unknown> extends ChronologyEvent {
  date: Pick<EventDate, 'start' | 'end' | 'precision' | 'display' | 'established'>;
  summary: string;
  sources: readonly S[];
}

export interface PlacedText {
  x: number;
  y: number;
  anchor: TextSlot['anchor'];
  text: string;
}

export interface EventMarkView extends MarkView {
  ariaLabel: string;
  /** The actors, space-separated, for the filter. */
  actorList: string;
}

/** A panel as drawn: the layout's panel with its words in place. */
export type PanelView = PanelOf<PlacedText, EventMarkView>;

export interface TimelineView {
  /** The wrapper's class: chronology.css shows one graphic per screen width. */
  className: 'chronology-wide' | 'chronology-narrow';
  width: number;
  height: number;
  ariaLabel: string;
  context: PanelView;
  funnel: string;
  breakLabel: PlacedText;
  core: PanelView;
  /** A line under the graphic, for the narrow one that has no room for the strike bars' caption. */
  key?: string;
}

export interface ListItemView<S> {
  id: string;
  phase: Phase;
  actorList: string;
  datetime: string;
  display: string;
  phaseName: string;
  precisionTag: string | undefined;
  title: string;
  summary: string;
  meta: string;
  /** The event's own id (content/events.yaml): corrections log entries name it. */
  recordId: string;
  /** How the date was established, for readers (behind a disclosure). */
  dating: string;
  sources: readonly S[];
}

const placer = (text: Text) => ({ x, y, anchor, says }: TextSlot): PlacedText => ({ x, y, anchor, text: text.says(says) });

const markView = (text: Text) => (mark: MarkView): EventMarkView => ({ ...mark, ariaLabel: text.markLabel(mark), actorList: mark.actors.join(' ') });

function panelView(text: Text, { name, offsetY, focus, highlights, ticks, axis, band, cadence, marks }: PanelLayout): PanelView {
  const place = placer(text);
  const labelled = ({ line, label }: { line: PanelLayout['axis']; label?: TextSlot }) => ({ line, ...(label && { label: place(label) }) });
  return {
    name,
    offsetY,
    ...(focus && { focus }),
    highlights: highlights.map(labelled),
    ticks: ticks.map(labelled),
    axis,
    ...(band && { band }),
    ...(cadence && { cadence: { bars: cadence.bars, ...(cadence.baseline && { baseline: cadence.baseline }), ...(cadence.caption && { caption: place(cadence.caption) }) } }),
    marks: marks.map(markView(text)),
  };
}

const timelineView = (text: Text, className: TimelineView['className'], layout: TimelineLayout, ariaLabel: string, key?: string): TimelineView => ({
  className,
  width: layout.width,
  height: layout.height,
  ariaLabel,
  context: panelView(text, layout.context),
  funnel: layout.funnel,
  breakLabel: placer(text)(layout.breakLabel),
  core: panelView(text, layout.core),
  ...(key !== undefined && { key }),
});

/** What Figure 1 is drawn from: the events, and the strike records for the weekly bars. */
export interface ChronologyData<S> {
  events: readonly ListedEvent<S>[];
  strikes: readonly CadenceStrike[];
}

/** Where a source's link goes: a seed paragraph or a page (a passage's words aside). */
const sourceKey = (source: unknown): string => {
  const s = source as { articleId?: string; paragraph?: number; url?: string };
  return s.url ?? (s.articleId !== undefined ? `${s.articleId}#${s.paragraph}` : JSON.stringify(source));
};

const DAY_MS = 86_400_000;

/** The title's counts, from the records: whole weeks from the first strike to the suspension, and so on. */
export function storySpans(strikes: readonly CadenceStrike[]): en.StorySpans {
  const dated = strikes.map((strike) => strike.date).filter((date): date is string => date !== null).sort();
  const [suspension, reversal] = [Date.parse(HIGHLIGHT_DAYS.suspension), Date.parse(HIGHLIGHT_DAYS.reversal)];
  const first = dated.length > 0 ? Date.parse(dated[0]!) : suspension;
  return {
    weeks: Math.floor((suspension - first) / (7 * DAY_MS)),
    days: Math.round((reversal - suspension) / DAY_MS),
    laterStrikes: strikes.filter((strike) => strike.date !== null && Date.parse(strike.date) > reversal).reduce((sum, strike) => sum + strike.strikesInRow, 0),
  };
}

/** Figure 1, from the records, in an edition's words (English by default). */
export function buildChronologyView<S>({ events, strikes }: ChronologyData<S>, locale: Locale = 'en') {
  const text = TEXTS[locale];
  const ordered = orderEvents(events);
  const weeks = strikesPerWeek(strikes);
  const tallest = Math.max(1, ...weeks.map((week) => week.strikes));
  const spans = storySpans(strikes);
  return {
    figure: {
      name: 'chronology',
      number: 1,
      title: text.title(spans),
      takeaway: text.takeaway(spans),
      description: text.description(events.length),
      notes: text.notes(strikesLeftOut(strikes)),
      csvPath: 'data/chronology.csv',
      dataLabel: text.DATA_LABEL,
      dataOpen: true,
    },
    filter: {
      legend: text.FILTER.legend,
      everyone: text.FILTER.everyone,
      actors: actorsInvolved(events).map((actor) => ({ actor, name: text.ACTOR_NAMES[actor] })),
    },
    timelines: [
      timelineView(text, 'chronology-wide', layoutWide(events, weeks), text.timelineLabel(spans)),
      timelineView(text, 'chronology-narrow', layoutNarrow(events, weeks), text.timelineLabel(spans), text.cadenceKey(tallest)),
    ],
    legend: {
      swatches: LEGEND_SWATCHES,
      phases: PHASES.map((phase) => ({ phase, name: text.PHASE_NAMES[phase] })),
      // One entry per shape (ACTOR_SYMBOLS says which actors each stands for).
      symbols: (Object.keys(text.LEGEND.symbols) as SymbolName[]).map((symbol) => ({
        path: LEGEND_SWATCHES.symbol.path(symbol),
        text: text.LEGEND.symbols[symbol],
      })),
      span: text.LEGEND.span,
    },
    list: {
      words: text.LIST,
      // The records' own words (title, summary, what is counted, where…) are English: marked so elsewhere.
      recordLang: recordsLang(locale),
      items: ordered.map((event): ListItemView<S> => ({
        id: eventRef(event.id),
        recordId: event.id,
        phase: event.phase,
        actorList: event.actors.join(' '),
        datetime: event.date.start ?? event.date.end!,
        display: event.date.display,
        phaseName: text.PHASE_NAMES[event.phase],
        precisionTag: text.precisionTag(event.date.precision, event.date.start === undefined),
        title: event.title,
        summary: event.summary,
        meta: text.eventMeta(event.actors),
        dating: event.date.established,
        // The list names each paragraph or page once, though two of its passages may be cited.
        sources: event.sources.filter((source, index, all) => all.findIndex((other) => sourceKey(other) === sourceKey(source)) === index),
      })),
    },
  };
}

export type ChronologyView<S = unknown> = ReturnType<typeof buildChronologyView<S>>;
