import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import {
  OG_HEIGHT,
  OG_PNG_OPTIONS,
  OG_WIDTH,
  SITE_NAME,
  cardSvg,
  clean,
  escapeXml,
  fitLines,
  keyFact,
  ogAlt,
  ogImagePath,
  ogImageUrlPath,
  ogPageFor,
  ogPages,
  ogParam,
  pageKey,
  type OgCard,
} from './ogImage.ts';
import { textWidth } from '../figures/kit/text.ts';

const FACT = 'Colombia suspended intelligence sharing with the U.S. on 11 Nov 2025 and reversed it two days later.';
const card = (title: string, kicker = 'Source article'): OgCard => ({ siteName: SITE_NAME, kicker, title, fact: FACT });

const ENTITY = /&(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-f]+);/giu;
const decode = (text: string) => {
  if (/&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-f]+);)/iu.test(text)) throw new Error(`bare & in ${JSON.stringify(text)}`);
  return text.replace(ENTITY, (entity) => ({ '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&apos;': "'" })[entity] ?? entity);
};

/**
 * A strict reader for the SVG subset cardSvg writes (elements, double-quoted attributes, text): it throws
 * on anything else, on a bare "&" and on unbalanced tags, and returns every element name and the text of
 * every <text> element.
 */
function readSvg(svg: string): { tags: string[]; texts: string[] } {
  const token = /<(\/?)([A-Za-z][\w:-]*)((?:\s+[\w:-]+="[^"<]*")*)\s*(\/?)>|([^<]+)/uy;
  const tags: string[] = [];
  const texts: string[] = [];
  const stack: { name: string; text: string }[] = [];
  while (token.lastIndex < svg.length) {
    const at = token.lastIndex;
    const match = token.exec(svg);
    if (!match) throw new Error(`not well-formed at ${at}: ${JSON.stringify(svg.slice(at, at + 40))}`);
    const [, close, name, attributes, selfClosing, text] = match;
    if (text !== undefined) {
      const value = decode(text);
      for (const open of stack) open.text += value;
      continue;
    }
    for (const [, value] of attributes!.matchAll(/="([^"]*)"/gu)) decode(value!);
    if (close) {
      const open = stack.pop();
      if (open === undefined || open.name !== name) throw new Error(`</${name}> closes <${open?.name}>`);
      if (name === 'text') texts.push(open.text);
      // Each <tspan> is a line: read the lines of a <text> joined by spaces.
      if (name === 'tspan') for (const outer of stack) outer.text += ' ';
    } else {
      tags.push(name!);
      if (!selfClosing) stack.push({ name: name!, text: '' });
    }
  }
  if (stack.length > 0) throw new Error(`unclosed <${stack.at(-1)!.name}>`);
  return { tags, texts: texts.map((text) => text.replace(/ +/gu, ' ').trim()) };
}

/** librsvg (through sharp) parses the SVG as XML: it rejects one that is not well-formed. */
const rsvgAccepts = async (svg: string) => (await sharp(Buffer.from(svg)).metadata()).format === 'svg';

describe('escapeXml and clean', () => {
  it('escapes the five XML specials', () => {
    expect(escapeXml(`</text><script>alert(1)</script> & "x" 'y'`)).toBe(
      '&lt;/text&gt;&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;x&quot; &apos;y&apos;',
    );
  });

  it('drops characters XML cannot hold, lone surrogates and bidi overrides, and keeps emoji and RTL letters', () => {
    expect(clean('a\u0000b\u0008c\u001Fd\uFFFEe\uD800f\uDC00g')).toBe('abcdefg');
    expect(clean('\u202Eevil\u202C \u2066x\u2069')).toBe('evil x');
    expect(clean('🇨🇴 كولومبيا  עברית\n\tnext')).toBe('🇨🇴 كولومبيا עברית next');
  });
});

describe('cardSvg', () => {
  it('turns a hostile title into well-formed XML with the title as text, and no markup of its own', async () => {
    const hostile = `</text><script>alert(1)</script> & "x"`;
    const svg = cardSvg(card(hostile));
    const { tags, texts } = readSvg(svg);
    expect(tags).not.toContain('script');
    expect(new Set(tags)).toEqual(new Set(['svg', 'rect', 'g', 'path', 'text', 'tspan']));
    // The title, whole (a word too long for a line is broken across lines, so compare without spaces).
    expect(texts[2]!.replace(/\s/gu, '')).toBe(hostile.replace(/\s/gu, ''));
    expect(svg).not.toContain('<script');
    expect(await rsvgAccepts(svg)).toBe(true);
  });

  it('survives emoji, right-to-left text, control characters and a kicker with markup', async () => {
    const title = '🇨🇴 عاجل: كولومبيا توقف تبادل المعلومات \u202Eevil\u0007 👩🏽‍⚖️ שלום';
    const svg = cardSvg(card(title, 'Source article · <b>Outlet</b> & Co'));
    const { texts } = readSvg(svg);
    expect(texts.join(' ')).toContain('كولومبيا');
    expect(texts.join(' ')).toContain('👩🏽‍⚖️');
    expect(texts.join(' ')).toContain('SOURCE ARTICLE · <B>OUTLET</B> & CO');
    expect(svg).not.toMatch(/[\u202E\u0007]/u);
    expect(await rsvgAccepts(svg)).toBe(true);
  });

  it('shows the site name, the kicker, the title and the key fact on a 1200×630 navy card', () => {
    const svg = cardSvg(card('Colombia to Continue Intelligence Collaboration', 'Sources'));
    expect(svg).toContain(`width="${OG_WIDTH}" height="${OG_HEIGHT}"`);
    expect(svg).toContain('#1d3557');
    expect(svg).toContain('#f1c40f');
    const { texts } = readSvg(svg);
    expect(texts).toEqual([SITE_NAME, 'SOURCES', 'Colombia to Continue Intelligence Collaboration', FACT]);
    for (const family of svg.match(/font-family="[^"]*"/g)!) expect(family).toMatch(/\b(sans-serif|serif)"$/);
  });

  it('clamps a very long title to four lines, the last ending in an ellipsis', () => {
    const svg = cardSvg(card(Array.from({ length: 60 }, (_, i) => `word${i}`).join(' ')));
    const title = svg.split('\n').find((line) => line.includes('font-weight="700" fill="#ffffff"'))!;
    const lines = [...title.matchAll(/<tspan[^>]*>([^<]*)<\/tspan>/g)].map((m) => m[1]!);
    expect(lines).toHaveLength(4);
    expect(lines[3]).toMatch(/…$/);
  });

  it('is the same string for the same card', () => {
    expect(cardSvg(card('Same'))).toBe(cardSvg(card('Same')));
  });
});

describe('fitLines', () => {
  it('keeps short text on one line', () => {
    expect(fitLines('Colombia to Continue', 1000, 60, 4)).toEqual(['Colombia to Continue']);
  });

  it('breaks a word wider than the line between characters, never inside an emoji', () => {
    const lines = fitLines(`${'A'.repeat(80)} 👩🏽‍⚖️👩🏽‍⚖️👩🏽‍⚖️`, 400, 40, 10);
    for (const line of lines) expect(textWidth(line, 40)).toBeLessThanOrEqual(400);
    expect(lines.join('')).toBe(`${'A'.repeat(80)}👩🏽‍⚖️👩🏽‍⚖️👩🏽‍⚖️`);
  });

  it('ends the last kept line in an ellipsis that still fits', () => {
    const lines = fitLines('one two three four five six seven eight nine ten eleven twelve', 200, 30, 2, 1.1);
    expect(lines).toHaveLength(2);
    expect(lines[1]).toMatch(/…$/);
    for (const line of lines) expect(textWidth(line, 30) * 1.1).toBeLessThanOrEqual(200);
  });
});

describe('pages and paths', () => {
  const articles = [
    { id: '002_16352e67c55778bc', headline: 'Colombia backtracks', description: { outlet: 'bne IntelliNews', outletKnown: true } },
    { id: 'zz-new-article', headline: 'La Colombie reprend', description: { outlet: 'outlet unknown', outletKnown: false } },
  ];
  const events = [
    { id: 'suspension-order', date: { start: '2025-11-11' } },
    { id: 'benedetti-misinterpretation', date: { start: '2025-11-13' } },
  ];

  it('lists the home page, the sources, one page per article and the briefing', () => {
    const pages = ogPages(articles, events);
    expect(pages.map((page) => page.key)).toEqual(['', 'sources', 'sources/002_16352e67c55778bc', 'sources/zz-new-article', 'briefing']);
    expect(pages.map((page) => page.type)).toEqual(['website', 'website', 'article', 'article', 'website']);
    expect(pages[2]!.kicker).toBe('Source article · bne IntelliNews');
    expect(pages[3]!.kicker).toBe('Source article');
    expect(pages[3]!.title).toBe('La Colombie reprend');
  });

  it('lists the same pages in Spanish under es/, with the suspension’s length from the events', () => {
    const pages = ogPages(articles, events, 'es');
    expect(pages.map((page) => page.key)).toEqual(['es', 'es/sources', 'es/sources/002_16352e67c55778bc', 'es/sources/zz-new-article', 'es/briefing']);
    expect(pages[0]!.title).toContain('dos días después');
    expect(pages[4]!.title).toBe('La suspensión de dos días, en dos páginas para imprimir');
    const later = [events[0]!, { id: 'benedetti-misinterpretation', date: { start: '2025-11-14' } }];
    expect(ogPages(articles, later, 'es')[0]!.title).toContain('tres días después');
    expect(ogPages(articles, later)[4]!.title).toBe('The three-day suspension, on two printable pages');
    expect(keyFact(events, 'es')).toBe('Colombia suspendió el intercambio de inteligencia con Estados Unidos el 11 de noviembre de 2025 y dio marcha atrás dos días después.');
  });

  it('maps URL paths to page keys, with or without a base path', () => {
    expect(pageKey('/', '/')).toBe('');
    expect(pageKey('/sources/', '/')).toBe('sources');
    expect(pageKey('/sources/x/', '/')).toBe('sources/x');
    expect(pageKey('/explainer/', '/explainer/')).toBe('');
    expect(pageKey('/explainer/sources/x/', '/explainer')).toBe('sources/x');
    expect(pageKey('/explainer/briefing/index.html', '/explainer/')).toBe('briefing');
    expect(pageKey('/sources/caf%C3%A9/', '/')).toBe('sources/café');
  });

  it('maps page keys to one distinct PNG each under og/', () => {
    const keys = ogPages(articles, events).map((page) => page.key);
    const paths = keys.map(ogImagePath);
    expect(paths).toEqual([
      'og/index.png',
      'og/sources.png',
      'og/sources/002_16352e67c55778bc.png',
      'og/sources/zz-new-article.png',
      'og/briefing.png',
    ]);
    expect(new Set(paths).size).toBe(paths.length);
    expect(keys.map(ogParam)[0]).toBe('index');
    expect(ogImageUrlPath('sources/café')).toBe('og/sources/caf%C3%A9.png');
  });

  it('falls back to the page title for a page the list lacks', () => {
    expect(ogPageFor('elsewhere', ogPages(articles, events), 'Elsewhere')).toEqual({ key: 'elsewhere', title: 'Elsewhere', kicker: 'Explainer', type: 'website' });
  });

  it('describes the card in the alt text', () => {
    expect(ogAlt(card('Colombia <backtracks>', 'Sources'))).toBe(`Sources: “Colombia <backtracks>”. ${FACT}`);
  });
});

describe('keyFact', () => {
  it('states the suspension date and the days to the reversal, from the real events data', () => {
    const events = parse(readFileSync(join(import.meta.dirname, '../../content/events.yaml'), 'utf8')) as { id: string; date: { start: string } }[];
    expect(keyFact(events)).toBe(FACT);
  });

  it('stops with a clear error when an event is missing', () => {
    expect(() => keyFact([])).toThrow('OG card: the key fact needs event "suspension-order" with a day date');
  });
});

describe('the PNG', () => {
  it('is a 1200×630 PNG under 100 KB, byte-identical for the same card', async () => {
    const svg = cardSvg(card('Colombian President Petro to Share Drug Trafficking Intelligence Directly with U.S. Vice President Vance'));
    const render = () => sharp(Buffer.from(svg)).png(OG_PNG_OPTIONS).toBuffer();
    const [a, b] = await Promise.all([render(), render()]);
    expect(a.equals(b)).toBe(true);
    expect(a.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect(a.readUInt32BE(16)).toBe(OG_WIDTH);
    expect(a.readUInt32BE(20)).toBe(OG_HEIGHT);
    expect(a.length).toBeLessThan(90_000);
  });
});
