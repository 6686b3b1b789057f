import { describe, expect, it } from 'vitest';
import { blockWidth, nameWithLabel, plain, textBox, textLines, words, wrapPhrases, type TextView } from './phrases.ts';
import { textWidth } from './text.ts';

describe('wrapPhrases', () => {
  it('keeps a phrase on one line and breaks between phrases', () => {
    const phrases = [plain('for'), [{ text: 'January 2026', cls: 'date' as const }], plain('in')];
    const lines = wrapPhrases(phrases, textWidth('January 2026 in', 13), 13);
    expect(lines).toEqual([[{ text: 'for' }], [{ text: 'January 2026', cls: 'date' }, { text: ' ' }, { text: 'in' }]]);
  });

  it('gives a phrase wider than the line a line of its own', () => {
    expect(wrapPhrases(words('a verylongword b'), 1, 13)).toHaveLength(3);
    expect(blockWidth([[{ text: 'ab' }], [{ text: 'abcd' }]], 10)).toBe(textWidth('abcd', 10));
  });
});

describe('placed text', () => {
  it('lays lines down a box by anchor and measures them back', () => {
    const [first, second] = textLines([[{ text: 'one' }], [{ text: 'two' }]], { x: 10, y: 0, width: 40, height: 32 }, 'end', { cls: 'c', fontSize: 13, lineHeight: 16 });
    expect(first).toEqual({ cls: 'c', x: 50, y: 12.5, anchor: 'end', segments: [{ text: 'one' }], fontSize: 13 });
    expect(second!.y).toBe(28.5);
    expect(textBox(first!).x).toBeCloseTo(50 - textWidth('one', 13));
  });

  it('puts the visible words first in an accessible name unless it has them already', () => {
    const label: TextView = { cls: 'c', x: 0, y: 0, anchor: 'start', segments: [{ text: '446 t' }], fontSize: 13 };
    expect(nameWithLabel('the police figure', [label])).toBe('446 t — the police figure');
    expect(nameWithLabel('446 t of cocaine', [label])).toBe('446 t of cocaine');
  });
});
