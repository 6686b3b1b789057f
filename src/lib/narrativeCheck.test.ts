import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { correctionSchema, sectionSchema } from '../schemas/index.ts';
import {
  correctedNote,
  correctedNoteIds,
  correctionProblems,
  correctionsView,
  formatLogDate,
  formatUncited,
  narrativeCitationFailure,
  narrativeFailures,
  paragraphs,
  sentences,
  uncitedSentences,
  type CorrectionEntry,
} from './narrativeCheck.ts';

const cite = (id = 'x') => `<Cite id="${id}" />`;
const section = (body: string, slug = 'the-strikes', method = false) => ({ slug, body, method });

describe('paragraphs', () => {
  it('splits on blank lines and skips frontmatter, headings, imports, comments and JSX-only blocks', () => {
    const body = [
      '---',
      'title: T',
      'slug: t',
      '---',
      "import CorrectedNote from '../../src/components/CorrectedNote.astro';",
      '',
      '### A heading',
      '',
      `First paragraph.${cite()}`,
      '',
      '<FigureSlot name="strikes" />',
      '',
      '{/* a note to editors */}',
      '',
      `Second paragraph,`,
      `on two lines.${cite()}`,
    ].join('\n');
    expect(paragraphs(body)).toEqual([`First paragraph.${cite()}`, `Second paragraph,\non two lines.${cite()}`]);
  });
});

describe('sentences', () => {
  it('gives a citation after the full stop to the sentence before it', () => {
    expect(sentences(`One.${cite()}${cite('y')} Two. Three${cite()} ends.`)).toEqual([
      { text: 'One.', cited: true },
      { text: 'Two.', cited: false },
      { text: 'Three ends.', cited: true },
    ]);
  });
  it('does not end a sentence at an abbreviation, an initial, a decimal or inside a quotation', () => {
    const text = `The U.S. Treasury and Brig. Gen. Ricardo Sánchez-Silvestre saw the USS Gerald R. Ford. 848.5 tons. "We seized it. Every day," he said.${cite()}`;
    expect(sentences(text).map((s) => s.text)).toEqual([
      'The U.S. Treasury and Brig. Gen. Ricardo Sánchez-Silvestre saw the USS Gerald R. Ford.',
      '848.5 tons.',
      '"We seized it. Every day," he said.',
    ]);
  });
  it('keeps a quotation that ends in punctuation and goes on in lower case in one sentence', () => {
    expect(sentences(`“Why?” he asked. Then she left.`).map((s) => s.text)).toEqual(['“Why?” he asked.', 'Then she left.']);
  });
  it('drops markup other than citations from the text', () => {
    expect(sentences(`A [link](https://example.org/2025) and *emphasis*.<CorrectedNote id="a" />${cite()}`)).toEqual([
      { text: 'A link and emphasis.', cited: true },
    ]);
  });
});

describe('uncitedSentences', () => {
  it('lists every sentence of a paragraph with no citation', () => {
    const list = uncitedSentences([section('Relations were tense. They got worse.')]);
    expect(list).toEqual([
      { slug: 'the-strikes', sentence: 'Relations were tense.', reason: 'paragraph' },
      { slug: 'the-strikes', sentence: 'They got worse.', reason: 'paragraph' },
    ]);
  });
  it('lists a sentence with digits, a number word or a quotation that has no citation of its own', () => {
    const body = `The campaign began.${cite()} It killed 11 people. Nineteen strikes followed. He said "never." Nothing else happened.`;
    expect(uncitedSentences([section(body)]).map(({ sentence, reason }) => [sentence, reason])).toEqual([
      ['It killed 11 people.', 'number'],
      ['Nineteen strikes followed.', 'number'],
      ['He said "never."', 'quotation'],
    ]);
  });
  it('does not count words that only contain a number word, or JSX attribute quotes', () => {
    const body = `Anyone could see it.${cite()} Someone said so, and often.<CorrectedNote id="a-b" />`;
    expect(uncitedSentences([section(body)])).toEqual([]);
  });
  it('exempts method sections', () => {
    expect(uncitedSentences([section('We checked 5 articles. "Quote."', 'how-this-was-made', true)])).toEqual([]);
  });
  it('the check reports one line per uncited sentence, naming the section and the start of the sentence', () => {
    const sections = [section(`Fine.${cite()}`), section('The strikes are part of the largest U.S. military buildup in the Caribbean in three decades.', 'the-strikes')];
    expect(narrativeCitationFailure(sections)).toMatch(
      /Narrative citation check failed: 1 uncited sentence\(s\)[^\n]*\nthe-strikes: "The strikes are part of the largest U\.S\. military buildup in…" \(paragraph has no citation\)$/,
    );
    expect(narrativeCitationFailure([section(`Fine.${cite()}`)])).toBeUndefined();
  });
  it('formats one line per sentence', () => {
    expect(formatUncited([{ slug: 'in-brief', sentence: 'Two days later.', reason: 'number' }])).toBe(
      'in-brief: "Two days later." (gives a number without a citation)',
    );
  });
});

