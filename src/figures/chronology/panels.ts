/**
 * One time axis and its events: each event's mark in a lane of its own, its label placed by the kit's
 * LabelBoard so labels never overlap, laid out across the page (wide screens) or down it (phones). The
 * time scale (scale.ts) is linear, so equal gaps in time are equal gaps on the page, except in a window's
 * focus days, drawn wider at its centre. Days take the lanes nearest the axis; spans the lanes beyond, and a
 * long or open-ended span is drawn receding. Pure: data in, coordinates out.
 */
import type { Actor, Phase, Precision } from '../../schemas/event.ts';
import { round } from '../kit/format.ts';
import { LabelBoard, lineBox } from '../kit/labels.ts';
import { symbolPath, type SymbolName } from '../kit/symbols.ts';
import { packLanes, textWidth, wrapText, type Box } from '../kit/text.ts';
import { coveredMarks, leaderCrossings, placementOrder } from './labelOrder.ts';
import { eventInterval, eventRef, isLongSpan, isPoint, orderEvents, type ChronologyEvent, type Interval, type TimeWindow } from './model.ts';
import { middle, ticks, timeScale, type Tick } from './scale.ts';

/**
 * The wide graphic's label size (chronology.css sets the same) and line spacing, in viewBox units: the
 * 1000-unit graphic prints 680 px wide on A4, so 14 units are 9.5 px, 7.1 pt, on paper.
 */
export const TYPE = { fontSize: 14, lineHeight: 17 };
/** Where the first baseline sits in a line box, as a share of the line height. */
const BASELINE = 0.78;
/** Radius of a point mark's symbol (the radius of the circle of the same area). */
const MARK_RADIUS = 6;
/** A span is a hollow bar this thick with round ends, drawn at least `MIN_SPAN` long; a long or open one thinner. */
const SPAN_THICKNESS = 10;
const LONG_SPAN_THICKNESS = 6;
const MIN_SPAN = 4;
/**
 * Distance between mark lanes: marks that would overlap on the axis (same day, overlapping spans) are stacked.
 * 16 units keeps a mark's centre clear of its neighbour's 24 px hit area on a wide screen.
 */
export const MARK_LANE = 16;
/**
 * Spans take the lanes beyond the days' marks, one lane left empty between them: a span's hit area (24 px
 * across) then never covers a day's mark, so a tap on a day always reaches it.
 */
const SPAN_LANE_GAP = 1;
/** The open end of a span that runs off the panel: a chevron this deep, its tip this far past the edge. */
const OPEN_END = { depth: 8, overshoot: 2 };
/** How long an open start's bar is drawn, before its last known date (px): a length, not a date. */
const OPEN_START_LENGTH = 18;

/** The point mark's shape says who acts first: circle Colombia, square U.S., diamond Venezuela, triangle others. */
export const ACTOR_SYMBOLS: Record<Actor, SymbolName> = {
  colombia: 'circle',
  'united-states': 'square',
  venezuela: 'diamond',
  'united-kingdom': 'triangle',
  netherlands: 'triangle',
  others: 'triangle',
};

/** What the mark is, positioned: the label's lines, anchor and box, the leader, the shape to draw. */
export interface LabelView {
  lines: string[];
  /** Each line as drawn: its text (with the space that joins it to the next line) and its offset from the last. */
  tspans: { text: string; dy: number }[];
  /** Text anchor x and the baseline of the first line. */
  x: number;
  y: number;
  anchor: 'start' | 'end';
  box: Box;
  /** From the mark to the label: SVG polyline points. */
  leader: string;
}

export interface MarkView {
  ref: string;
  id: string;
  phase: Phase;
  actors: readonly Actor[];
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
  /** A long or open-ended span, drawn receding (lighter, thinner); a mark inside the focus days. */
  recede: boolean;
  focus: boolean;
  /** A point is a symbol path; a span a round-ended bar, with a chevron for each open end. */
  shape: { path: string } | { bar: Box & { rx: number } };
  openEnds: string[];
  label: LabelView;
}

export interface LayoutOptions {
  width: number;
  fontSize: number;
  lineHeight: number;
  margin: number;
  ticks: 'months' | 'years';
}

/**
 * Each event's extent along the axis and its mark lane: 0 sits on the axis; a mark that would touch one
 * already placed moves out one lane (in time order, so deterministically).
 */
