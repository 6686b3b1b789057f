/**
 * Label order for the horizontal panels (panels.ts): which other marks a label covers, the order that puts a
 * label after those of the marks it covers (so it can go above them, clear of their leader lines), and how
 * many labels end up across a leader. Pure.
 */
import { overlaps, type Box } from '../kit/text.ts';

/** The marks (by index) whose leader line, at `leaderXs[j]`, runs under the span [left, right] give or take `gap`. */
export function coveredMarks(leaderXs: readonly number[], self: number, left: number, right: number, gap: number): number[] {
  return leaderXs.flatMap((x, j) => (j !== self && left - gap < x + 0.5 && right + gap > x - 0.5 ? [j] : []));
}

/**
 * The order to place labels in: from the latest back (the highest index first), and, with `coveredFirst`, each
 * after the labels of the marks it covers; labels over each other's marks (no order helps) go latest first.
 */
export function placementOrder(covers: readonly (readonly number[])[], coveredFirst: boolean): number[] {
  const order: number[] = [];
  const waiting = new Set(covers.map((_, index) => index));
  while (waiting.size > 0) {
    const latest = [...waiting].reverse();
    const next = latest.find((index) => !coveredFirst || covers[index]!.every((covered) => !waiting.has(covered))) ?? latest[0]!;
    waiting.delete(next);
    order.push(next);
  }
  return order;
}

type Labelled = { label: { box: Box; leader: string } };

/** Each label, as drawn, across another mark's leader line ("x,y1 x,y2", vertical): [label, leader] indices. */
export function crossings(marks: readonly Labelled[]): [number, number][] {
  const leaders = marks.map(({ label }) => {
    const [[x, y1], [, y2]] = label.leader.split(' ').map((point) => point.split(',').map(Number)) as [[number, number], [number, number]];
    return { x: x - 0.5, y: Math.min(y1, y2), width: 1, height: Math.abs(y1 - y2) };
  });
  return marks.flatMap(({ label }, i) => leaders.flatMap((leader, j) => (j !== i && overlaps(label.box, leader) ? [[i, j] as [number, number]] : [])));
}

/** How many times a label lies across another mark's leader line. */
export const leaderCrossings = (marks: readonly Labelled[]): number => crossings(marks).length;
