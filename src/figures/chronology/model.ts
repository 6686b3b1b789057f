/**
 * What the chronology shows, before any pixel: events at exactly the precision of their dates, the two time
 * windows (the core window, September 2025 to January 2026, and the long context, 1989 to 2026), the two
 * days it singles out, and the U.S. strikes counted per week. Pure and deterministic.
 */
import { utcDay, utcMonday } from 'd3-time';
import { ACTORS, type Actor, type EventData, type EventDate } from '../../schemas/event.ts';
import type { StrikeData } from '../../schemas/strike.ts';

/** What the chronology needs of an event record. */
export interface ChronologyEvent extends Pick<EventData, 'id' | 'title' | 'label' | 'phase'> {
  date: Pick<EventDate, 'start' | 'end' | 'precision' | 'display'>;
  actors: readonly Actor[];
}

/** What the weekly strike count needs of a strike record. */
export type CadenceStrike = Pick<StrikeData, 'date' | 'strikesInRow'>;

/** A half-open time interval [start, end). */
export interface Interval {
  start: Date;
  end: Date;
  /** No source gives the start: `start` is then the start of the last known day, month or year. */
  openStart?: boolean;
}

/** A time window that may stretch a few days of it (its focus) to show them apart. */
export interface TimeWindow extends Interval {
  focus?: Interval;
}

const utc = (year: number, month = 1, day = 1) => new Date(Date.UTC(year, month - 1, day));

/**
 * The core window: September 2025 to the end of January 2026, its focus the days around the suspension and
 * the reversal (10 to 14 November 2025, centred on 11–13 November), which the core panel draws wider.
 */
export const CORE_DOMAIN: TimeWindow = { start: utc(2025, 9, 1), end: utc(2026, 2, 1), focus: { start: utc(2025, 11, 10), end: utc(2025, 11, 15) } };
/** The long context: 1989 to the end of 2026. */
export const CONTEXT_DOMAIN: Interval = { start: utc(1989), end: utc(2027) };

/** The days the chronology singles out, in time order (their words are in text.ts). */
export const HIGHLIGHT_DAYS = { suspension: '2025-11-11', reversal: '2025-11-13' } as const;
export type Highlight = keyof typeof HIGHLIGHT_DAYS;

/** The permalink id of an event: its list item's id and its marks' `data-ref`. */
export const eventRef = (id: string): string => `event-${id}`;

/** The interval a partial ISO date covers: a whole year, month or day. */
export function partialInterval(iso: string): Interval {
  const [year, month, day] = iso.split('-').map(Number) as [number, number?, number?];
  if (month === undefined) return { start: utc(year), end: utc(year + 1) };
  if (day === undefined) return { start: utc(year, month), end: utc(year, month + 1) };
  const start = utc(year, month, day);
  return { start, end: utcDay.offset(start, 1) };
}

/**
 * The interval an event's date covers, at exactly its precision. An open start (no `start`) covers only its
 * last known date, flagged `openStart`: nothing before that date is invented.
 */
export function eventInterval(date: ChronologyEvent['date']): Interval {
  if (date.start === undefined) {
    const last = partialInterval(date.end!);
    return { ...last, openStart: true };
  }
  return { start: partialInterval(date.start).start, end: partialInterval(date.end ?? date.start).end };
}

/** Whether a date is a single day (drawn as a point) or a span (drawn hollow, never as a day). */
export const isPoint = (date: ChronologyEvent['date']): boolean => date.precision === 'day' && date.end === undefined;

/** A span longer than this (or with an open start) is background to the story: drawn receding. */
export const LONG_SPAN_DAYS = 7;

/** Whether an event is a long or open-ended span, which the figure draws lighter and thinner. */
export function isLongSpan(date: ChronologyEvent['date']): boolean {
  if (isPoint(date)) return false;
  const { start, end, openStart } = eventInterval(date);
  return openStart === true || end.getTime() - start.getTime() > LONG_SPAN_DAYS * 86_400_000;
}

/**
 * Events in time order: by start, then end, then id, so the order never depends on input order. An event
 * with an open start sorts by its last known date (where the data place it: it had happened by then), after
 * the events that start on that date.
 */
export function orderEvents<T extends ChronologyEvent>(events: readonly T[]): T[] {
  return [...events].sort((a, b) => {
    const ia = eventInterval(a.date);
    const ib = eventInterval(b.date);
    return (
      ia.start.getTime() - ib.start.getTime() ||
      Number(ia.openStart === true) - Number(ib.openStart === true) ||
      ia.end.getTime() - ib.end.getTime() ||
      (a.id < b.id ? -1 : 1)
    );
  });
}

/** Core events end inside the core window; the rest belong to the long context. */
export function inCoreWindow(event: ChronologyEvent): boolean {
  const { end } = eventInterval(event.date);
  return end > CORE_DOMAIN.start && end <= CORE_DOMAIN.end;
}

/** The actors that take part in at least one event, in the schema's order (the filter's buttons). */
export function actorsInvolved(events: readonly ChronologyEvent[]): Actor[] {
  return ACTORS.filter((actor) => events.some((event) => event.actors.includes(actor)));
}

export interface StrikeWeek {
  /** ISO date of the Monday the week starts on. */
  week: string;
  start: Date;
  end: Date;
  strikes: number;
}

const inside = (day: Date, domain: Interval) => day >= domain.start && day < domain.end;

/**
 * Strikes per week (Monday to Sunday) within the window, from the strike records' dates; empty weeks are
 * zero. Rows that cover several strikes count each; records without a strike date are left out (see
 * `strikesLeftOut`).
 */
export function strikesPerWeek(strikes: readonly CadenceStrike[], domain: Interval = CORE_DOMAIN): StrikeWeek[] {
  const counts = new Map<number, number>();
  for (const strike of strikes) {
    if (strike.date === null) continue;
    const day = partialInterval(strike.date).start;
    if (!inside(day, domain)) continue;
    const week = utcMonday.floor(day).getTime();
    counts.set(week, (counts.get(week) ?? 0) + strike.strikesInRow);
  }
  return utcMonday.range(utcMonday.floor(domain.start), domain.end).map((week) => ({
    week: week.toISOString().slice(0, 10),
    start: week,
    end: utcMonday.offset(week, 1),
    strikes: counts.get(week.getTime()) ?? 0,
  }));
}

/** What the weekly count leaves out: records with no strike date, and strikes dated outside the window. */
export function strikesLeftOut(strikes: readonly CadenceStrike[], domain: Interval = CORE_DOMAIN): { undatedRecords: number; outsideWindow: number } {
  let undatedRecords = 0;
  let outsideWindow = 0;
  for (const strike of strikes) {
    if (strike.date === null) undatedRecords++;
    else if (!inside(partialInterval(strike.date).start, domain)) outsideWindow += strike.strikesInRow;
  }
  return { undatedRecords, outsideWindow };
}
