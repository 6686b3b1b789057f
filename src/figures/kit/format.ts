/** Number, list and coordinate formatting shared by every figure (English edition). */

/** Rounds to `digits` decimals: SVG coordinates are written at 0.1 px so the markup stays small and stable. */
export function round(value: number, digits = 1): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}

const numberFormat = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 3 });

/** 446 → "446", 3000 → "3,000", 1.2219 → "1.222". */
export const formatNumber = (value: number): string => numberFormat.format(value);

/** "1 strike", "3 strikes"; `many` for irregular plurals. */
export const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;

/** ["a", "b", "c"] → "a, b and c". */
export const listJoin = (items: readonly string[]): string =>
  items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;

/** 0.853 → "85%". */
export const percent = (share: number): string => `${Math.round(share * 100)}%`;
