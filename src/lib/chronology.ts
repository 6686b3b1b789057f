/**
 * The chronology's view model: events placed on two honest time scales (the core window, September 2025
 * to January 2026, and the long context, 1989 to 2026), labels placed so they never overlap, a vertical
 * layout for phones, and the weekly strike cadence. Pure: data in, coordinates out.
 */
import { scaleUtc, type ScaleTime } from 'd3-scale';
import { utcDay, utcMonday, utcMonth, utcYear } from 'd3-time';
import { overlaps, packLanes, textWidth, wrapText, type Box } from '../figures/kit/text.ts';

export type Phase = 'context' | 'escalation' | 'suspension' | 'reversal' | 'aftermath';
export type Precision = 'day' | 'month' | 'year' | 'approximate';

export interface ChronologyEvent {
  id: string;
  date: { start: string; end?: string; precision: Precision; display: string };
  title: string;
  label: string;
  actors: readonly string[];
  phase: Phase;
}

export interface CadenceStrike {
  date: string | null;
  strikesInRow: number;
}

/** A half-open time interval [start, end). */
export interface Interval {
  start: Date;
  end: Date;
}

const utc = (year: number, month = 1, day = 1) => new Date(Date.UTC(year, month - 1, day));

/** The core window: September 2025 to the end of January 2026. */
export const CORE_DOMAIN: Interval = { start: utc(2025, 9, 1), end: utc(2026, 2, 1) };
/** The long context: 1989 to the end of 2026. */
export const CONTEXT_DOMAIN: Interval = { start: utc(1989), end: utc(2027) };

/** The days the chronology singles out. */
export const HIGHLIGHTS = [
  { iso: '2025-11-11', label: '11 Nov: suspension' },
  { iso: '2025-11-13', label: '13 Nov: reversal' },
] as const;

/** The interval a partial ISO date covers: a whole year, month or day. */
export function partialInterval(iso: string): Interval {
  const [year, month, day] = iso.split('-').map(Number) as [number, number?, number?];
  if (month === undefined) return { start: utc(year), end: utc(year + 1) };
  if (day === undefined) return { start: utc(year, month), end: utc(year, month + 1) };
  const start = utc(year, month, day);
  return { start, end: utcDay.offset(start, 1) };
}

/** The interval an event's date covers, at exactly its precision. */
export function eventInterval(date: ChronologyEvent['date']): Interval {
  const start = partialInterval(date.start).start;
  const end = partialInterval(date.end ?? date.start).end;
  return { start, end };
}

/** Whether a date is a single day (drawn as a point) or a span (drawn hollow, never as a day). */
export const isPoint = (date: ChronologyEvent['date']) => date.precision === 'day' && date.end === undefined;

/** Events in time order: by start, then end, then id, so the order never depends on input order. */
export function orderEvents<T extends ChronologyEvent>(events: readonly T[]): T[] {
  return [...events].sort((a, b) => {
    const ia = eventInterval(a.date);
    const ib = eventInterval(b.date);
    return ia.start.getTime() - ib.start.getTime() || ia.end.getTime() - ib.end.getTime() || (a.id < b.id ? -1 : 1);
  });
}

/** Core events end inside the core window; the rest belong to the long context. */
export function inCoreWindow(event: ChronologyEvent): boolean {
  const { end } = eventInterval(event.date);
  return end > CORE_DOMAIN.start && end <= CORE_DOMAIN.end;
}

export interface LabelView {
  lines: string[];
  /** Text anchor x and the baseline of the first line. */
  x: number;
  y: number;
  anchor: 'start' | 'end';
  box: Box;
  leader: { x1: number; y1: number; x2: number; y2: number };
}

export interface MarkView {
  ref: string;
  id: string;
  phase: Phase;
  actors: readonly string[];
  precision: Precision;
  display: string;
  title: string;
  kind: 'point' | 'span';
  /** Point: the centre of the day. Span: start and end, clipped to the panel. */
  x: number;
  x2: number;
  y: number;
  y2: number;
  /** The span continues beyond the panel's start or end. */
  clippedStart: boolean;
  clippedEnd: boolean;
  label: LabelView;
}

export interface Tick {
  position: number;
  label: string;
}

export interface HorizontalPanel {
  orientation: 'horizontal';
  width: number;
  height: number;
  axisY: number;
  ticks: Tick[];
  marks: MarkView[];
}

