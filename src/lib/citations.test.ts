import { describe, expect, it } from 'vitest';
import { citationOrder, numberCitations } from './citations.ts';

describe('citations', () => {
  const bodies = ['A.<Cite id="b" /> B.<Cite id="a" />', 'C.<Cite id="b" /> D.<Cite id="c"/>'];
  it('numbers by first appearance across sections', () => {
    expect(citationOrder(bodies)).toEqual(['b', 'a', 'c']);
    expect([...numberCitations(bodies, new Set(['a', 'b', 'c']))]).toEqual([['b', 1], ['a', 2], ['c', 3]]);
  });
  it('rejects an id with no citation record', () => {
    expect(() => numberCitations(bodies, new Set(['a', 'b']))).toThrowError('Unknown citation id(s) in content/explainer: c');
  });
});
