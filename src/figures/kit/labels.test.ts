import { describe, expect, it } from 'vitest';
import { LabelBoard, inside, lineBox, nudges } from './labels.ts';

const box = (x: number, y: number, width = 10, height = 10) => ({ x, y, width, height });

describe('LabelBoard', () => {
  it('takes the first candidate that is clear of everything on the board', () => {
    const board = new LabelBoard({ gap: 2 }, [box(0, 0)]);
    const placed = board.place([{ box: box(5, 5), name: 'a' }, { box: box(11, 0), name: 'b' }, { box: box(20, 0), name: 'c' }]);
    expect(placed?.name).toBe('c');
    expect(board.taken).toHaveLength(2);
  });

  it('refuses a candidate outside the bounds and takes nothing when none is clear', () => {
    const board = new LabelBoard({ gap: 0, bounds: box(0, 0, 50, 50) });
    expect(board.place([{ box: box(45, 0) }])).toBeUndefined();
    expect(board.taken).toHaveLength(0);
  });

  it('lets a label touch the boxes it is told to ignore, and applies extra tests', () => {
    const own = box(0, 0);
    const board = new LabelBoard({ gap: 0 }, [own]);
    expect(board.isClear(box(5, 0), { ignore: [own] })).toBe(true);
    expect(board.isClear(box(20, 0), { accept: (b) => b.x > 30 })).toBe(false);
  });
});

describe('helpers', () => {
  it('orders nudges from the smallest move', () => {
    expect(nudges([0, 8, -8], [0, 6], 1.5).slice(0, 3)).toEqual([[0, 0], [8, 0], [-8, 0]]);
  });
  it('measures containment and leader boxes', () => {
    expect(inside(box(1, 1), box(0, 0, 20, 20))).toBe(true);
    expect(lineBox(10, 20, 10, 5)).toEqual({ x: 10, y: 5, width: 1, height: 15 });
  });
});