export function markPositions(events: readonly ChronologyEvent[], domain: TimeWindow, range: [number, number]) {
  const scale = timeScale(domain, range);
  const extents = events.map((event) => {
    const interval = clip(eventInterval(event.date), domain);
    const point = isPoint(event.date);
    // An open start is drawn as a short bar ending on its last known date, with an open end at its start.
    const from = point ? scale(middle(interval)) : interval.openStart ? Math.max(range[0], scale(interval.end) - OPEN_START_LENGTH) : scale(interval.start);
    const to = point ? from : Math.max(scale(interval.end), from + MIN_SPAN);
    const inFocus = domain.focus !== undefined && interval.start >= domain.focus.start && interval.end <= domain.focus.end;
    return { interval, point, from, to, recede: isLongSpan(event.date), focus: inFocus };
  });
  // Days first, in lanes from the axis out; then spans, beyond an empty lane.
  const pack = (kind: boolean) => {
    const indices = extents.map((extent, index) => (extent.point === kind ? index : -1)).filter((index) => index >= 0);
    const lanes = packLanes(indices.map((index) => ({ start: extents[index]!.from - MARK_RADIUS, end: extents[index]!.to + MARK_RADIUS })), 1);
    return new Map(indices.map((index, i) => [index, lanes[i]!]));
  };
  const points = pack(true);
  const spans = pack(false);
  const spanBase = points.size === 0 ? 0 : Math.max(...points.values()) + 1 + SPAN_LANE_GAP;
  return extents.map((extent, index) => ({ ...extent, lane: points.get(index) ?? spanBase + spans.get(index)! }));
}

function clip(interval: Interval, domain: Interval) {
  return {
    start: interval.start < domain.start ? domain.start : interval.start,
    end: interval.end > domain.end ? domain.end : interval.end,
    openStart: interval.openStart === true,
    // An open start is drawn like a span clipped at its start: the chevron says "began earlier, date unknown".
    clippedStart: interval.start < domain.start || interval.openStart === true,
    clippedEnd: interval.end > domain.end,
  };
}

type Position = ReturnType<typeof markPositions>[number];

/** The parts every mark has, whatever the orientation: what it says, its shape, its open ends. */
function drawMark(event: ChronologyEvent, position: Position, orientation: 'horizontal' | 'vertical', at: Pick<MarkView, 'x' | 'x2' | 'y' | 'y2'>) {
  const { x, x2, y, y2 } = at;
  const horizontal = orientation === 'horizontal';
  const thickness = position.recede ? LONG_SPAN_THICKNESS : SPAN_THICKNESS;
  const half = thickness / 2;
  const shape: MarkView['shape'] = position.point
    ? { path: symbolPath(ACTOR_SYMBOLS[event.actors[0] ?? 'others'], x, y, MARK_RADIUS) }
    : {
        bar: horizontal
          ? { x, y: round(y - half), width: round(Math.max(MIN_SPAN, x2 - x)), height: thickness, rx: half }
          : { x: round(x - half), y, width: thickness, height: round(Math.max(MIN_SPAN, y2 - y)), rx: half },
      };
  // A chevron pointing out of the panel: its tip just past the edge, its arms across the bar.
  const chevron = (along: number, across: number, outward: -1 | 1) => {
    const tip = along + outward * OPEN_END.overshoot;
    const arms = along - outward * (OPEN_END.depth - OPEN_END.overshoot);
    const points = horizontal ? [[arms, across - half], [tip, across], [arms, across + half]] : [[across - half, arms], [across, tip], [across + half, arms]];
    return `M${points.map(([a, b]) => `${round(a!)},${round(b!)}`).join('L')}`;
  };
  const openEnds = [
    ...(position.interval.clippedStart ? [horizontal ? chevron(x, y, -1) : chevron(y, x, -1)] : []),
    ...(position.interval.clippedEnd ? [horizontal ? chevron(x2, y, 1) : chevron(y2, x, 1)] : []),
  ];
  return {
    ref: eventRef(event.id),
    id: event.id,
    phase: event.phase,
    actors: event.actors,
    precision: event.date.precision,
    display: event.date.display,
    title: event.title,
    kind: position.point ? ('point' as const) : ('span' as const),
    recede: position.recede,
    focus: position.focus,
    ...at,
    clippedStart: position.interval.clippedStart,
    clippedEnd: position.interval.clippedEnd,
    shape,
    openEnds,
  };
}

const tspans = (lines: string[], lineHeight: number) =>
  lines.map((line, i) => ({ text: i < lines.length - 1 ? `${line} ` : line, dy: i === 0 ? 0 : lineHeight }));

const widest = (lines: string[], fontSize: number) => Math.max(...lines.map((line) => textWidth(line, fontSize)));

/** Horizontal panels: labels stack in lanes above the marks, each lane tall enough for two lines. */
const HORIZONTAL = {
  maxLines: 2,
  /** Clearance between two labels. */
  labelGap: 6,
  /** Clearance between a label and another event's leader line, and between a leader and another label. */
  leaderGap: 2,
  /** Lanes tried before a label settles for crossing a leader line (it never crosses a label). */
  maxLanes: 40,
  /** Between the outermost mark lane and the lowest label lane. */
  aboveMarks: 8,
  /** Between a mark and its label's edge, and between a label and the panel's edge. */
  labelOffset: 3,
  edge: 2,
  /** Above the highest label, and below the axis for the tick labels. */
  top: 8,
  belowAxis: 34,
};