export interface LayoutOptions {
  width: number;
  fontSize: number;
  lineHeight: number;
  maxLabelWidth: number;
  margin: number;
}

const eventRef = (id: string) => `event-${id}`;

/** What a mark says about its event, the same in every layout. */
function describe(event: ChronologyEvent) {
  return {
    ref: eventRef(event.id),
    id: event.id,
    phase: event.phase,
    actors: event.actors,
    precision: event.date.precision,
    display: event.date.display,
    title: event.title,
  };
}

/** Distance between mark lanes: marks that would overlap on the axis (same day, overlapping spans) are stacked. */
export const MARK_LANE = 13;

/**
 * Each event's extent along the axis and its mark lane: 0 sits on the axis; a mark that would touch one
 * already placed moves out one lane (in time order, so deterministically).
 */
export function markPositions(events: readonly ChronologyEvent[], domain: Interval, range: [number, number]) {
  const scale = scaleUtc().domain([domain.start, domain.end]).range(range);
  const extents = events.map((event) => {
    const interval = clip(eventInterval(event.date), domain);
    const point = isPoint(event.date);
    const from = point ? scale(new Date((interval.start.getTime() + interval.end.getTime()) / 2)) : scale(interval.start);
    const to = point ? from : Math.max(scale(interval.end), from + 3);
    return { interval, point, from, to };
  });
  const lanes = packLanes(extents.map(({ from, to }) => ({ start: from - 6, end: to + 6 })), 1);
  return extents.map((extent, index) => ({ ...extent, lane: lanes[index]! }));
}

function clip(interval: Interval, domain: Interval) {
  return {
    start: interval.start < domain.start ? domain.start : interval.start,
    end: interval.end > domain.end ? domain.end : interval.end,
    clippedStart: interval.start < domain.start,
    clippedEnd: interval.end > domain.end,
  };
}

function monthTicks(scale: ScaleTime<number, number>, domain: Interval): Tick[] {
  return utcMonth.range(domain.start, domain.end).map((month) => ({
    position: scale(month),
    label:
      month.getUTCMonth() === 0 || month.getTime() === domain.start.getTime()
        ? month.toLocaleDateString('en-GB', { month: 'short', year: 'numeric', timeZone: 'UTC' })
        : month.toLocaleDateString('en-GB', { month: 'short', timeZone: 'UTC' }),
  }));
}

function yearTicks(scale: ScaleTime<number, number>, domain: Interval, every: number): Tick[] {
  return utcYear
    .every(every)!
    .range(domain.start, domain.end)
    .map((year) => ({ position: scale(year), label: String(year.getUTCFullYear()) }));
}

/**
 * Lays out events along a horizontal time axis with their labels stacked in lanes above it. A label never
 * overlaps another label or another label's leader line; the placement is greedy in time order, so it is
 * the same on every build.
 */
