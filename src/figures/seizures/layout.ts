/**
 * What Figure 2's two main layouts share: the marks (shape says what is counted, style how final it is),
 * the value axis, the boxes around conflicting figures, and label placement on the kit's `LabelBoard`.
 * Geometry only: every word comes from text.ts.
 */
import { scaleLinear } from 'd3-scale';
import { round } from '../kit/format.ts';
import { LabelBoard, inside, nudges } from '../kit/labels.ts';
import { blockWidth, lineText, nameWithLabel, textLines, type Anchor, type Segment, type TextView } from '../kit/phrases.ts';
import { symbolPath, type SymbolName } from '../kit/symbols.ts';
import type { Box } from '../kit/text.ts';
import type { Form } from '../../schemas/index.ts';
import type { TonnesDatum, TonnesKind, YearSlot } from './model.ts';
import * as en from './text.ts';
/** The figure's words: text.ts, or an edition's module with the same exports (text.es.ts). */
type SeizuresText = typeof en;

export type Shape = Extract<SymbolName, 'circle' | 'square' | 'triangle'>;
export type MarkStyle = 'final' | 'provisional' | 'partial' | 'base' | 'police';

/** Shape says what is counted: circle, form not specified; square, hydrochloride only; triangle, base/paste. */
export const shapeFor = (form: Form): Shape => (form === 'hydrochloride' ? 'square' : form === 'base-paste' ? 'triangle' : 'circle');
export const styleFor = (datum: TonnesDatum): MarkStyle =>
  datum.kind === 'police' ? 'police' : datum.kind === 'base' ? 'base' : datum.kind === 'partial' ? 'partial' : datum.provisional ? 'provisional' : 'final';

export interface MarkView {
  ref: string;
  id: string;
  kind: TonnesKind;
  shape: Shape;
  style: MarkStyle;
  x: number;
  y: number;
  r: number;
  /** The mark's path (a d3-shape symbol, sized by area). */
  d: string;
  ariaLabel: string;
}

export interface GapView {
  year: number;
  ref?: string;
  id?: string;
  box: Box;
  ariaLabel: string;
}

export interface ConflictView {
  key: string;
  year: number;
  box: Box;
}

