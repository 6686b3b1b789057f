/**
 * Packing the strike marks into the map's areas: geometry for the hand-traced areas (point in polygon,
 * rounded corners, clipping to the frame), mark sizes, and the grid and row packers. Pure and
 * deterministic: the same input always gives the same cells.
 */
import type { Point } from './basemap.ts';
import { round } from '../kit/format.ts';
import { overlaps, type Box } from '../kit/text.ts';

/** Ray-casting point-in-polygon test. */
export function insidePolygon([x, y]: Point, polygon: readonly Point[]): boolean {
  let inside = false;
  for (let i = 0, j = polygon.length - 1; i < polygon.length; j = i++) {
    const [xi, yi] = polygon[i]!;
    const [xj, yj] = polygon[j]!;
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/** Chaikin corner cutting: rounds a closed polygon's corners (each pass doubles the points). */
export function smooth(polygon: readonly Point[], passes = 2): Point[] {
  let points = [...polygon];
  for (let pass = 0; pass < passes; pass++) {
    const next: Point[] = [];
    for (let i = 0; i < points.length; i++) {
      const [ax, ay] = points[i]!;
      const [bx, by] = points[(i + 1) % points.length]!;
      next.push([0.75 * ax + 0.25 * bx, 0.75 * ay + 0.25 * by], [0.25 * ax + 0.75 * bx, 0.25 * ay + 0.75 * by]);
    }
    points = next;
  }
  return points;
}

/** Clips a polygon to a rectangle (Sutherland–Hodgman). */
export function clipToRect(polygon: readonly Point[], [x0, y0, x1, y1]: [number, number, number, number]): Point[] {
  const edges: [(p: Point) => boolean, (a: Point, b: Point) => Point][] = [
    [(p) => p[0] >= x0, (a, b) => [x0, a[1] + ((b[1] - a[1]) * (x0 - a[0])) / (b[0] - a[0])]],
    [(p) => p[0] <= x1, (a, b) => [x1, a[1] + ((b[1] - a[1]) * (x1 - a[0])) / (b[0] - a[0])]],
    [(p) => p[1] >= y0, (a, b) => [a[0] + ((b[0] - a[0]) * (y0 - a[1])) / (b[1] - a[1]), y0]],
    [(p) => p[1] <= y1, (a, b) => [a[0] + ((b[0] - a[0]) * (y1 - a[1])) / (b[1] - a[1]), y1]],
  ];
  let output = [...polygon];
  for (const [inside, cross] of edges) {
    const input = output;
    output = [];
    for (let i = 0; i < input.length; i++) {
      const current = input[i]!;
      const previous = input[(i + input.length - 1) % input.length]!;
      if (inside(current)) {
        if (!inside(previous)) output.push(cross(previous, current));
        output.push(current);
      } else if (inside(previous)) output.push(cross(previous, current));
    }
  }
  return output;
}


/** A closed polygon as SVG path data, at 0.1 px. */
export const pathOf = (polygon: readonly Point[]) => `M${polygon.map(([x, y]) => `${round(x)},${round(y)}`).join('L')}Z`;

/** The radius of a mark whose AREA is proportional to the people killed (largest record → `maxRadius`). */
export function markRadius(killed: number, maxKilled: number, maxRadius: number): number {
  if (maxKilled <= 0) return 0;
  return round(maxRadius * Math.sqrt(Math.max(0, killed) / maxKilled), 2);
}

/**
 * Packs items into a square grid of `pitch` px inside `polygon`, as a compact block centred on `seed`: the
 * block is a window of grid columns around the seed, filled row by row in reading order (left to right,
 * top to bottom), so that date order reads the same way. An item with a span of n (a record of several
 * strikes, with its count beside it) takes n cells side by side, moving to the next row when the rest of a
 * row is too short. Cells must lie wholly inside the polygon and clear of `exclude`. The narrowest window
 * whose block is no taller than it is wide wins, then the block whose middle is nearest the seed.
 * Deterministic: the same input always gives the same cells. Returns each item's first cell centre.
 */
export function packCells(polygon: readonly Point[], seed: Point, spans: readonly number[], pitch: number, exclude: readonly Box[] = []): Point[] {
  const xs = polygon.map((p) => p[0]);
  const ys = polygon.map((p) => p[1]);
  const [minI, maxI] = [Math.floor((Math.min(...xs) - seed[0]) / pitch), Math.ceil((Math.max(...xs) - seed[0]) / pitch)];
  const [minJ, maxJ] = [Math.floor((Math.min(...ys) - seed[1]) / pitch), Math.ceil((Math.max(...ys) - seed[1]) / pitch)];
  const half = pitch / 2;
  const usable = (i: number, j: number): boolean => {
    const x = seed[0] + i * pitch;
    const y = seed[1] + j * pitch;
    const corners: Point[] = [
      [x, y],
      [x - half, y - half],
      [x + half, y - half],
      [x - half, y + half],
      [x + half, y + half],
    ];
    if (!corners.every((corner) => insidePolygon(corner, polygon))) return false;
    const box = { x: x - half, y: y - half, width: pitch, height: pitch };
    return !exclude.some((other) => overlaps(box, other, 2));
  };
  const grid = new Map<string, boolean>();
  const free = (i: number, j: number) => {
    const key = `${i},${j}`;
    if (!grid.has(key)) grid.set(key, usable(i, j));
    return grid.get(key)!;
  };

  /** Flows the items from row `top` within columns [left, right]; null if they do not all fit. */
  const flow = (left: number, right: number, top: number): { i: number; j: number }[] | null => {
    const placed: { i: number; j: number }[] = [];
    let j = top;
    let i = left;
    for (const span of spans) {
      for (;;) {
        if (j > maxJ) return null;
        if (i + span - 1 > right) {
          j += 1;
          i = left;
          continue;
        }
        const run = [...Array(span).keys()].every((k) => free(i + k, j));
        if (run) break;
        i += 1;
      }
      placed.push({ i, j });
      i += span;
    }
    return placed;
  };

  const widest = Math.max(-minI, maxI);
  let fallback: { i: number; j: number }[] | null = null;
  for (let reach = 0; reach <= widest; reach++) {
    const columns = 2 * reach + 1;
    let best: { cells: { i: number; j: number }[]; distance: number } | null = null;
    for (let top = minJ; top <= maxJ; top++) {
      const cells = flow(-reach, reach, top);
      if (!cells) continue;
      const bottom = cells[cells.length - 1]!.j;
      const distance = Math.abs((top + bottom) / 2);
      if (!best || distance < best.distance) best = { cells, distance };
    }
    if (!best) continue;
    const rows = best.cells[best.cells.length - 1]!.j - best.cells[0]!.j + 1;
    if (rows <= columns) return best.cells.map(({ i, j }) => [seed[0] + i * pitch, seed[1] + j * pitch]);
    fallback ??= best.cells;
  }
  if (fallback) return fallback.map(({ i, j }) => [seed[0] + i * pitch, seed[1] + j * pitch]);
  throw new Error(`packCells: ${spans.length} marks do not fit in the area (grid of ${pitch} px)`);
}

/** Lays items in one row inside a box that hangs off `anchor` on the given side (a sub-area near a coast). */
export function packRow(anchor: Point, side: 'above' | 'left' | 'below' | 'right', spans: readonly number[], pitch: number, pad: number): { box: Box; centres: Point[] } {
  const width = spans.reduce((sum, span) => sum + span, 0) * pitch + 2 * pad;
  const height = pitch + 2 * pad;
  const x = side === 'left' ? anchor[0] - width : side === 'right' ? anchor[0] : anchor[0] - width / 2;
  const y = side === 'above' ? anchor[1] - height : side === 'below' ? anchor[1] : anchor[1] - height / 2;
  const centres: Point[] = [];
  let cursor = 0;
  for (const span of spans) {
    centres.push([round(x + pad + cursor * pitch + pitch / 2), round(y + pad + pitch / 2)]);
    cursor += span;
  }
  return { box: { x: round(x), y: round(y), width: round(width), height: round(height) }, centres };
}
