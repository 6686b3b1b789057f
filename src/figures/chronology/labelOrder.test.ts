import { describe, expect, it } from 'vitest';
import { coveredMarks, leaderCrossings, placementOrder } from './labelOrder.ts';

describe('label order', () => {
  it('finds the marks whose leaders run under a label, not its own', () => {
    expect(coveredMarks([10, 50, 90, 130], 1, 52, 120, 2)).toEqual([2]);
    expect(coveredMarks([10, 50, 90, 130], 2, 8, 88, 2)).toEqual([0, 1]);
  });

  it('places the latest first, and with coveredFirst each label after those of the marks it covers', () => {
    // Label 3 covers marks 1 and 2; label 0 covers nothing.
    const covers = [[], [], [], [1, 2]];
    expect(placementOrder(covers, false)).toEqual([3, 2, 1, 0]);
    expect(placementOrder(covers, true)).toEqual([2, 1, 3, 0]);
    // Two labels over each other's marks: no order helps, the latest goes first.
    expect(placementOrder([[1], [0]], true)).toEqual([1, 0]);
  });

  it('counts each label lying across another mark’s leader line', () => {
    const mark = (box: { x: number; y: number; width: number; height: number }, leader: string) => ({ label: { box, leader } });
    const marks = [mark({ x: 0, y: 0, width: 40, height: 10 }, '5,50 5,5'), mark({ x: 30, y: 20, width: 40, height: 10 }, '20,50 20,25')];
    // The second leader (x 20, y 25–50) runs below the first label; the first leader (x 5) passes left of the second label.
    expect(leaderCrossings(marks)).toBe(0);
    // The second label moved left to x 0 lies across the first leader (x 5, y 5–50).
    expect(leaderCrossings([marks[0]!, mark({ x: 0, y: 20, width: 40, height: 10 }, '20,50 20,25')])).toBe(1);
  });
});
