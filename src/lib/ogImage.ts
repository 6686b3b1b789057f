/**
 * Link previews: which pages get an Open Graph card, what each card says, where its PNG lives, and the
 * card itself as SVG (rendered to PNG at build time by src/pages/og/[...path].png.ts). Pure functions only.
 *
 * Card text comes partly from seed headlines, which are untrusted: every string is cleaned of characters
 * XML cannot hold and of bidi overrides, then escaped, so no headline can break the SVG or add markup.
 */
import { formatIsoDate } from '../figures/kit/dates.ts';
import { textWidth, wrapText } from '../figures/kit/text.ts';
import { dayCount, formatDate } from '../i18n/format.ts';
import { localePrefix, type Locale } from '../i18n/locales.ts';
import { ui } from '../i18n/ui.ts';

/** The site's name, as the header shows it. */
export const SITE_NAME = 'Colombia, the U.S. and the boat strikes';

export const OG_WIDTH = 1200;
export const OG_HEIGHT = 630;

/**
 * sharp's PNG options for the cards: full colour without palette quantisation, which alone took two thirds of
 * a card's time (a card is built per article, so it was most of the build time per article); zlib level 6
 * without adaptive filtering. About 70 KB a card, under the 100 KB image budget, in a third of the time.
 */
export const OG_PNG_OPTIONS = { compressionLevel: 6, adaptiveFiltering: false } as const;

/** A page key is the page's path within the site, without slashes at either end: "", "sources", "sources/x". */
export type PageKey = string;

export interface OgPage {
  key: PageKey;
  /** The large headline on the card. */
  title: string;
  /** The small gold label above it. */
  kicker: string;
  type: 'website' | 'article';
}

export interface OgCard {
  siteName: string;
  kicker: string;
  title: string;
  /** The story's key fact, at the foot of the card (a section's card: its first sentence). */
  fact: string;
  /** How many lines the fact may take (default 2). */
  factLines?: number;
}

/** What the card data needs of a seed article (an ArticleView from src/data/site.ts fits). */
export interface OgArticle {
  id: string;
  headline: string;
  description: { outlet: string; outletKnown: boolean };
}

/** The dated events the cards need: Petro's suspension order and Benedetti's reversal. */
export type DatedEvents = readonly { id: string; date: { start?: string | undefined } }[];

/** The site's name in an edition, as its header shows it. */
export const siteNameIn = (locale: Locale): string => (locale === 'en' ? SITE_NAME : ui(locale).site.name);

/** A page key in an edition: ("es", "sources") → "es/sources"; ("es", "") → "es". */
export const localeKey = (locale: Locale, key: PageKey): PageKey => `${localePrefix(locale)}${key}`.replace(/\/$/, '');

/**
 * Every page of an edition that has a card: the home page, the source list, one per seed article and the
 * briefing, in the edition's words. The OG endpoint renders exactly these; the layout looks its page up here
 * by path. Titles that say how long the suspension lasted take it from the events.
 */
export function ogPages(articles: readonly OgArticle[], events: DatedEvents, locale: Locale = 'en'): OgPage[] {
  const words = ui(locale);
  const days = suspensionDays(events);
  const key = (path: PageKey) => localeKey(locale, path);
  return [
    { key: key(''), title: words.site.headline(dayCount(locale, days)), kicker: words.site.kicker, type: 'website' },
    { key: key('sources'), title: words.sourcesPage.headline, kicker: words.sourcesPage.kicker, type: 'website' },
    ...articles.map((article): OgPage => ({
      key: key(`sources/${article.id}`),
      title: article.headline,
      kicker: article.description.outletKnown ? words.article.kickerWithOutlet(article.description.outlet) : words.article.kicker,
      type: 'article',
    })),
    { key: key('briefing'), title: words.briefing.ogTitle(dayCount(locale, days, { adjective: true })), kicker: words.briefing.title, type: 'website' },
  ];
}

/** A narrative section's share page (/s/<id>/): its card shows the section's title and first sentence. */
export interface SectionCard {
  id: string;
  title: string;
  sentence: string;
}

export const sectionKey = (id: string, locale: Locale = 'en'): PageKey => localeKey(locale, `s/${id}`);

/** The card of a section's share page: the section title, and its first sentence at the foot. */
export const sectionCard = (section: SectionCard, locale: Locale = 'en'): OgCard => ({
  siteName: siteNameIn(locale),
  kicker: ui(locale).og.sectionKicker,
  title: section.title,
  fact: section.sentence,
  factLines: 4,
});

/** The page key of a URL path: "/explainer/sources/x/" under base "/explainer/" → "sources/x". */
export function pageKey(pathname: string, base: string): PageKey {
  let path = pathname;
  try {
    path = decodeURI(pathname);
  } catch {
    // Not percent-encoded UTF-8: keep it as it is.
  }
  const prefix = base.replace(/\/+$/, '');
  if (prefix !== '' && (path === prefix || path.startsWith(`${prefix}/`))) path = path.slice(prefix.length);
  return path.replace(/^\/+|\/+$/g, '').replace(/\/index\.html$|^index\.html$/, '');
}