export function layoutHorizontal(
  events: readonly ChronologyEvent[],
  domain: Interval,
  options: LayoutOptions & { ticks: 'months' | 'years' },
): HorizontalPanel {
  const { width, fontSize, lineHeight, maxLabelWidth, margin } = options;
  const scale = scaleUtc().domain([domain.start, domain.end]).range([margin, width - margin]);
  const ordered = orderEvents(events);
  const gap = 6;

  // Positions relative to the axis at y = 0, labels going up (negative y). Labels are placed from the
  // latest event back to the earliest: a label starts just right of its mark, so it can only cover the
  // leader lines of later events, and those are already placed (it then goes up a lane).
  const placedBoxes: Box[] = [];
  const placedLeaders: Box[] = [];
  const laneHeight = 2 * lineHeight + gap;
  const maxLanes = 40;
  const positions = markPositions(ordered, domain, [margin, width - margin]);
  const markRise = (Math.max(0, ...positions.map((p) => p.lane)) + 1) * MARK_LANE;
  const placed = [...ordered].reverse().map((event, reverseIndex) => {
    const { interval, point, from: x, to: x2, lane: markLane } = positions[ordered.length - 1 - reverseIndex]!;
    const lines = wrapText(event.label, maxLabelWidth, fontSize).slice(0, 2);
    const labelWidth = Math.max(...lines.map((line) => textWidth(line, fontSize)));
    const height = lines.length * lineHeight;
    const anchor: 'start' | 'end' = x + 3 + labelWidth > width - 2 ? 'end' : 'start';
    const boxX = anchor === 'start' ? x + 3 : x - 3 - labelWidth;
    const markTop = -(markLane * MARK_LANE + 6);
    const candidate = (lane: number) => {
      const bottom = -(markRise + 8 + lane * laneHeight);
      return {
        box: { x: boxX, y: bottom - height, width: labelWidth, height },
        leader: { x: x - 0.5, y: bottom - lineHeight * 0.5, width: 1, height: markTop - bottom + lineHeight * 0.5 },
      };
    };
    const labelsClear = (box: Box) => placedBoxes.every((other) => !overlaps(box, other, gap));
    let lane = 0;
    for (; lane < maxLanes; lane++) {
      const { box, leader } = candidate(lane);
      if (labelsClear(box) && placedLeaders.every((other) => !overlaps(box, other, 2)) && placedBoxes.every((other) => !overlaps(leader, other, 1))) break;
    }
    // No lane keeps every leader clear: settle for the lowest lane where labels still never overlap.
    if (lane === maxLanes) lane = [...Array(maxLanes * 2).keys()].find((l) => labelsClear(candidate(l).box))!;
    const { box, leader } = candidate(lane);
    placedBoxes.push(box);
    placedLeaders.push(leader);
    return { event, interval, point, x, x2, markLane, lines, anchor, box, leader };
  });
  const marks = placed.reverse();

  const top = -Math.min(0, ...marks.map((mark) => mark.box.y)) + 8;
  const axisY = Math.ceil(top);
  return {
    orientation: 'horizontal',
    width,
    height: axisY + 34,
    axisY,
    ticks: options.ticks === 'months' ? monthTicks(scale, domain) : yearTicks(scale, domain, width < 500 ? 10 : 5),
    marks: marks.map(({ event, interval, point, x, x2, markLane, lines, anchor, box, leader }) => ({
      ...describe(event),
      kind: point ? 'point' : 'span',
      x: round(x),
      x2: round(x2),
      y: axisY - markLane * MARK_LANE,
      y2: axisY - markLane * MARK_LANE,
      clippedStart: interval.clippedStart,
      clippedEnd: interval.clippedEnd,
      label: {
        lines,
        x: round(anchor === 'start' ? box.x + 1 : box.x + box.width - 1),
        y: round(axisY + box.y + lineHeight * 0.78),
        anchor,
        box: { ...box, x: round(box.x), y: round(axisY + box.y) },
        leader: { x1: round(x), y1: axisY - markLane * MARK_LANE - 6, x2: round(x), y2: round(axisY + leader.y) },
      },
    })),
  };
}

export interface VerticalPanel {
  orientation: 'vertical';
  width: number;
  height: number;
  axisX: number;
  top: number;
  bottom: number;
  ticks: Tick[];
  marks: MarkView[];
}

/**
 * Lays out events down a vertical time axis for narrow screens: time runs top to bottom at a constant
 * rate, labels sit in one column to the right, pushed down just enough never to overlap, each joined to
 * its date by a leader line.
 */
