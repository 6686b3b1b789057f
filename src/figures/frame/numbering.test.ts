import { describe, expect, it } from 'vitest';
import { figureNumber, slotOrder } from './numbering.ts';

describe('figure numbers', () => {
  it('follow the order of FigureSlot in the narrative, not the order figures were written', () => {
    const bodies = ['Text\n<FigureSlot name="chronology" />', 'No figure here', '<FigureSlot name="strikes" />\n\n<FigureSlot name=\'seizures\' />', '<FigureSlot name="strikes" />'];
    expect(slotOrder(bodies)).toEqual(['chronology', 'strikes', 'seizures']);
    expect(figureNumber('seizures', bodies)).toBe(3);
    expect(figureNumber('unplaced', bodies)).toBeUndefined();
  });
});
