/**
 * A corpus of articles from outlets the seeds do not come from (tests/fixtures/outlets/): each `<name>.txt`
 * is parsed and compared with its `<name>.expected.json`. The texts are invented, written for these tests.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseSeed, type ParsedArticle } from './parse.ts';
import { datePrecision, dateTimeIso } from './dates.ts';
import { chromeKind } from './chrome.ts';
import { detectLanguage } from './language.ts';
import { describeArticle } from '../articleMeta.ts';

const root = resolve(import.meta.dirname, '../../..');
const folder = resolve(root, 'tests/fixtures/outlets');

interface Expected {
  exercises: string;
  headline: string;
  byline: string | null;
  bylineOrganisation?: string;
  dateline: string | null;
  agencyDateline?: { place: string; agency: string };
  date: { iso: string; precision: 'day' | 'minute'; dateTime: string; text: string } | null;
  url: string | null;
  lang: 'en' | 'es' | 'und';
  credit: string | null;
  paragraphs: string[];
  subheadings: string[];
  /** Lines of the page that are furniture: none may be shown. */
  furniture: string[];
}

const names = readdirSync(folder)
  .filter((name) => name.endsWith('.txt'))
  .map((name) => name.replace(/\.txt$/, ''))
  .sort();
const load = (name: string) => ({
  text: readFileSync(resolve(folder, `${name}.txt`), 'utf8'),
  article: parseSeed(readFileSync(resolve(folder, `${name}.txt`)), `${name}.txt`),
  expected: JSON.parse(readFileSync(resolve(folder, `${name}.expected.json`), 'utf8')) as Expected,
});

/** Everything a reader would see of an article's text, one string per line. */
const visibleLines = (article: ParsedArticle) => [
  article.headline,
  ...article.blocks.flatMap((block) => (block.kind === 'list' ? block.items : [block.text])),
];

// Written independently of the cleaner: a month name or a numeric date with a four-digit year.
const MENTIONS_DATE =
  /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|ene|abr|ago|dic)[a-z]*\.?\s+\d{1,2},?\s+\d{4}|\b\d{1,2}(?:\s+de)?\s+[a-z]{3,10}\.?(?:\s+de)?\s+\d{4}|\b\d{4}-\d{2}-\d{2}\b|\b\d{1,2}\/\d{1,2}\/\d{4}\b/iu;
const MENTIONS_URL = /^\s*https?:\/\/\S+\s*$/mu;

describe('articles from unseen outlets', () => {
  it('has at least twelve fixtures, each with its expected results', () => {
    expect(names.length).toBeGreaterThanOrEqual(12);
    for (const name of names) expect(readdirSync(folder)).toContain(`${name}.expected.json`);
  });

  for (const name of names) {
    describe(name, () => {
      const { article, expected } = load(name);
      it('reads the headline, byline, dateline, date, URL, language and credit', () => {
        expect(article.headline).toBe(expected.headline);
        expect(article.byline ?? null).toBe(expected.byline);
        expect(article.bylineOrganisation).toBe(expected.bylineOrganisation);
        expect(article.dateline ?? null).toBe(expected.dateline);
        expect(article.agencyDateline).toEqual(expected.agencyDateline);
        const date = article.statedDate;
        expect(date ? { iso: date.iso, precision: datePrecision(date), dateTime: dateTimeIso(date), text: date.text } : null).toEqual(expected.date);
        expect(article.url ?? null).toBe(expected.url);
        expect(article.lang).toBe(expected.lang);
        expect(article.credit ?? null).toBe(expected.credit);
      });
      it('keeps exactly the body paragraphs, and only real subheadings', () => {
        expect(article.units.map((unit) => unit.text)).toEqual(expected.paragraphs);
        expect(article.blocks.flatMap((block) => (block.kind === 'subheading' ? [block.text] : []))).toEqual(expected.subheadings);
      });
      it('shows no furniture and no metadata line as text', () => {
        const shown = visibleLines(article);
        for (const line of expected.furniture) expect(shown).not.toContain(line);
        if (expected.url) expect(shown.join('\n')).not.toContain(expected.url);
        if (expected.date) expect(shown).not.toContain(expected.date.text);
        if (expected.credit) expect(shown.join('\n')).not.toContain(expected.credit);
      });
    });
  }
});

describe('the page never says a stated fact is unknown', () => {
  for (const name of names) {
    it(name, () => {
      const { text, article } = load(name);
      const description = describeArticle(article, undefined);
      const header = text.split('\n').slice(0, 12).join('\n');
      if (MENTIONS_DATE.test(header)) {
        expect(description.dateDisplay).not.toBe('date unknown');
        expect(description.dateBasis).toMatch(/^as stated in the article/);
      }
      if (MENTIONS_URL.test(header)) expect(description.url).toBeDefined();
      expect(description.dateBasis).not.toMatch(/states no date/);
    });
  }
});

describe('furniture rules, by kind', () => {
  const cases: [string, ReturnType<typeof chromeKind>][] = [
    ['Share this:', 'share'],
    ['Facebook', 'share'],
    ['X', 'share'],
    ['Email', 'share'],
    ['Related Articles', 'related'],
    ['Lea también: Un título cualquiera', 'related'],
    ['Explore more on these topics', 'tags'],
    ['Temas relacionados', 'tags'],
    ['Your email address will not be published. Required fields are marked *', 'comments'],
    ['Comentarios', 'comments'],
    ['Suscríbete a nuestro boletín', 'subscription'],
    ['Utilizamos cookies para mejorar tu experiencia.', 'cookies'],
    ['Aceptar', 'cookies'],
    ['Our Standards: The Thomson Reuters Trust Principles.', 'standards'],
    ['Updated 2 hours ago', 'timestamp'],
    ['hace 3 horas', 'timestamp'],
    ['Reporting by A; Editing by B', 'credit'],
    ['— Reuters', 'wire'],
    ['© 2025 Example News', 'copyright'],
  ];
  for (const [line, kind] of cases) it(`${line} → ${kind}`, () => expect(chromeKind(line)).toBe(kind));
  it('leaves ordinary sentences alone', () => {
    for (const line of [
      'The share of cocaine seized at ports rose.',
      'Comments by the minister were reported on Friday.',
      'Officials said the cookies were a gift from the delegation.',
      'More from the minister’s speech is expected on Friday, officials said.',
    ]) {
      expect(chromeKind(line), line).toBeNull();
    }
  });
});

describe('language', () => {
  it('is English for the five seeds', () => {
    for (const file of readdirSync(resolve(root, 'seeds')).sort()) {
      expect(parseSeed(readFileSync(resolve(root, 'seeds', file)), file).lang, file).toBe('en');
    }
  });
  it('is undetermined for too little text, or a mix', () => {
    expect(detectLanguage('Bogotá').language).toBe('und');
    expect(detectLanguage('the and of to el la los las').language).toBe('und');
  });
});