/** The endpoint's `path` parameter for a page: the home page's card is "index". */
export const ogParam = (key: PageKey): string => (key === '' ? 'index' : key);

/** Where a page's card lives within the site: "og/index.png", "og/sources.png", "og/sources/x.png". */
export const ogImagePath = (key: PageKey): string => `og/${ogParam(key)}.png`;

/** The same path with each segment percent-encoded, for use in a URL. */
export const ogImageUrlPath = (key: PageKey): string => ogImagePath(key).split('/').map(encodeURIComponent).join('/');

/** The page for a key, or a generic entry (titled with the page's own title) for a page the list lacks. */
export function ogPageFor(key: PageKey, pages: readonly OgPage[], fallbackTitle: string): OgPage {
  return pages.find((page) => page.key === key) ?? { key, title: fallbackTitle, kicker: 'Explainer', type: 'website' };
}

/** The image's alt text: what the card shows, in full (the card may shorten a long title). */
export const ogAlt = (card: OgCard): string => `${card.kicker}: “${clean(card.title)}”. ${card.fact}`;

/** The day of a dated event; a missing or undated event stops the build, so no card states a date the data does not hold. */
function eventDay(events: DatedEvents, id: string): string {
  const start = events.find((event) => event.id === id)?.date.start;
  if (!start || !/^\d{4}-\d{2}-\d{2}$/.test(start)) throw new Error(`OG card: the key fact needs event "${id}" with a day date`);
  return start;
}

/** Days from Petro's suspension order to Benedetti's reversal. */
const suspensionDays = (events: DatedEvents): number =>
  Math.round((Date.parse(eventDay(events, 'benedetti-misinterpretation')) - Date.parse(eventDay(events, 'suspension-order'))) / 86_400_000);

/** The story's key fact, from the dated events, in an edition: the day of the suspension and the days to the reversal. */
export function keyFact(events: DatedEvents, locale: Locale = 'en'): string {
  const suspended = eventDay(events, 'suspension-order');
  const days = suspensionDays(events);
  if (locale === 'en') {
    const later = days === 0 ? 'the same day' : `${dayCount('en', days)} later`;
    return `Colombia suspended intelligence sharing with the U.S. on ${formatIsoDate(suspended, 'short')} and reversed it ${later}.`;
  }
  const later = days === 0 ? 'el mismo día' : `${dayCount(locale, days)} después`;
  return `Colombia suspendió el intercambio de inteligencia con Estados Unidos el ${formatDate(locale, suspended)} y dio marcha atrás ${later}.`;
}

// ---------------------------------------------------------------------------------------------------------
// Text: cleaning, escaping, fitting

/** Characters XML 1.0 cannot hold, lone surrogates, and bidi embeddings/overrides/isolates. */
const UNSAFE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uFFFE\uFFFF\u202A-\u202E\u2066-\u2069]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/gu;

/** Text fit for a card: unsafe characters removed, whitespace collapsed. */
export function clean(text: string): string {
  return text.replace(UNSAFE, '').replace(/\s+/gu, ' ').trim();
}