export interface Line {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

export interface TickView {
  value: number;
  label: string;
  x: number;
  y: number;
  anchor: Anchor;
  line: Line;
}

export interface MainLayout {
  orientation: 'columns' | 'rows';
  width: number;
  height: number;
  valueTicks: TickView[];
  yearTicks: TickView[];
  /** Grid lines of the value axis, as segments (the rows layout breaks them around the police header). */
  grid: Line[];
  baseline: Line[];
  marks: MarkView[];
  gaps: GapView[];
  conflicts: ConflictView[];
  /** A rule that separates the police figure from the ministry's series. */
  divider: Line;
  texts: TextView[];
  /** Labels that could not be placed clear of everything (should stay empty; tests check it). */
  collisions: string[];
}

/** How much wider bold text runs than the regular-weight estimate. */
export const BOLD = 1.12;

/** The value axis: 0 to a nice maximum over every tonnage drawn, with nice ticks. */
export function tonnesAxis(maxTonnes: number, range: [number, number], count: number) {
  const scale = scaleLinear().domain([0, maxTonnes]).nice(count).range(range);
  return { scale, ticks: scale.ticks(count) };
}

/** The box a round mark occupies, with a pixel of clearance, for label placement. */
export function markBox(mark: MarkView): Box {
  return { x: mark.x - mark.r - 1, y: mark.y - mark.r - 1, width: 2 * mark.r + 2, height: 2 * mark.r + 2 };
}

/** A datum drawn as a mark at (x, y) with radius r. */
export function toMark(datum: TonnesDatum, x: number, y: number, r: number, txt: SeizuresText = en): MarkView {
  const shape = shapeFor(datum.form);
  const [cx, cy] = [round(x), round(y)];
  return { ref: datum.ref, id: datum.id, kind: datum.kind, shape, style: styleFor(datum), x: cx, y: cy, r, d: symbolPath(shape, cx, cy, r), ariaLabel: txt.markAria(datum) };
}

/** The gap of a slot without an annual figure, over `box`. */
export function gapView(slot: YearSlot, box: Box, txt: SeizuresText = en): GapView {
  return { year: slot.year, ...(slot.gap?.ref ? { ref: slot.gap.ref, id: slot.gap.id! } : {}), box, ariaLabel: txt.gapAria(slot.year) };
}

/** The box drawn around the marks of conflicting figures for one year. */
export function conflictView(slot: YearSlot, marks: readonly MarkView[]): ConflictView {
  const xs = marks.map((mark) => mark.x);
  const ys = marks.map((mark) => mark.y);
  const box = { x: round(Math.min(...xs) - 9), y: round(Math.min(...ys) - 9), width: round(Math.max(...xs) - Math.min(...xs) + 18), height: round(Math.max(...ys) - Math.min(...ys) + 18) };
  return { key: slot.annual[0]!.conflict ?? String(slot.year), year: slot.year, box };
}

/** A block of lines over the width it needs, `lineHeight` apart, from (x, y). */
export function blockAt(lines: readonly Segment[][], x: number, y: number, fontSize: number, lineHeight: number, widen = 1): Box {
  return { x, y, width: blockWidth(lines, fontSize) * widen, height: lines.length * lineHeight };
}

export type Side = 'right' | 'left' | 'above' | 'below';

export interface LabelRequest {
  /** The mark this label belongs to; a conflict block lists one ref per line, space-separated. */
  owner?: string;
  cls: string;
  lines: Segment[][];
  anchor: Box;
  prefer: Side[];
}

export interface Placement {
  board: LabelBoard;
  bounds: Box;
  fontSize: number;
  lineHeight: number;
  collisions: string[];
}

/** Clearance between a label and anything already on the board. */
export const LABEL_GAP = 2;
const PAD = 5;
// Beside a mark, a label slides up and down; above or below it, it slides sideways before it moves further off.
const BESIDE = nudges([0], [0, -5, 5, -10, 10, -15, 15, -20, 20, -26, 26, -32, 32, -40, 40]);
const OVER = nudges([0, -8, 8, -16, 16], [0, 6, 12, 18, 24, 32, 40, 50, 60], 100);

function candidates(anchor: Box, width: number, height: number, side: Side): { box: Box; anchor: Anchor }[] {
  const cx = anchor.x + anchor.width / 2;
  const cy = anchor.y + anchor.height / 2;
  switch (side) {
    case 'right':
      return BESIDE.map(([, dy]) => ({ box: { x: anchor.x + anchor.width + PAD, y: cy - height / 2 + dy, width, height }, anchor: 'start' as const }));
    case 'left':
      return BESIDE.map(([, dy]) => ({ box: { x: anchor.x - PAD - width, y: cy - height / 2 + dy, width, height }, anchor: 'end' as const }));
    case 'above':
      return OVER.map(([dx, lift]) => ({ box: { x: cx - width / 2 + dx, y: anchor.y - PAD - height - lift, width, height }, anchor: 'middle' as const }));
    case 'below':
      return OVER.map(([dx, drop]) => ({ box: { x: cx - width / 2 + dx, y: anchor.y + anchor.height + PAD + drop, width, height }, anchor: 'middle' as const }));
  }
}

/**
 * Places a block of lines at the first candidate the board finds clear and inside the bounds; it is then
 * on the board. A block for conflicting figures is one placement, but each line belongs to its own mark
 * (so hovering it selects that figure).
 */
export function placeLabel(request: LabelRequest, placement: Placement): TextView[] {
  const { board, bounds, fontSize, lineHeight } = placement;
  const width = blockWidth(request.lines, fontSize);
  const height = request.lines.length * lineHeight;
  const all = request.prefer.flatMap((side) => candidates(request.anchor, width, height, side));
  const clear = board.place(all, { accept: (box) => inside(box, bounds) });
  if (!clear) {
    placement.collisions.push(request.lines.map(lineText).join(' / '));
    board.take(all[0]!.box);
  }
  const chosen = clear ?? all[0]!;
  const texts = textLines(request.lines, chosen.box, chosen.anchor, { cls: request.cls, fontSize, lineHeight, ...(request.owner ? { owner: request.owner } : {}) });
  const owners = request.owner?.split(' ') ?? [];
  return owners.length <= 1 ? texts : texts.map((text, index) => ({ ...text, owner: owners[index]! }));
}

/** Gives each mark and gap an accessible name that starts with the words its labels show. */
export function nameMarks(layout: MainLayout): MainLayout {
  const owned = (ref: string) => layout.texts.filter((text) => text.owner === ref);
  return {
    ...layout,
    marks: layout.marks.map((mark) => ({ ...mark, ariaLabel: nameWithLabel(mark.ariaLabel, owned(mark.ref)) })),
    gaps: layout.gaps.map((gap) => (gap.ref ? { ...gap, ariaLabel: nameWithLabel(gap.ariaLabel, owned(gap.ref)) } : gap)),
  };
}

export const newBoard = (taken: readonly Box[]) => new LabelBoard({ gap: LABEL_GAP }, taken);
