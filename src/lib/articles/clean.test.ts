import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cleanArticle, stripChrome, parseByline, parseDateline, isCaption } from './clean.ts';
import { decodeSeed } from './normalise.ts';
import { parseSeed } from './parse.ts';

const root = resolve(import.meta.dirname, '../../..');
const seed = (name: string) => parseSeed(readFileSync(resolve(root, 'seeds', name)), name);
const fixture = (path: string) => readFileSync(resolve(root, 'tests/fixtures', path));

/** Everything a reader would see of an article, as one string per line. */
const visibleLines = (article: ReturnType<typeof seed>) => [
  article.headline,
  ...article.blocks.flatMap((block) => (block.kind === 'list' ? block.items : [block.text])),
];

// Chrome that must never survive cleaning, whatever the outlet.
const CHROME = [
  /^skip to content$/i,
  /^_+$/,
  /leave a reply/i,
  /^dismiss$/i,
  /newsletter/i,
  /suscripci[oó]n/i,
  /^more information$/i,
  /^archived in$/i,
  /^most viewed$/i,
  /recomendaciones/i,
  /©/,
  /wire$/i,
  /^news$/i,
  /^flecha$/i,
  /últimas noticias/i,
];

describe('the five seeds', () => {
  const expected = [
    {
      file: '000_031959f257e13136.txt',
      headline: 'Colombian President Petro to Share Drug Trafficking Intelligence Directly with U.S. Vice President Vance',
      byline: undefined,
      dateline: 'BOGOTÁ, COLOMBIA',
      statedDate: undefined,
      units: 4,
    },
    {
      file: '001_ea394f297e7bb120.txt',
      headline: 'Colombia to Continue Intelligence Collaboration',
      byline: undefined,
      dateline: 'Bogotá, Colombia',
      statedDate: '2025-11-13',
      units: 14,
    },
    {
      file: '002_16352e67c55778bc.txt',
      headline: 'Colombia backtracks on intelligence sharing suspension with US',
      byline: 'Cynthia Michelle Aranguren Hernández',
      dateline: undefined,
      statedDate: '2025-11-13',
      units: 10,
    },
    {
      file: '003_9116afea9143b3e0.txt',
      headline: 'Despite Trump-Petro feud, US-Colombia anti-drug partnership remains strong',
      byline: 'Evan Perez, David Culver, Abel Alvarado',
      dateline: undefined,
      statedDate: undefined,
      units: 22,
    },
    {
      file: '004_6f9271d87370fc5c.txt',
      headline: 'Drug traffickers profit from end of intelligence cooperation between Colombia and the US',
      byline: undefined,
      dateline: undefined,
      statedDate: undefined,
      units: 11,
    },
  ];

  it('are all in seeds/', () => {
    expect(readdirSync(resolve(root, 'seeds'))).toEqual(expect.arrayContaining(expected.map((e) => e.file)));
  });

  for (const want of expected) {
    describe(want.file, () => {
      const article = seed(want.file);
      it('extracts the headline, byline, dateline and stated date', () => {
        expect(article.headline).toBe(want.headline);
        expect(article.byline).toBe(want.byline);
        expect(article.dateline).toBe(want.dateline);
        expect(article.statedDate?.iso).toBe(want.statedDate);
      });
      it('keeps every paragraph, numbered from 1', () => {
        expect(article.units).toHaveLength(want.units);
        expect(article.units.map((unit) => unit.n)).toEqual(Array.from({ length: want.units }, (_, i) => i + 1));
      });
      it('leaves no publisher chrome', () => {
        for (const line of visibleLines(article)) for (const pattern of CHROME) expect(line).not.toMatch(pattern);
      });
      it('does not repeat the headline', () => {
        expect(visibleLines(article).slice(1)).not.toContain(article.headline);
      });
    });
  }

  it('keeps photo captions, marked as captions', () => {
    const captions = (file: string) => seed(file).blocks.filter((block) => block.kind === 'caption').map((block) => ('text' in block ? block.text : ''));
    expect(captions('003_9116afea9143b3e0.txt')).toEqual([
      'This aerial view shows the city of Cucuta near to the Venezuelan border in Colombia on January 4.',
    ]);
    expect(captions('002_16352e67c55778bc.txt')[0]).toMatch(/\/ Presidencia Colombia$/);
  });

  it('keeps list items as lists and short section labels as subheadings', () => {
    const blocks = seed('001_ea394f297e7bb120.txt').blocks;
    const lists = blocks.filter((block) => block.kind === 'list');
    expect(lists.map((list) => (list.kind === 'list' ? list.items.length : 0))).toEqual([2, 2, 3, 3]);
    expect(blocks.filter((block) => block.kind === 'subheading').map((block) => ('text' in block ? block.text : ''))).toEqual([
      'Background: Controversial US Strikes',
      'US-Colombia Relations',
      'Key Takeaways:',
    ]);
  });

  it('reads the standfirst of a magazine-style page', () => {
    const first = seed('004_6f9271d87370fc5c.txt').blocks[0];
    expect(first).toEqual({ kind: 'standfirst', text: expect.stringMatching(/^Gustavo Petro has suspended/) });
  });

  it('removes a whole Spanish paywall block and the recommendation rail after it', () => {
    const last = seed('004_6f9271d87370fc5c.txt').units.at(-1)!;
    expect(last.text).toMatch(/the only winners are the drug traffickers\.$/);
  });

  it('removes the wire slug and copyright line but keeps the last quote', () => {
    expect(seed('003_9116afea9143b3e0.txt').units.at(-1)!.text).toMatch(/where these substances are consumed\.”$/);
  });
});