export interface HorizontalPanel {
  orientation: 'horizontal';
  width: number;
  height: number;
  axisY: number;
  ticks: Tick[];
  marks: MarkView[];
}

/**
 * Lays out events along a horizontal time axis with their labels stacked in lanes above it. A label never
 * overlaps another label, and crosses another label's leader line only when no lane is free of them.
 */
export function layoutHorizontal(
  events: readonly ChronologyEvent[],
  domain: TimeWindow,
  options: LayoutOptions & { maxLabelWidth: number },
): HorizontalPanel {
  const { width, fontSize, lineHeight, maxLabelWidth, margin } = options;
  const range: [number, number] = [margin, width - margin];
  const ordered = orderEvents(events);
  const positions = markPositions(ordered, domain, range);
  const markRise = (Math.max(0, ...positions.map((p) => p.lane)) + 1) * MARK_LANE;
  const laneHeight = HORIZONTAL.maxLines * lineHeight + HORIZONTAL.labelGap;

  // Positions relative to the axis at y = 0, labels going up (negative y); each label right of its mark unless
  // that runs off the panel, placed from the latest event back. A label over another event's mark is crossed
  // by that event's leader unless it sits above that event's label. Where that happens, two more layouts are
  // tried: labels placed after the labels of the marks they cover (so they go above them), and that with each
  // label on the side of its mark that covers fewer other marks (two labels over each other's marks: no order
  // helps). The layout with the fewest crossings wins, the first on a tie.
  const leaderXs = positions.map((position) => position.from);
  const items = ordered.map((event, index) => {
    const position = positions[index]!;
    const x = position.from;
    const lines = wrapText(event.label, maxLabelWidth, fontSize).slice(0, HORIZONTAL.maxLines);
    const labelWidth = widest(lines, fontSize);
    const side = (anchor: 'start' | 'end') => {
      const boxX = anchor === 'start' ? x + HORIZONTAL.labelOffset : x - HORIZONTAL.labelOffset - labelWidth;
      const fits = boxX >= HORIZONTAL.edge && boxX + labelWidth <= width - HORIZONTAL.edge;
      return { anchor, boxX, fits, covers: coveredMarks(leaderXs, index, boxX, boxX + labelWidth, HORIZONTAL.leaderGap) };
    };
    const [start, end] = [side('start'), side('end')];
    const rightUnlessOff = start.boxX + labelWidth > width - HORIZONTAL.edge ? end : start;
    const fewerCovered = end.fits && (!start.fits || end.covers.length < start.covers.length) ? end : start.fits ? start : rightUnlessOff;
    return { index, event, position, x, lines, labelWidth, height: lines.length * lineHeight, sides: [rightUnlessOff, fewerCovered] as const };
  });

  const layout = (choice: 0 | 1, coveredFirst: boolean) => {
    const chosen = items.map(({ sides, ...item }) => ({ ...item, ...sides[choice] }));
    const order = placementOrder(chosen.map((item) => item.covers), coveredFirst).map((index) => chosen[index]!);
    const labels = new LabelBoard({ gap: HORIZONTAL.labelGap });
    const leaders = new LabelBoard({ gap: HORIZONTAL.leaderGap });
    const placed = order.map(({ index, event, position, x, lines, labelWidth, height, anchor, boxX }) => {
      const markTop = -(position.lane * MARK_LANE + MARK_RADIUS);
      function* lanes(count = Infinity) {
        for (let lane = 0; lane < count; lane++) {
          const bottom = -(markRise + HORIZONTAL.aboveMarks + lane * laneHeight);
          yield { box: { x: boxX, y: bottom - height, width: labelWidth, height } };
        }
      }
      // The leader rises from the mark to the middle of the label's last line.
      const leaderOf = (box: Box) => lineBox(x - 0.5, markTop, x - 0.5, box.y + box.height - lineHeight / 2);
      const clearOfLeaders = (box: Box) => leaders.isClear(box) && labels.isClear(leaderOf(box), { gap: HORIZONTAL.leaderGap });
      // No lane keeps every leader clear: settle for the lowest lane where labels still never overlap.
      const { box } = labels.find(lanes(HORIZONTAL.maxLanes), { accept: clearOfLeaders }) ?? labels.find(lanes())!;
      labels.take(box);
      leaders.take(leaderOf(box));
      return { index, event, position, lines, anchor, box };
    });
    return { placed: placed.sort((a, b) => a.index - b.index) };
  };
  const panelOf = (placed: ReturnType<typeof layout>['placed']): HorizontalPanel => {
    const axisY = Math.ceil(-Math.min(0, ...placed.map(({ box }) => box.y)) + HORIZONTAL.top);
    const scale = timeScale(domain, range);
    return {
      orientation: 'horizontal',
      width,
      height: axisY + HORIZONTAL.belowAxis,
      axisY,
      ticks: ticks(scale, domain, options.ticks, width < 500 ? 10 : 5),
      marks: placed.map(({ event, position, lines, anchor, box }) => {
        const x = round(position.from);
        const y = axisY - position.lane * MARK_LANE;
        const leaderTop = round(axisY + box.y + box.height - lineHeight / 2);
        return {
          ...drawMark(event, position, 'horizontal', { x, x2: round(position.to), y, y2: y }),
          label: {
            lines,
            tspans: tspans(lines, lineHeight),
            x: round(anchor === 'start' ? box.x + 1 : box.x + box.width - 1),
            y: round(axisY + box.y + lineHeight * BASELINE),
            anchor,
            box: { ...box, x: round(box.x), y: round(axisY + box.y) },
            leader: `${x},${y - MARK_RADIUS} ${x},${leaderTop}`,
          },
        };
      }),
    };
  };
  const candidates = [layout(0, false), layout(0, true), layout(1, true)].map(({ placed }) => panelOf(placed));
  return candidates.reduce((best, next) => (leaderCrossings(next.marks) < leaderCrossings(best.marks) ? next : best));
}

