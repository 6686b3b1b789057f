import { describe, expect, it } from 'vitest';
import { symbolAt0, symbolPath } from './symbols.ts';

describe('symbolPath', () => {
  it('moves every absolute point and leaves relative segments alone', () => {
    expect(symbolAt0('square', 6)).toBe('M-5.3,-5.3h10.6v10.6h-10.6Z');
    expect(symbolPath('square', 100, 50, 6)).toBe('M94.7,44.7h10.6v10.6h-10.6Z');
    expect(symbolPath('triangle', 10, 10, 6)).toBe('M10,0.7L18.1,14.7L1.9,14.7Z');
  });

  it('moves only the end point of an arc', () => {
    expect(symbolPath('circle', 20, 30, 6)).toBe('M26,30A6,6,0,1,1,14,30A6,6,0,1,1,26,30');
  });

  it('sizes shapes by area, so a square of radius r has the area of the circle of radius r', () => {
    const side = Number(/h([\d.]+)/.exec(symbolAt0('square', 10))![1]);
    expect(side * side).toBeCloseTo(Math.PI * 100, -1);
  });
});
