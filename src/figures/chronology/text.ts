/**
 * Every word Figure 1 prints: title, takeaway, description, notes, legend, filter, the graphic's labels and
 * aria-labels, and the event list's fixed words. Functions of numbers and records only, so an editor reviews
 * every sentence here and another language swaps this file.
 */
import type { Actor, Phase, Precision } from '../../schemas/event.ts';
import type { SymbolName } from '../kit/symbols.ts';
import type { Says } from './layout.ts';

export const ACTOR_NAMES: Record<Actor, string> = {
  colombia: 'Colombia',
  'united-states': 'United States',
  venezuela: 'Venezuela',
  'united-kingdom': 'United Kingdom',
  netherlands: 'Netherlands',
  others: 'Others',
};

export const PHASE_NAMES: Record<Phase, string> = {
  context: 'Context',
  escalation: 'Escalation',
  suspension: 'Suspension',
  reversal: 'Reversal',
  aftermath: 'Aftermath',
};

const NUMBER_WORDS = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty'];
const numberWord = (n: number) => NUMBER_WORDS[n] ?? String(n);
const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
const unit = (n: number, one: string) => `${numberWord(n)} ${one}${n === 1 ? '' : 's'}`;

/** The spans the title and takeaway count, from the records: first strike to suspension, suspension to reversal. */
export interface StorySpans {
  /** Whole weeks from the first strike to the suspension. */
  weeks: number;
  /** Days from the suspension to the reversal. */
  days: number;
  /** Strikes announced after the reversal, to the end of the records. */
  laterStrikes: number;
}

export const title = ({ weeks, days }: StorySpans): string => `${capitalised(unit(weeks, 'week'))} of escalation, ${unit(days, 'day')} of suspension`;

export const takeaway = ({ weeks, days, laterStrikes }: StorySpans): string =>
  `Colombia's suspension (11 November 2025) and its reversal ${unit(days, 'day')} later came after ${unit(weeks, 'week')} of U.S. boat strikes, sanctions and public feuding${
    laterStrikes > 0 ? `; Colombia said it would keep sharing intelligence, and the strikes went on (our records date ${laterStrikes} more after it)` : ''
  }.`;

export const description = (eventCount: number): string =>
  `A timeline of ${eventCount} events. The top strip runs from 1989 to 2026 for context; the main panel zooms in on September 2025 to January 2026, where the suspension on 11 November and the reversal on 13 November are marked. Filled shapes are events known to the day; hollow bars are events dated only to a month, a year or a rough period. A band under the main axis counts U.S. strikes on boats per week. The full list of events follows the graphic.`;

/** `outsideWindow`: strikes dated after the panel; `undatedRecords`: strike records with no strike date. */
export const notes = ({ outsideWindow, undatedRecords }: { outsideWindow: number; undatedRecords: number }): string[] => [
  'Two different time scales: the strip covers 37 years, the main panel five months; each is evenly spaced in time, and the shaded funnel marks the break between them.',
  'Dates are shown at the precision the sources give. Spans that run off the panel are drawn to its edge with an open end; an event whose start no source gives (such as the decertification, known only to have happened by 13 November 2025) is drawn as a short bar ending on its last known date, with the same open end at its start.',
  `The strike band counts each strike by the day it happened (strikes per week, Monday to Sunday)${outsideWindow > 0 ? `; ${outsideWindow} later strikes fall outside the panel` : ''}${undatedRecords > 0 ? `, and ${undatedRecords} record with no strike date is left out` : ''}.`,
];

/** The data disclosure's summary line (the frame shows it only when the data is behind a disclosure). */
export const DATA_LABEL = 'All events';

export const timelineLabel = (spans: StorySpans): string => `${title(spans)}: timeline`;

export const FILTER = { legend: 'Show events involving', everyone: 'Everyone' };

/** The legend: phases by colour, who acts first by shape, spans by a hollow bar. */
export const LEGEND: { symbols: Record<SymbolName, string>; span: string } = {
  symbols: {
    circle: 'Known day, Colombia acts',
    square: 'Known day, U.S. acts',
    diamond: 'Known day, Venezuela',
    triangle: 'Known day, others',
  },
  span: 'Month, year or rough period only',
};

/** The event list's fixed words. */
export const LIST = { sources: 'Sources:', copyLink: 'Copy link to this event', dating: 'How we dated this' };

/** The tag after an event's date when the date is not a known day; an open start says so whatever its precision. */
export const precisionTag = (precision: Precision, openStart = false): string | undefined =>
  openStart ? 'start not known' : precision === 'day' ? undefined : precision === 'approximate' ? 'approximate date' : `dated to the ${precision}`;

/** "Who: Colombia, United States." (how the date was established is behind a "How we dated this" disclosure) */
export const eventMeta = (actors: readonly Actor[]): string => `Who: ${actors.map((actor) => ACTOR_NAMES[actor]).join(', ')}.`;

/** What a mark is called when it is focused: its label, its date, its title. */
export const markLabel = (mark: { label: { lines: readonly string[] }; display: string; title: string }): string =>
  `${mark.label.lines.join(' ')}: ${mark.display}. ${mark.title}`;

const HIGHLIGHTS = { suspension: '11 Nov: suspension', reversal: '13 Nov: reversal' };

const monthTick = (date: Date, withYear: boolean) =>
  date.toLocaleDateString('en-GB', withYear ? { month: 'short', year: 'numeric', timeZone: 'UTC' } : { month: 'short', timeZone: 'UTC' });

/** The words of a text slot in the graphic. */
export function says(slot: Says): string {
  switch (slot.kind) {
    case 'tick':
      return slot.unit === 'year' ? String(slot.date.getUTCFullYear()) : monthTick(slot.date, slot.withYear);
    case 'highlight':
      return HIGHLIGHTS[slot.day];
    case 'highlight-range':
      return '11–13 Nov';
    case 'break':
      return slot.compact ? 'Zoom: Sep 2025 – Jan 2026' : 'Zoom: September 2025 – January 2026, on a different scale';
    case 'cadence-caption':
      return `U.S. strikes on boats per week (tallest bar: ${slot.tallest})`;
  }
}

/** Under the narrow graphic, which has no room for the caption. */
export const cadenceKey = (tallest: number): string => `Bars left of the axis: U.S. strikes on boats per week (tallest: ${tallest}).`;
