import { describe, expect, it } from 'vitest';
import { locateQuote, normaliseForMatch, resolveSources, textFragment, ProvenanceError } from './provenance.ts';

const units = [
  { n: 1, text: 'Gustavo Petro has suspended the sending of confidential information.' },
  { n: 2, text: '“This measure will remain in effect as long as the missile attacks on boats in the Caribbean continue,” he explained.' },
  { n: 3, text: 'Since 1999, the US and Colombia have maintained close cooperation in\u00a0 combating narco\u2011trafficking.' },
];
const articles = new Map([['004_x', units]]);

describe('normaliseForMatch', () => {
  it('folds whitespace, curly quotes and dashes only', () => {
    expect(normaliseForMatch('  “Yes” –\u00a0it’s\n\tfine  ').text).toBe('"Yes" - it\'s fine');
    expect(normaliseForMatch('Case Stays').text).toBe('Case Stays');
  });
});

describe('locateQuote', () => {
  it('finds a quote with straight quotes in a paragraph with curly ones, and maps back to the original words', () => {
    const found = locateQuote(units, '"This measure will remain in effect');
    expect(found).toEqual({ paragraph: 2, matchedText: '“This measure will remain in effect' });
  });
  it('tolerates different spaces and dash variants', () => {
    expect(locateQuote(units, 'cooperation in combating narco-trafficking')?.paragraph).toBe(3);
  });
  it('does not match when one word differs', () => {
    expect(locateQuote(units, 'Gustavo Petro has resumed the sending of confidential information')).toBeNull();
  });
  it('does not match across paragraphs', () => {
    expect(locateQuote(units, 'confidential information. “This measure')).toBeNull();
  });
});

describe('resolveSources', () => {
  it('resolves article quotes to paragraphs and passes URLs through', () => {
    expect(
      resolveSources('events', 'e1', [
        { article: { id: '004_x' }, quote: 'suspended the sending of confidential information' },
        { url: 'https://example.org/a', quote: 'anything' },
      ], articles),
    ).toEqual([
      { kind: 'article', articleId: '004_x', quote: 'suspended the sending of confidential information', paragraph: 1, matchedText: 'suspended the sending of confidential information' },
      { kind: 'url', url: 'https://example.org/a', quote: 'anything' },
    ]);
  });
  it('fails with one line naming the collection, the record and the quote', () => {
    const run = () => resolveSources('figures', 'tons-446', [{ article: '004_x', quote: 'Gustavo Petro has resumed the sending' }], articles);
    expect(run).toThrowError(ProvenanceError);
    expect(run).toThrowError(
      'Provenance check failed: figures/tons-446: quote not found in 004_x: "Gustavo Petro has resumed the sending"',
    );
  });
  it('fails for an unknown article', () => {
    expect(() => resolveSources('events', 'e2', [{ article: 'nope', quote: 'whatever it says' }], articles)).toThrowError(
      'Provenance check failed: events/e2: unknown article "nope"',
    );
  });
});

describe('textFragment', () => {
  it('encodes a short quote whole, escaping the reserved characters', () => {
    expect(textFragment('narco-trafficking, again & again')).toBe(':~:text=narco%2Dtrafficking%2C%20again%20%26%20again');
  });
  it('uses start and end words for a long quote', () => {
    expect(textFragment('one two three four five six seven eight nine ten')).toBe(':~:text=one%20two%20three%20four,seven%20eight%20nine%20ten');
  });
});