/** Escapes text for XML character data and attribute values. */
export function escapeXml(text: string): string {
  return clean(text).replace(/[&<>"']/g, (char) => `&${{ '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot', "'": 'apos' }[char]};`);
}

const graphemes = (text: string): string[] => [...new Intl.Segmenter('en', { granularity: 'grapheme' }).segment(text)].map((s) => s.segment);

/**
 * Wraps text into at most `maxLines` lines no wider than `maxWidth` (estimated, times `scale` for bold or
 * wide fonts). A word wider than a line is broken between characters; text that does not fit ends in "…".
 */
export function fitLines(text: string, maxWidth: number, fontSize: number, maxLines: number, scale = 1): string[] {
  const width = (s: string) => textWidth(s, fontSize) * scale;
  const lines: string[] = [];
  for (const line of wrapText(clean(text), maxWidth / scale, fontSize)) {
    if (width(line) <= maxWidth) {
      lines.push(line);
      continue;
    }
    let part = '';
    for (const g of graphemes(line)) {
      if (part !== '' && width(part + g) > maxWidth) {
        lines.push(part);
        part = '';
      }
      part += g;
    }
    if (part !== '') lines.push(part);
  }
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  let last = kept[maxLines - 1]!;
  const withEllipsis = (s: string) => `${s.replace(/[\s,;:.\-–—]+$/u, '')}…`;
  while (last.includes(' ') && width(withEllipsis(last)) > maxWidth) last = last.slice(0, last.lastIndexOf(' '));
  while (graphemes(last).length > 1 && width(withEllipsis(last)) > maxWidth) last = graphemes(last).slice(0, -1).join('');
  kept[maxLines - 1] = withEllipsis(last);
  return kept;
}

// ---------------------------------------------------------------------------------------------------------
// The card

const NAVY = '#1d3557';
const GOLD = '#f1c40f';
const SANS = "'Helvetica Neue', Helvetica, Arial, 'Liberation Sans', 'DejaVu Sans', sans-serif";
const SERIF = "Georgia, 'Times New Roman', 'Liberation Serif', 'DejaVu Serif', serif";

const PAD = 80;
const CONTENT = OG_WIDTH - 2 * PAD;
/** textLayout's estimates are for regular sans; bold serif runs wider (DejaVu Serif Bold is the widest). */
const TITLE_SCALE = 1.12;
/** The same for the regular and semibold sans lines (DejaVu Sans runs about 5% wider than the estimate). */
const SANS_SCALE = 1.06;
const FACT_SIZE = 27;
const FACT_LINE = 38;
const FACT_BOTTOM = OG_HEIGHT - 66;
const KICKER_BASELINE = 188;
const TITLE_TOP = 218;

/** The title's size and lines: the largest size at which it fits the space, clamped to four lines. */
function titleLayout(title: string, space: number): { size: number; lineHeight: number; lines: string[] } {
  const sizes = [68, 60, 52, 46];
  for (const size of sizes) {
    const lineHeight = Math.round(size * 1.14);
    const lines = fitLines(title, CONTENT, size, Infinity, TITLE_SCALE);
    if (lines.length <= 4 && lines.length * lineHeight <= space) return { size, lineHeight, lines };
  }
  const size = sizes[sizes.length - 1]!;
  const lineHeight = Math.round(size * 1.14);
  return { size, lineHeight, lines: fitLines(title, CONTENT, size, Math.max(1, Math.min(4, Math.floor(space / lineHeight))), TITLE_SCALE) };
}

const tspans = (lines: readonly string[], x: number, lineHeight: number) =>
  lines.map((line, i) => `<tspan x="${x}"${i === 0 ? '' : ` dy="${lineHeight}"`}>${escapeXml(line)}</tspan>`).join('');

/** The 1200×630 card as an SVG document: site name at the top, kicker, large title, key fact at the foot. */
export function cardSvg(card: OgCard): string {
  const factLines = fitLines(card.fact, CONTENT, FACT_SIZE, card.factLines ?? 2, SANS_SCALE);
  const factTop = FACT_BOTTOM - (factLines.length - 1) * FACT_LINE;
  const ruleY = factTop - FACT_SIZE - 24;
  const title = titleLayout(card.title, ruleY - 30 - TITLE_TOP);
  const titleBaseline = TITLE_TOP + Math.round(title.size * 0.9);
  const siteName = fitLines(card.siteName, CONTENT - 56, 26, 1, SANS_SCALE)[0] ?? '';
  const kicker = fitLines(card.kicker.toUpperCase(), CONTENT, 21, 1, SANS_SCALE * 1.2)[0] ?? '';
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${OG_WIDTH}" height="${OG_HEIGHT}" viewBox="0 0 ${OG_WIDTH} ${OG_HEIGHT}">`,
    `<rect width="${OG_WIDTH}" height="${OG_HEIGHT}" fill="${NAVY}"/>`,
    `<rect x="0" y="0" width="${OG_WIDTH}" height="10" fill="${GOLD}"/>`,
    // The favicon's mark: three gold rules.
    `<g transform="translate(${PAD} 66)" stroke="${GOLD}" stroke-width="4.5" stroke-linecap="round" fill="none">`,
    `<path d="M2 30H38M2 18H28M2 6H38"/></g>`,
    `<text x="${PAD + 56}" y="93" font-family="${SANS}" font-size="26" font-weight="600" fill="#f1faee">${escapeXml(siteName)}</text>`,
    `<rect x="${PAD}" y="128" width="${CONTENT}" height="2" fill="#f1faee" fill-opacity="0.18"/>`,
    `<text x="${PAD}" y="${KICKER_BASELINE}" font-family="${SANS}" font-size="21" font-weight="700" letter-spacing="2" fill="${GOLD}">${escapeXml(kicker)}</text>`,
    `<text x="${PAD}" y="${titleBaseline}" font-family="${SERIF}" font-size="${title.size}" font-weight="700" fill="#ffffff">${tspans(title.lines, PAD, title.lineHeight)}</text>`,
    `<rect x="${PAD}" y="${ruleY}" width="72" height="5" fill="${GOLD}"/>`,
    `<text x="${PAD}" y="${factTop}" font-family="${SANS}" font-size="${FACT_SIZE}" fill="#dbe4ee">${tspans(factLines, PAD, FACT_LINE)}</text>`,
    `</svg>`,
  ].join('\n');
}
