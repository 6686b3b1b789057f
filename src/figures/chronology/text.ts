/**
 * Every word Figure 1 prints: title, takeaway, description, notes, legend, filter, the graphic's labels and
 * aria-labels, and the event list's fixed words. Functions of numbers and records only, so an editor reviews
 * every sentence here and another language swaps this file.
 */
import type { Actor, Phase, Precision } from '../../schemas/event.ts';
import { legendWords, slotSayer, type LegendWords } from './words.ts';

export { markLabel } from './words.ts';

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
  `A timeline of ${eventCount} events. The top strip runs from 1989 to 2026 for context; the main panel zooms in on September 2025 to January 2026 and, at its centre, widens 10 to 14 November, where the suspension on 11 November and the reversal on 13 November are marked. Filled shapes are events known to the day; hollow bars are events dated only to a month, a year or a rough period, drawn lighter and thinner when they run longer than a week or have no known start. A band under the main axis counts U.S. strikes on boats per week. The full list of events follows the graphic.`;

/** `outsideWindow`: strikes dated after the panel; `undatedRecords`: strike records with no strike date. */
export const notes = ({ outsideWindow, undatedRecords }: { outsideWindow: number; undatedRecords: number }): string[] => [
  'Three time scales: the strip covers 37 years, the main panel five months, and the shaded days at its centre, 10 to 14 November 2025, are drawn wider still, so the two days from the suspension to the reversal stand apart. Within each part time is evenly spaced; the funnel marks the break between the strip and the panel.',
  'Dates are shown at the precision the sources give. Spans that run off the panel are drawn to its edge with an open end; an event whose start no source gives (such as the decertification, known only to have happened by 13 November 2025) is drawn as a short bar ending on its last known date, with the same open end at its start. Spans longer than a week, and those with an unknown start, are drawn lighter and thinner.',
  `The strike band counts each strike by the day it happened (strikes per week, Monday to Sunday)${outsideWindow > 0 ? `; ${outsideWindow} later strikes fall outside the panel` : ''}${undatedRecords > 0 ? `, and ${undatedRecords} record with no strike date is left out` : ''}.`,
];

/** The data disclosure's summary line (the frame shows it only when the data is behind a disclosure). */
export const DATA_LABEL = 'All events';

export const timelineLabel = (spans: StorySpans): string => `${title(spans)}: timeline`;

export const FILTER = { legend: 'Show events involving', everyone: 'Everyone' };

/** The legend: phases by colour, who acts first by shape (circle, square, diamond, triangle), spans by a hollow bar. */
export const LEGEND: LegendWords = legendWords(['Known day, Colombia acts', 'Known day, U.S. acts', 'Known day, Venezuela', 'Known day, others'], 'Month, year or rough period only');

/** The event list's fixed words. */
export const LIST = { sources: 'Sources:', copyLink: 'Copy link to this event', dating: 'How we dated this' };

/** The tag after an event's date when the date is not a known day; an open start says so whatever its precision. */
export const precisionTag = (precision: Precision, openStart = false): string | undefined =>
  openStart ? 'start not known' : precision === 'day' ? undefined : precision === 'approximate' ? 'approximate date' : `dated to the ${precision}`;

/** "Who: Colombia, United States." (how the date was established is behind a "How we dated this" disclosure) */
export const eventMeta = (actors: readonly Actor[]): string => `Who: ${actors.map((actor) => ACTOR_NAMES[actor]).join(', ')}.`;

/** The words of a text slot in the graphic (ticks, highlighted days, the zoom, the strike bars' caption). */
export const says = slotSayer({
  month: (date, withYear) => date.toLocaleDateString('en-GB', withYear ? { month: 'short', year: 'numeric', timeZone: 'UTC' } : { month: 'short', timeZone: 'UTC' }),
  highlight: { suspension: '11 Nov: suspension', reversal: '13 Nov: reversal' },
  highlightDay: { suspension: '11 Nov', reversal: '13 Nov' },
  zoom: { compact: 'Zoom: Sep 2025 – Jan 2026', full: 'Zoom: September 2025 – January 2026, on a different scale' },
  cadenceCaption: (tallest) => `U.S. strikes on boats per week (tallest bar: ${tallest})`,
});

/** Under the narrow graphic, which has no room for the caption. */
export const cadenceKey = (tallest: number): string => `Bars left of the axis: U.S. strikes on boats per week (tallest: ${tallest}).`;