/** Vertical panels: time runs down the page, labels sit in one column to the right of the mark lanes. */
const VERTICAL = {
  maxLines: 4,
  /** Between two labels in the column. */
  labelGap: 8,
  /** Between the outermost mark lane and the label column, and between the column and the right edge. */
  toLabels: 18,
  rightPadding: 4,
  /** Extra length so the labels are not packed end to end. */
  slack: 1.1,
  /** The leader leaves the mark level for this long, and meets the label level for this long. */
  leaderOut: 4,
  leaderIn: 6,
};

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
  domain: TimeWindow,
  options: LayoutOptions & { axisX: number; minLength: number; markLane?: number; toLabels?: number },
): VerticalPanel {
  const { width, fontSize, lineHeight, axisX, margin } = options;
  // A phone's column may pack the lanes tighter (a point mark is 12 px across) to leave the labels room.
  const lane = options.markLane ?? MARK_LANE;
  const ordered = orderEvents(events);
  const top = margin;
  // A first pass with a provisional scale finds how many mark lanes the events need beside the axis.
  const provisional = markPositions(ordered, domain, [top, top + options.minLength]);
  const maxLane = Math.max(0, ...provisional.map((p) => p.lane));
  const labelX = axisX + (options.toLabels ?? VERTICAL.toLabels) + (maxLane + 1) * lane;
  const labelWidth = width - labelX - VERTICAL.rightPadding;
  const wrapped = ordered.map((event) => wrapText(event.label, labelWidth, fontSize).slice(0, VERTICAL.maxLines));
  const needed = wrapped.reduce((sum, lines) => sum + lines.length * lineHeight + VERTICAL.labelGap, 0);
  const length = Math.max(options.minLength, Math.ceil(needed * VERTICAL.slack));
  const bottom = top + length;
  const positions = markPositions(ordered, domain, [top, bottom]);

  let previousBottom = -Infinity;
  const marks: MarkView[] = ordered.map((event, index) => {
    const position = positions[index]!;
    const x = axisX + Math.min(position.lane, maxLane) * lane;
    const y = round(position.from);
    const lines = wrapped[index]!;
    const height = lines.length * lineHeight;
    const boxTop = Math.max(position.from - lineHeight / 2, previousBottom + VERTICAL.labelGap);
    previousBottom = boxTop + height;
    const leaderEnd = { x: labelX - VERTICAL.rightPadding, y: round(boxTop + lineHeight / 2) };
    const leaderStart = x + MARK_RADIUS;
    return {
      ...drawMark(event, position, 'vertical', { x, x2: x, y, y2: round(position.to) }),
      label: {
        lines,
        tspans: tspans(lines, lineHeight),
        x: labelX,
        y: round(boxTop + lineHeight * BASELINE),
        anchor: 'start',
        box: { x: labelX - 2, y: round(boxTop), width: widest(lines, fontSize) + 4, height },
        leader: `${leaderStart},${y} ${leaderStart + VERTICAL.leaderOut},${y} ${leaderEnd.x - VERTICAL.leaderIn},${leaderEnd.y} ${leaderEnd.x},${leaderEnd.y}`,
      },
    };
  });
  return {
    orientation: 'vertical',
    width,
    height: Math.ceil(Math.max(bottom, previousBottom) + margin),
    axisX,
    top,
    bottom,
    ticks: ticks(timeScale(domain, [top, bottom]), domain, options.ticks, 5),
    marks,
  };
}