describe('narrativeFailures', () => {
  const en = [section(`Two strikes.${cite('a')}`, 'the-strikes'), section(`Fine.${cite('b')}`, 'the-seizures')];
  const input = { en, es: en, citationIds: new Set(['a', 'b']), knownIds: new Set(['the-strikes', 'the-seizures', 'a', 'b']), corrections: [] };

  it('is empty when every check passes', () => {
    expect(narrativeFailures(input)).toEqual([]);
  });

  it('reports every failing check at once, each with its own heading line', () => {
    const failures = narrativeFailures({
      ...input,
      // Uncited in English; the Spanish edition lacks a section; a Cite id unknown to citations.yaml.
      en: [section('Two strikes.', 'the-strikes'), section(`Fine.${cite('zz')}`, 'the-seizures')],
      es: [section(`Dos ataques.${cite('a')}`, 'the-strikes')],
    });
    expect(failures.map((failure) => failure.split('\n')[0])).toEqual([
      expect.stringMatching(/^Narrative citation check failed: 1 uncited sentence\(s\) in content\/explainer /),
      'Edition parity check failed (content/explainer-es, 3):',
      'Unknown citation id(s) in content/explainer: zz',
    ]);
    expect(failures[1]!.split('\n').slice(1)).toEqual([
      "es: missing section 'the-seizures'",
      "es: missing Cite id 'the-seizures#zz'",
      "es: extra Cite id 'the-strikes#a' (not in the English edition)",
    ]);
  });
});

describe('the narrative in content/explainer', () => {
  const dir = resolve(import.meta.dirname, '../../content/explainer');
  const sections = readdirSync(dir)
    .filter((name) => name.endsWith('.mdx'))
    .map((name) => {
      const body = readFileSync(join(dir, name), 'utf8');
      const data = sectionSchema.parse(parse(/^---\n([\s\S]*?)\n---/.exec(body)![1]!));
      return { slug: data.slug, body, method: data.method };
    });
  it('passes the citation check, with only "How this explainer was made" marked as method', () => {
    expect(formatUncited(uncitedSentences(sections))).toBe('');
    expect(sections.filter((s) => s.method).map((s) => s.slug)).toEqual(['how-this-was-made']);
  });
  it('has a log entry for every CorrectedNote', () => {
    const log = parse(readFileSync(resolve(dir, '../corrections.yaml'), 'utf8')) as CorrectionEntry[];
    const entries = log.map((entry) => correctionSchema.parse(entry));
    const slugs = new Set(sections.map((s) => s.slug));
    // An entry affects sections and records (events, figures, seizures, strikes, citations), as at build time.
    const recordIds = ['events', 'figures', 'seizures', 'strikes', 'citations'].flatMap((name) =>
      (parse(readFileSync(resolve(dir, `../${name}.yaml`), 'utf8')) as { id: string }[]).map((record) => String(record.id)),
    );
    const known = new Set([...slugs, ...recordIds]);
    const unknown = entries.flatMap((entry) => entry.affects).filter((id) => !known.has(id));
    expect(unknown, 'affects ids that are neither section slugs nor record ids').toEqual([]);
    expect(correctionProblems(entries, known, sections.map((s) => s.body))).toEqual([]);
    expect(correctedNoteIds(sections.map((s) => s.body)).length).toBeGreaterThan(0);
  });
});

describe('the corrections log', () => {
  const entries: CorrectionEntry[] = [
    { id: 'older', date: '2026-11-05', kind: 'update', what: 'Added later news.', whatEs: 'Se añadieron noticias posteriores.', affects: ['what-comes-next'] },
    { id: 'b-fix', date: '2026-12-01', kind: 'correction', what: 'Fixed a credit.', whatEs: 'Se corrigió una atribución.', affects: ['the-seizures'] },
    { id: 'a-fix', date: '2026-12-01', kind: 'clarification', what: 'Made a claim exact.', whatEs: 'Se precisó una afirmación.', affects: ['the-strikes'] },
  ];
  it('the schema takes an entry and rejects a bad date, kind or empty affects', () => {
    expect(correctionSchema.parse(entries[0])).toEqual(entries[0]);
    expect(correctionSchema.safeParse({ ...entries[0], date: '1 Dec 2026' }).success).toBe(false);
    expect(correctionSchema.safeParse({ ...entries[0], kind: 'retraction' }).success).toBe(false);
    expect(correctionSchema.safeParse({ ...entries[0], affects: [] }).success).toBe(false);
    expect(correctionSchema.safeParse({ ...entries[0], extra: 1 }).success).toBe(false);
  });
  it('is shown newest first, then by id, with anchors and dates in words', () => {
    expect(correctionsView(entries).map((e) => [e.anchor, e.displayDate, e.kind])).toEqual([
      ['correction-a-fix', '1 December 2026', 'Clarification'],
      ['correction-b-fix', '1 December 2026', 'Correction'],
      ['correction-older', '5 November 2026', 'Update'],
    ]);
  });
  it('a CorrectedNote says what kind of change and when, and links to its entry', () => {
    expect(correctedNote(entries[1]!)).toEqual({
      label: 'Corrected',
      displayDate: '1 December 2026',
      text: 'Corrected 1 December 2026',
      href: '#correction-b-fix',
      date: '2026-12-01',
    });
    expect(correctedNote(entries[0]!).text).toBe('Updated 5 November 2026');
    expect(() => formatLogDate('2026-13-01')).toThrowError('Not a date');
  });
  it('reports an unknown affected id and a CorrectedNote with no entry', () => {
    const known = new Set(['what-comes-next', 'the-seizures', 'the-strikes']);
    expect(correctionProblems(entries, known, ['Text.<CorrectedNote id="a-fix" />'])).toEqual([]);
    expect(correctionProblems(entries, new Set(['the-seizures', 'the-strikes']), ['<CorrectedNote id="gone" />'])).toEqual([
      'content/corrections.yaml: older: affects unknown id "what-comes-next"',
      'content/explainer: <CorrectedNote id="gone" /> names no entry in content/corrections.yaml',
    ]);
  });
});
