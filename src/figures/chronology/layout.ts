/**
 * Figure 1's two graphics, whole. Wide screens: a context strip (1989–2026), a funnel marking the break
 * between the two scales, then the core window with the weekly strike bars under its axis. Phones: the same
 * running down the page. The core window's centre is its focus, the days around the suspension and the
 * reversal, drawn wider and shaded. Geometry only: each text slot says which words go there, and text.ts has
 * the words.
 */
import { round } from '../kit/format.ts';
import { symbolPath, type SymbolName } from '../kit/symbols.ts';
import type { Box } from '../kit/text.ts';
import {
  CONTEXT_DOMAIN,
  CORE_DOMAIN,
  HIGHLIGHT_DAYS,
  inCoreWindow,
  orderEvents,
  partialInterval,
  type ChronologyEvent,
  type Highlight,
  type Interval,
  type TimeWindow,
  type StrikeWeek,
} from './model.ts';
import { TYPE, layoutHorizontal, layoutVertical, type MarkView } from './panels.ts';
import { middle, timeScale, type Tick } from './scale.ts';

export interface Segment {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** Which words a text slot holds; text.ts turns each into the words printed. */
export type Says =
  | { kind: 'tick'; date: Date; unit: Tick['unit']; withYear: boolean }
  | { kind: 'highlight'; day: Highlight }
  | { kind: 'highlight-day'; day: Highlight }
  | { kind: 'break'; compact: boolean }
  | { kind: 'cadence-caption'; tallest: number };

/** A piece of SVG text: its anchor point (y is the baseline), and what it says. */
export interface TextSlot {
  x: number;
  y: number;
  anchor: 'start' | 'middle' | 'end';
  says: Says;
}

/** A panel, whatever fills its text slots (`TextSlot` here, the words placed in view.ts) and its marks. */
export interface PanelOf<T, M> {
  name: 'context' | 'core';
  /** The panel's distance from the top of the graphic. */
  offsetY: number;
  /** The shaded focus days (the core panel's centre). */
  focus?: Box;
  /** Lines marking the highlighted days, each with its label. */
  highlights: { line: Segment; label?: T }[];
  /** A tick's label is left out where a highlight's label says the day. */
  ticks: { line: Segment; label?: T }[];
  axis: Segment;
  /** Where the core window sits on the context axis. */
  band?: Box;
  /** U.S. strikes per week, as bars beside the axis. */
  cadence?: { bars: Box[]; baseline?: Segment; caption?: T };
  marks: M[];
}

export type PanelLayout = PanelOf<TextSlot, MarkView>;

export interface TimelineLayout {
  width: number;
  height: number;
  context: PanelLayout;
  /** The break between the two scales: a funnel from the band on the context axis to the core panel. */
  funnel: string;
  breakLabel: TextSlot;
  core: PanelLayout;
}

/** The tallest weekly bar's count (at least 1, so bars scale even in a week-less window). */
const tallestWeek = (weeks: readonly StrikeWeek[]) => Math.max(1, ...weeks.map((week) => week.strikes));

/** Each week's extent on the scale, clipped to the range. */
export function weekExtents<W extends { start: Date; end: Date }>(weeks: readonly W[], domain: TimeWindow, range: [number, number]) {
  const scale = timeScale(domain, range);
  return weeks.map((week) => ({ ...week, from: round(Math.max(range[0], scale(week.start))), to: round(Math.min(range[1], scale(week.end))) }));
}

/** The scale position of a day's centre, for highlights drawn across a panel. */
export function dayPosition(iso: string, domain: TimeWindow, range: [number, number]): number {
  return round(timeScale(domain, range)(middle(partialInterval(iso))));
}

/** Where one window sits on another's scale: the core window on the context axis. */
export function windowOn(window: Interval, domain: TimeWindow, range: [number, number]): { start: number; end: number } {
  const scale = timeScale(domain, range);
  return { start: round(scale(window.start)), end: round(scale(window.end)) };
}

const highlightDays = Object.entries(HIGHLIGHT_DAYS) as [Highlight, string][];
const isHighlighted = (date: Date) => highlightDays.some(([, iso]) => partialInterval(iso).start.getTime() === date.getTime());

const CADENCE_BAR_GAP = 1;
/** The weekly strike bars, each as long as its count against the tallest week, across (wide) or down (narrow) its week. */
function cadenceBars(weeks: readonly StrikeWeek[], range: [number, number], size: number, place: (from: number, extent: number, length: number) => Box): Box[] {
  const tallest = tallestWeek(weeks);
  return weekExtents(weeks, CORE_DOMAIN, range)
    .filter((week) => week.strikes > 0)
    .map((week) => place(week.from + CADENCE_BAR_GAP / 2, round(Math.max(1, week.to - week.from - CADENCE_BAR_GAP)), round((week.strikes / tallest) * size)));
}
const path = (points: [number, number][]) => `M${points.map(([x, y]) => `${round(x)},${round(y)}`).join(' L')} Z`;
const split = (events: readonly ChronologyEvent[]) => {
  const ordered = orderEvents(events);
  return { core: ordered.filter(inCoreWindow), context: ordered.filter((event) => !inCoreWindow(event)) };
};
const tickSays = (tick: Tick): Says => ({ kind: 'tick', date: tick.date, unit: tick.unit, withYear: tick.withYear });

const WIDE = {
  width: 1000,
  margin: 24,
  contextLabelWidth: 170,
  coreLabelWidth: 150,
  /** The funnel starts just under the context panel, and reaches a little into the core panel. */
  funnel: { gap: 2, height: 46, overlap: 6 },
  breakLabelDrop: 30,
  band: { height: 16, min: 3 },
  /** Ticks point down from the axis; years are labelled under the tick, months just right of it. */
  /** Month and day labels drop far enough to clear a mark on the axis. */
  tick: { length: 5, yearLabelDrop: 20, monthLabelDrop: 21, monthLabelOffset: 3 },
  /** The highlight lines start under the day numbers; their labels sit beside them, lower. */
  highlightLabel: { drop: 39, offset: 5, lineFrom: 26 },
  cadence: { belowAxis: 46, height: 30, captionDrop: 16 },
  bottom: 26,
};

function horizontalTicks(ticks: readonly Tick[], axisY: number): PanelLayout['ticks'] {
  const { length, yearLabelDrop, monthLabelDrop, monthLabelOffset } = WIDE.tick;
  const label = (tick: Tick): TextSlot =>
    tick.unit === 'year'
      ? { x: tick.position, y: axisY + yearLabelDrop, anchor: 'middle', says: tickSays(tick) }
      : tick.unit === 'day'
        ? { x: tick.mid, y: axisY + monthLabelDrop, anchor: 'middle', says: tickSays(tick) }
        : { x: tick.position + monthLabelOffset, y: axisY + monthLabelDrop, anchor: 'start', says: tickSays(tick) };
  return ticks.map((tick) => ({ line: { x1: tick.position, y1: axisY, x2: tick.position, y2: axisY + length }, label: label(tick) }));
}

/** The wide graphic: context strip on top, the funnel, then the core window with its strike bars. */
export function layoutWide(events: readonly ChronologyEvent[], weeks: readonly StrikeWeek[]): TimelineLayout {
  const { width, margin } = WIDE;
  const range: [number, number] = [margin, width - margin];
  const { core, context } = split(events);
  const top = layoutHorizontal(context, CONTEXT_DOMAIN, { ...TYPE, width, margin, maxLabelWidth: WIDE.contextLabelWidth, ticks: 'years' });
  const main = layoutHorizontal(core, CORE_DOMAIN, { ...TYPE, width, margin, maxLabelWidth: WIDE.coreLabelWidth, ticks: 'months' });
  const band = windowOn(CORE_DOMAIN, CONTEXT_DOMAIN, range);
  const funnelTop = top.height + WIDE.funnel.gap;
  const coreTop = funnelTop + WIDE.funnel.height;
  const barsBase = main.axisY + WIDE.cadence.belowAxis + WIDE.cadence.height;
  const axis = (y: number): Segment => ({ x1: margin, y1: y, x2: width - margin, y2: y });
  const focus = windowOn(CORE_DOMAIN.focus!, CORE_DOMAIN, range);
  return {
    width,
    height: coreTop + barsBase + WIDE.bottom,
    context: {
      name: 'context',
      offsetY: 0,
      highlights: [],
      ticks: horizontalTicks(top.ticks, top.axisY),
      axis: axis(top.axisY),
      band: { x: band.start, y: top.axisY - WIDE.band.height / 2, width: round(Math.max(WIDE.band.min, band.end - band.start)), height: WIDE.band.height },
      marks: top.marks,
    },
    funnel: path([
      [band.start, funnelTop],
      [band.end, funnelTop],
      [width - margin, coreTop + WIDE.funnel.overlap],
      [margin, coreTop + WIDE.funnel.overlap],
    ]),
    breakLabel: { x: width / 2, y: funnelTop + WIDE.breakLabelDrop, anchor: 'middle', says: { kind: 'break', compact: false } },
    core: {
      name: 'core',
      offsetY: coreTop,
      focus: { x: focus.start, y: 0, width: focus.end - focus.start, height: barsBase },
      // The earlier day is labelled left of its line, the later one right of it.
      highlights: highlightDays.map(([day, iso], index) => {
        const x = dayPosition(iso, CORE_DOMAIN, range);
        const { drop, offset, lineFrom } = WIDE.highlightLabel;
        return {
          line: { x1: x, y1: main.axisY + lineFrom, x2: x, y2: barsBase },
          label: { x: index === 0 ? x - offset : x + offset, y: main.axisY + drop, anchor: index === 0 ? 'end' : 'start', says: { kind: 'highlight', day } },
        };
      }),
      ticks: horizontalTicks(main.ticks, main.axisY),
      axis: axis(main.axisY),
      cadence: {
        bars: cadenceBars(weeks, range, WIDE.cadence.height, (from, extent, height) => ({ x: from, y: round(barsBase - height), width: extent, height })),
        baseline: axis(barsBase),
        caption: { x: margin, y: barsBase + WIDE.cadence.captionDrop, anchor: 'start', says: { kind: 'cadence-caption', tallest: tallestWeek(weeks) } },
      },
      marks: main.marks,
    },
  };
}

const NARROW = {
  width: 360,
  /**
   * Text in viewBox units: the graphic is 360 units wide and a 320 px screen gives it 288 px, so 15 units
   * show at 12 px (chronology.css sets the same for the narrow graphic).
   */
  type: { fontSize: 15, lineHeight: 18 },
  margin: 14,
  /** Wide enough for the tick labels and the highlight labels ("13 Nov", bold) left of the strike bars. */
  axisX: 106,
  /** Mark lanes 10 apart and the labels 10 past them: room for the longest 15-unit word in the column. */
  markLane: 10,
  toLabels: 10,
  contextLength: 240,
  coreLength: 760,
  /** The core panel starts this far below the context panel's end. */
  coreGap: 44,
  /** The funnel widens from the band to the core axis. */
  funnel: { inset: 4, topHalf: 8, bottomHalf: 40, overlap: 8 },
  /** Right-aligned at the edge, clear of the funnel (dx counts from the right edge). */
  breakLabel: { dx: -2, drop: 22 },
  band: { width: 16, min: 3 },
  /** Ticks point left from the axis; labels start at the left edge, centred on the tick. */
  tick: { length: 5, labelX: 4, labelDrop: 4 },
  highlight: { length: 26, labelX: 2, labelDrop: 4 },
  /** Strike bars grow left from the axis. */
  cadence: { gap: 2, width: 12 },
};

function verticalTicks(ticks: readonly Tick[], axisX: number): PanelLayout['ticks'] {
  const { length, labelX, labelDrop } = NARROW.tick;
  // A focus day's number sits in the middle of the day; a highlighted day's is its highlight label instead.
  return ticks.map((tick) => ({
    line: { x1: axisX - length, y1: tick.position, x2: axisX, y2: tick.position },
    ...(!(tick.unit === 'day' && isHighlighted(tick.date)) && {
      label: { x: labelX, y: (tick.unit === 'day' ? tick.mid : tick.position) + labelDrop, anchor: 'start' as const, says: tickSays(tick) },
    }),
  }));
}

/** The narrow graphic: a compact context strip, then the core window running down the page. */
export function layoutNarrow(events: readonly ChronologyEvent[], weeks: readonly StrikeWeek[]): TimelineLayout {
  const { width, margin, axisX } = NARROW;
  const { core, context } = split(events);
  const options = { ...NARROW.type, width, margin, axisX, markLane: NARROW.markLane, toLabels: NARROW.toLabels };
  const top = layoutVertical(context, CONTEXT_DOMAIN, { ...options, minLength: NARROW.contextLength, ticks: 'years' });
  const main = layoutVertical(core, CORE_DOMAIN, { ...options, minLength: NARROW.coreLength, ticks: 'months' });
  const band = windowOn(CORE_DOMAIN, CONTEXT_DOMAIN, [top.top, top.bottom]);
  const coreTop = top.height + NARROW.coreGap;
  const range: [number, number] = [main.top, main.bottom];
  const focus = windowOn(CORE_DOMAIN.focus!, CORE_DOMAIN, range);
  const axis = (panel: { top: number; bottom: number }): Segment => ({ x1: axisX, y1: panel.top, x2: axisX, y2: panel.bottom });
  const { inset, topHalf, bottomHalf, overlap } = NARROW.funnel;
  return {
    width,
    height: coreTop + main.height,
    context: {
      name: 'context',
      offsetY: 0,
      highlights: [],
      ticks: verticalTicks(top.ticks, axisX),
      axis: axis(top),
      band: { x: axisX - NARROW.band.width / 2, y: band.start, width: NARROW.band.width, height: round(Math.max(NARROW.band.min, band.end - band.start)) },
      marks: top.marks,
    },
    funnel: path([
      [axisX - topHalf, top.height - inset],
      [axisX + topHalf, top.height - inset],
      [axisX + bottomHalf, coreTop + overlap],
      [axisX - bottomHalf, coreTop + overlap],
    ]),
    breakLabel: { x: width + NARROW.breakLabel.dx, y: top.height + NARROW.breakLabel.drop, anchor: 'end', says: { kind: 'break', compact: true } },
    core: {
      name: 'core',
      offsetY: coreTop,
      focus: { x: 0, y: focus.start, width, height: focus.end - focus.start },
      // Each highlighted day's line, its date in the tick column (the focus leaves room for one each).
      highlights: highlightDays.map(([day, iso]) => {
        const y = dayPosition(iso, CORE_DOMAIN, range);
        return {
          line: { x1: axisX - NARROW.highlight.length, y1: y, x2: axisX, y2: y },
          label: { x: NARROW.highlight.labelX, y: y + NARROW.highlight.labelDrop, anchor: 'start', says: { kind: 'highlight-day', day } },
        };
      }),
      ticks: verticalTicks(main.ticks, axisX),
      axis: axis(main),
      cadence: {
        bars: cadenceBars(weeks, range, NARROW.cadence.width, (from, extent, length) => ({ x: round(axisX - NARROW.cadence.gap - length), y: from, width: length, height: extent })),
      },
      marks: main.marks,
    },
  };
}

/** The legend's swatches: a phase colour, a point mark's symbol, a span's bar. */
export const LEGEND_SWATCHES = {
  phase: { width: 14, height: 14, rect: { x: 1, y: 1, width: 12, height: 12, rx: 2 } },
  /** Tall enough for the diamond and the triangle, which are taller than wide at equal area. */
  symbol: { width: 16, height: 18, path: (name: SymbolName) => symbolPath(name, 8, 9, 5) },
  span: { width: 28, height: 14, rect: { x: 1, y: 2, width: 26, height: 10, rx: 5 } },
};