export function layoutVertical(
  events: readonly ChronologyEvent[],
  domain: Interval,
  options: LayoutOptions & { axisX: number; minLength: number; ticks: 'months' | 'years' },
): VerticalPanel {
  const { width, fontSize, lineHeight, axisX, margin } = options;
  const ordered = orderEvents(events);
  const gap = 8;
  const top = margin;
  // A first pass with a provisional scale finds how many mark lanes the events need beside the axis.
  const provisional = markPositions(ordered, domain, [top, top + options.minLength]);
  const maxLane = Math.max(0, ...provisional.map((p) => p.lane));
  const labelX = axisX + 18 + (maxLane + 1) * MARK_LANE;
  const labelWidth = width - labelX - 4;
  const wrapped = ordered.map((event) => wrapText(event.label, labelWidth, fontSize).slice(0, 3));
  const needed = wrapped.reduce((sum, lines) => sum + lines.length * lineHeight + gap, 0);
  const length = Math.max(options.minLength, Math.ceil(needed * 1.1));
  const positions = markPositions(ordered, domain, [top, top + length]);

  let previousBottom = -Infinity;
  const marks: MarkView[] = ordered.map((event, index) => {
    const { interval, point, from: y, to: y2, lane } = positions[index]!;
    const x = axisX + Math.min(lane, maxLane) * MARK_LANE;
    const lines = wrapped[index]!;
    const height = lines.length * lineHeight;
    const boxTop = Math.max(y - lineHeight * 0.5, previousBottom + gap);
    previousBottom = boxTop + height;
    const box = { x: labelX - 2, y: round(boxTop), width: Math.max(...lines.map((line) => textWidth(line, fontSize))) + 4, height };
    return {
      ...describe(event),
      kind: point ? 'point' : 'span',
      x,
      x2: x,
      y: round(y),
      y2: round(y2),
      clippedStart: interval.clippedStart,
      clippedEnd: interval.clippedEnd,
      label: {
        lines,
        x: labelX,
        y: round(boxTop + lineHeight * 0.78),
        anchor: 'start',
        box,
        leader: { x1: x + 6, y1: round(y), x2: labelX - 4, y2: round(boxTop + lineHeight * 0.5) },
      },
    };
  });
  const bottom = top + length;
  const tickScale = scaleUtc().domain([domain.start, domain.end]).range([top, bottom]);
  return {
    orientation: 'vertical',
    width,
    height: Math.ceil(Math.max(bottom, previousBottom) + margin),
    axisX,
    top,
    bottom,
    ticks: options.ticks === 'months' ? monthTicks(tickScale, domain) : yearTicks(tickScale, domain, 5),
    marks,
  };
}

export interface CadenceWeek {
  /** ISO date of the Monday the week starts on. */
  week: string;
  strikes: number;
  start: number;
  end: number;
}

/**
 * Strikes per week (Monday to Sunday) within the core window, from the strike records' dates. Rows that
 * cover several strikes count each; records without a strike date are left out (and counted by caller).
 */
export function strikeCadence(strikes: readonly CadenceStrike[], range: [number, number], domain: Interval = CORE_DOMAIN): CadenceWeek[] {
  const scale = scaleUtc().domain([domain.start, domain.end]).range(range);
  const counts = new Map<number, number>();
  for (const strike of strikes) {
    if (strike.date === null) continue;
    const day = partialInterval(strike.date).start;
    if (day < domain.start || day >= domain.end) continue;
    const week = utcMonday.floor(day).getTime();
    counts.set(week, (counts.get(week) ?? 0) + strike.strikesInRow);
  }
  return utcMonday.range(utcMonday.floor(domain.start), domain.end).map((week) => ({
    week: week.toISOString().slice(0, 10),
    strikes: counts.get(week.getTime()) ?? 0,
    start: round(Math.max(range[0], scale(week))),
    end: round(Math.min(range[1], scale(utcMonday.offset(week, 1)))),
  }));
}

const round = (value: number) => Math.round(value * 10) / 10;

/** The scale position of a day's centre, for highlights drawn across a panel. */
export function dayPosition(iso: string, domain: Interval, range: [number, number]): number {
  const { start, end } = partialInterval(iso);
  return round(scaleUtc().domain([domain.start, domain.end]).range(range)(new Date((start.getTime() + end.getTime()) / 2)));
}

/** Where the core window sits on the context scale, for the marked break between the two scales. */
export function coreWindowOnContext(range: [number, number]): { start: number; end: number } {
  const scale = scaleUtc().domain([CONTEXT_DOMAIN.start, CONTEXT_DOMAIN.end]).range(range);
  return { start: round(scale(CORE_DOMAIN.start)), end: round(scale(CORE_DOMAIN.end)) };
}

/** The point mark's shape says who acts first: circle Colombia, square U.S., diamond Venezuela, triangle others. */
export function actorShapePath(actor: string, x: number, y: number, r = 6): string {
  switch (actor) {
    case 'colombia':
      return `M${x - r},${y}a${r},${r} 0 1,0 ${2 * r},0a${r},${r} 0 1,0 ${-2 * r},0Z`;
    case 'united-states':
      return `M${x - r * 0.9},${y - r * 0.9}h${r * 1.8}v${r * 1.8}h${-r * 1.8}Z`;
    case 'venezuela':
      return `M${x},${y - r * 1.2}L${x + r * 1.2},${y}L${x},${y + r * 1.2}L${x - r * 1.2},${y}Z`;
    default:
      return `M${x},${y - r * 1.1}L${x + r * 1.1},${y + r * 0.9}L${x - r * 1.1},${y + r * 0.9}Z`;
  }
}
