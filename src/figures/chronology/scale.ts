/**
 * The chronology's time scales and their ticks: linear in time, except for a window's focus days, which take
 * a fixed share of the panel at its centre (the core window's suspension and reversal). Pure.
 */
import { scaleUtc, type ScaleTime } from 'd3-scale';
import { utcDay, utcMonth, utcYear } from 'd3-time';
import { round } from '../kit/format.ts';
import type { Interval, TimeWindow } from './model.ts';

/** The share of a panel's length its focus days take (centred on the panel); the rest of the window shares the remainder. */
export const FOCUS_SHARE = 0.4;

/**
 * A tick on a time axis, at the start of a year, a month or (in a panel's focus) a day; the first month of a
 * panel or a year shows the year. `mid` is the middle of the period it starts, where a day's number goes.
 */
export interface Tick {
  position: number;
  mid: number;
  date: Date;
  unit: 'year' | 'month' | 'day';
  withYear: boolean;
}

/**
 * Linear in time, except that a window's focus days take `FOCUS_SHARE` of the range, centred on it: either
 * side of them time is again linear, compressed.
 */
export function timeScale(domain: TimeWindow, range: [number, number]): ScaleTime<number, number> {
  const { focus } = domain;
  if (focus === undefined) return scaleUtc().domain([domain.start, domain.end]).range(range);
  const centre = (range[0] + range[1]) / 2;
  const half = ((range[1] - range[0]) * FOCUS_SHARE) / 2;
  return scaleUtc().domain([domain.start, focus.start, focus.end, domain.end]).range([range[0], centre - half, centre + half, range[1]]);
}
export const middle = ({ start, end }: Interval) => new Date((start.getTime() + end.getTime()) / 2);

export function ticks(scale: ScaleTime<number, number>, domain: TimeWindow, unit: 'months' | 'years', yearsApart: number): Tick[] {
  const at = (date: Date, next: Date) => ({ position: round(scale(date)), mid: round(scale(middle({ start: date, end: next }))), date });
  if (unit === 'years') {
    return utcYear.every(yearsApart)!.range(domain.start, domain.end).map((date) => ({ ...at(date, utcYear.offset(date, 1)), unit: 'year', withYear: true }));
  }
  const months: Tick[] = utcMonth.range(domain.start, domain.end).map((date) => ({
    ...at(date, utcMonth.offset(date, 1)),
    unit: 'month',
    withYear: date.getUTCMonth() === 0 || date.getTime() === domain.start.getTime(),
  }));
  // Each focus day is ticked, its number in the middle of the day; the tick after the last closes the focus.
  const { focus } = domain;
  const days: Tick[] = focus === undefined ? [] : utcDay.range(focus.start, focus.end).map((date) => ({ ...at(date, utcDay.offset(date, 1)), unit: 'day', withYear: false }));
  return [...months, ...days].sort((a, b) => a.date.getTime() - b.date.getTime());
}
