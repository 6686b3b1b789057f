/**
 * The marks' shapes, drawn by d3-shape and sized by area (as d3's symbols are), so a square and a circle of
 * one "size" weigh the same on the page. `r` is the radius of the circle of that area.
 */
import { symbol, symbolCircle, symbolDiamond, symbolSquare, symbolTriangle, type SymbolType } from 'd3-shape';

export type SymbolName = 'circle' | 'square' | 'diamond' | 'triangle';

const TYPES: Record<SymbolName, SymbolType> = {
  circle: symbolCircle,
  square: symbolSquare,
  diamond: symbolDiamond,
  triangle: symbolTriangle,
};

/** SVG path data for a symbol centred on the origin (draw it with a translate). */
export function symbolAt0(name: SymbolName, r: number): string {
  return symbol(TYPES[name], Math.PI * r * r).digits(1)() ?? '';
}

/** SVG path data for a symbol centred on (x, y), coordinates rounded to 0.1 px. */
export function symbolPath(name: SymbolName, x: number, y: number, r: number): string {
  return translatePath(symbolAt0(name, r), x, y);
}

/** Moves a path as d3-shape's symbols write it (absolute M, L and A; relative h and v; Z) by (x, y). */
function translatePath(d: string, x: number, y: number): string {
  const shift = (value: number, by: number) => String(Math.round((value + by) * 10) / 10);
  return d.replace(/([MLAhvZ])([^MLAhvZ]*)/g, (_, command: string, args: string) => {
    const numbers = args.trim().split(/[\s,]+/).filter(Boolean).map(Number);
    if (command === 'A') {
      // rx, ry, rotation, large-arc, sweep, x, y: only the end point moves.
      const [rx, ry, rotation, large, sweep, ex, ey] = numbers as [number, number, number, number, number, number, number];
      return `A${rx},${ry},${rotation},${large},${sweep},${shift(ex, x)},${shift(ey, y)}`;
    }
    if (command === 'M' || command === 'L') {
      const pairs: string[] = [];
      for (let i = 0; i + 1 < numbers.length; i += 2) pairs.push(`${shift(numbers[i]!, x)},${shift(numbers[i + 1]!, y)}`);
      return `${command}${pairs.join('L')}`;
    }
    return `${command}${args}`;
  });
}
