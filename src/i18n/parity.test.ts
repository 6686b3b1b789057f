import { describe, expect, it } from 'vitest';
import { assertParity, functionPaths, parityProblems, textShapeProblems, type TextParity } from './parity.ts';

describe('parityProblems', () => {
  it('is empty when both editions have the same items', () => {
    expect(
      parityProblems([
        { kind: 'section', en: ['in-brief', 'the-seizures'], es: ['the-seizures', 'in-brief'] },
        { kind: 'event label', en: { a: 'Suspension', b: 'Reversal' }, es: { b: 'Giro', a: 'Suspensión' } },
        { kind: 'citation', en: new Map([['x', 1]]), es: new Map([['x', 2]]) },
      ]),
    ).toEqual([]);
  });

  it('names every missing, extra, repeated and empty item, one line each', () => {
    const problems = parityProblems([
      { kind: 'section', en: ['in-brief', 'the-seizures', 'the-strikes'], es: ['in-brief', 'in-brief', 'las-incautaciones'] },
      { kind: 'event label', en: { 'suspension-order': 'Suspension ordered' }, es: { 'suspension-order': '  ' } },
      { kind: 'figure text', en: new Map([['seizures.title', 'Record seizures']]), es: new Map() },
    ]);
    expect(problems).toEqual([
      "es: missing section 'the-seizures'",
      "es: missing section 'the-strikes'",
      "es: section 'in-brief' listed twice",
      "es: extra section 'las-incautaciones' (not in the English edition)",
      "es: empty event label 'suspension-order'",
      "es: missing figure text 'seizures.title'",
    ]);
    expect(() => assertParity([{ kind: 'citation', en: ['a'], es: [] }])).toThrow(/1\)\:\nes: missing citation 'a'$/);
  });
});

describe('textShapeProblems', () => {
  const en = {
    TITLE: 'Title',
    notes: (n: number) => ['One', `Two ${n}`],
    WORDS: { empty: '', label: (n: number) => `${n} strikes` },
    phrase: [[{ text: 'two' }], [{ text: 'words' }]],
    headers: ['a', 'b'],
  };
  it('passes a translation of the same shape, whatever the word counts of its phrases', () => {
    const es = { TITLE: 'Título', notes: (n: number) => ['Uno', `Dos ${n}`], WORDS: { empty: '', label: (n: number) => `${n} ataques` }, phrase: [[{ text: 'tres' }], [{ text: 'palabras' }], [{ text: 'aquí' }]], headers: ['a', 'b'] };
    expect(textShapeProblems(en, es, 'text', { notes: [[1]], 'WORDS.label': [[3]] })).toEqual([]);
    expect(functionPaths(en)).toEqual(['notes', 'WORDS.label']);
  });

  it('names what differs', () => {
    const es = { TITLE: '', notes: () => ['Uno'], WORDS: { empty: 'algo', label: () => '' }, phrase: [], headers: ['a', 'b', 'c'], extra: 1 };
    expect(textShapeProblems(en, es, 'text', { notes: [[1]], 'WORDS.label': [[3]] })).toEqual([
      'text.extra: only in Spanish',
      'text.TITLE: text in English, empty in Spanish',
      'text.WORDS.empty: empty in English, text in Spanish',
      'text.WORDS.label(#1): text in English, empty in Spanish',
      'text.headers: 2 items in English, 3 in Spanish',
      'text.notes(#1): 2 items in English, 1 in Spanish',
      'text.phrase: words in English, no words in Spanish',
    ]);
  });
});

// Compile-time: the type names what differs (checked by `tsc`/`astro check`).
type En = { a: string; f: (n: number) => string };
const same: TextParity<En, { a: string; f: (n: number) => string }> = true;
const missing: TextParity<En, { a: string }> = { missing: 'f' };
const extra: TextParity<En, En & { g: string }> = { extra: 'g' };
const different: TextParity<En, { a: string; f: (n: string) => string }> = { differentType: 'f' };
void [same, missing, extra, different];
const TITLE_EN = 'Record seizures' as const;
const literals: TextParity<{ TITLE: typeof TITLE_EN; G: { readonly a: 'x' } }, { TITLE: 'Incautaciones récord'; G: { readonly a: 'y' } }> = true;
void literals;
