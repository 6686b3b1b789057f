/**
 * The one label placer every figure uses: a board of boxes already taken (marks, labels, leader lines) and
 * a greedy search that puts each new label at the first candidate position that stays inside the bounds
 * and clear of everything on the board. Figures differ only in the candidates they offer, in order of
 * preference, so placement is deterministic and the same on every build.
 */
import { overlaps, type Box } from './text.ts';

export interface BoardOptions {
  /** Where labels may go; a candidate not wholly inside is refused. */
  bounds?: Box;
  /** Clearance required between a new label and anything on the board, in px. */
  gap: number;
}

export interface PlaceOptions {
  /** Boxes on the board this label may touch (its own mark, say). */
  ignore?: readonly Box[];
  /** A different clearance for this label. */
  gap?: number;
  /** Extra tests a candidate must pass (a leader line that must not cross a label, for instance). */
  accept?: (box: Box) => boolean;
}

export class LabelBoard {
  readonly taken: Box[] = [];
  readonly bounds: Box | undefined;
  readonly gap: number;

  constructor(options: BoardOptions, taken: readonly Box[] = []) {
    this.bounds = options.bounds;
    this.gap = options.gap;
    this.taken.push(...taken);
  }

  /** Marks a box as taken (a mark, a label placed some other way, a leader line). */
  take(...boxes: Box[]): void {
    this.taken.push(...boxes);
  }

  /** Whether `box` is inside the bounds and clear of every taken box (except those in `ignore`). */
  isClear(box: Box, options: PlaceOptions = {}): boolean {
    const gap = options.gap ?? this.gap;
    if (this.bounds && !inside(box, this.bounds)) return false;
    if (this.taken.some((other) => !options.ignore?.includes(other) && overlaps(box, other, gap))) return false;
    return options.accept ? options.accept(box) : true;
  }

  /** The first clear candidate, without taking it; undefined when none is clear. */
  find<C extends { box: Box }>(candidates: Iterable<C>, options: PlaceOptions = {}): C | undefined {
    for (const candidate of candidates) if (this.isClear(candidate.box, options)) return candidate;
    return undefined;
  }

  /** Takes the first clear candidate and returns it; undefined (nothing taken) when none is clear. */
  place<C extends { box: Box }>(candidates: Iterable<C>, options: PlaceOptions = {}): C | undefined {
    const found = this.find(candidates, options);
    if (found) this.take(found.box);
    return found;
  }
}

/** Whether `box` lies wholly inside `bounds`. */
export function inside(box: Box, bounds: Box): boolean {
  return box.x >= bounds.x && box.y >= bounds.y && box.x + box.width <= bounds.x + bounds.width && box.y + box.height <= bounds.y + bounds.height;
}

/**
 * Offsets to try around a preferred position, smallest first (by |dx| + weight·|dy|), so every candidate
 * is tried as given before any is nudged far.
 */
export function nudges(dxs: readonly number[], dys: readonly number[], verticalWeight = 1): [number, number][] {
  const all: [number, number][] = [];
  for (const dx of dxs) for (const dy of dys) all.push([dx, dy]);
  return all.sort((a, b) => Math.abs(a[0]) + verticalWeight * Math.abs(a[1]) - (Math.abs(b[0]) + verticalWeight * Math.abs(b[1])));
}

/** The box a straight leader line occupies (at least 1 px thick). */
export function lineBox(x1: number, y1: number, x2: number, y2: number): Box {
  return { x: Math.min(x1, x2), y: Math.min(y1, y2), width: Math.max(1, Math.abs(x2 - x1)), height: Math.max(1, Math.abs(y2 - y1)) };
}