describe('articles from other outlets', () => {
  it('cleans a wire-style page: menu, repeated headline, photo credit, byline, bullets, read-more, sign-off', () => {
    const article = parseSeed(fixture('other-outlets/wire-style.txt'), 'wire-style.txt');
    expect(article.headline).toBe('Ecuador tightens port checks after record seizure');
    expect(article.byline).toBe('Maria Lopez and John Smith');
    expect(article.dateline).toBeUndefined();
    expect(article.blocks).toEqual([
      { kind: 'caption', text: 'A customs officer inspects a container in Guayaquil. (Photo: Jane Roe/Example Wire)' },
      { kind: 'paragraph', text: 'GUAYAQUIL, Ecuador (AP) — Ecuador will add scanners at its main port, officials said on Monday.' },
      { kind: 'list', ordered: false, items: ['The scanners arrive in March.', 'Officials expect delays at first.'] },
      { kind: 'subheading', text: 'What happens next' },
      { kind: 'paragraph', text: 'Port operators said they would hire more staff.' },
    ]);
  });

  it('removes a French paywall prompt and what follows it', () => {
    const article = parseSeed(fixture('other-outlets/french-paywall.txt'), 'french-paywall.txt');
    expect(article.headline).toBe('La Colombie reprend la coopération');
    expect(visibleLines(article)).toHaveLength(2);
  });
});

describe('normalisation', () => {
  it('drops a BOM, turns CRLF into paragraphs and folds stray spaces', () => {
    const article = parseSeed(fixture('odd-seeds/bom-crlf.txt'), 'bom-crlf.txt');
    expect(article.headline).toBe('A headline with a BOM');
    expect(article.units.map((unit) => unit.text)).toEqual([
      'First paragraph with CRLF line ends.',
      'Second paragraph with stray spaces.',
    ]);
  });

  it('keeps markup, MDX and Markdown syntax as literal text', () => {
    const article = parseSeed(fixture('odd-seeds/literal-markup.txt'), 'literal-markup.txt');
    expect(article.headline).toBe('Markup <b>stays</b> text & {braces} too');
    const text = visibleLines(article).join('\n');
    expect(text).toContain('import x from "evil"');
    expect(text).toContain('<script>window.__pwned = true</script>');
    expect(text).toContain('[link](javascript:alert(1))');
  });
});

describe('bad input stops with one line naming the file and the reason', () => {
  const cases: [string, RegExp][] = [
    ['empty.txt', /^bad\/empty\.txt: the file is empty$/],
    ['blank.txt', /^bad\/blank\.txt: the file holds only white space$/],
    ['not-utf8.txt', /^bad\/not-utf8\.txt: the file is not valid UTF-8$/],
    ['only-chrome.txt', /^bad\/only-chrome\.txt: no headline: the file has no text once page chrome is removed$/],
    ['first-line-too-long.txt', /^bad\/first-line-too-long\.txt: no headline: the first line is 449 characters long/],
  ];
  for (const [file, message] of cases) {
    it(file, () => {
      expect(() => parseSeed(fixture(`bad-seeds/${file}`), file, `bad/${file}`)).toThrowError(message);
      try {
        parseSeed(fixture(`bad-seeds/${file}`), file, `bad/${file}`);
      } catch (error) {
        expect((error as Error).message).not.toContain('\n');
      }
    });
  }
});

describe('helpers', () => {
  it('stripChrome removes trailing labels but keeps a one-line article', () => {
    expect(stripChrome(['Headline', 'Text.', 'News', 'Dismiss']).kept).toEqual(['Headline', 'Text.']);
    expect(stripChrome(['Headline']).kept).toEqual(['Headline']);
  });
  it('parseByline separates names, organisation and date', () => {
    expect(parseByline('By Evan Perez, David Culver, Abel Alvarado, CNN')).toEqual({
      byline: 'Evan Perez, David Culver, Abel Alvarado',
      organisation: 'CNN',
    });
    expect(parseByline('Por Ana Gómez 13 de noviembre de 2025')).toEqual({
      byline: 'Ana Gómez',
      statedDate: { iso: '2025-11-13', text: '13 de noviembre de 2025' },
    });
    expect(parseByline('By the way, this is a sentence that goes on and on and is plainly not a byline at all because it is far too long to be one')).toBeNull();
  });
  it('parseDateline reads a place and an optional date', () => {
    expect(parseDateline('BOGOTÁ, COLOMBIA – Colombian President…')).toEqual({ place: 'BOGOTÁ, COLOMBIA' });
    expect(parseDateline('Petro said the cooperation would continue.')).toBeNull();
  });
  it('isCaption spots credits and picture descriptions, not ordinary sentences', () => {
    expect(isCaption('Petro speaks in Bogotá. / Presidencia Colombia')).toBe(true);
    expect(isCaption('This aerial view shows the city of Cucuta.')).toBe(true);
    expect(isCaption('The view from Washington is different.')).toBe(false);
  });
  it('cleanArticle reports what it removed', () => {
    const { removed } = cleanArticle('Skip to content\nHeadline here\nBody text.\nLeave a Reply', 'x.txt');
    expect(removed).toEqual(['Skip to content', 'Leave a Reply']);
  });
  it('decodeSeed rejects invalid UTF-8', () => {
    expect(() => decodeSeed(new Uint8Array([0x41, 0xc3, 0x28]), 'x.txt')).toThrowError('x.txt: the file is not valid UTF-8');
  });
});
