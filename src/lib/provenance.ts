/**
 * The provenance check: every quote attributed to a seed article must occur in that article's cleaned
 * text, normalising only whitespace, curly/straight quotes and dash variants. Each quote resolves to the
 * paragraph (text unit) it sits in, and to a text-fragment link that highlights the quoted words.
 */

export interface Unit {
  n: number;
  text: string;
}

export type RawSource =
  | { article: { id: string } | string; quote: string }
  | { url: string; quote: string; language?: string; publisher?: string; translation?: string };

export type ResolvedSource =
  | {
      kind: 'article';
      articleId: string;
      quote: string;
      /** The paragraph number: the target of `#p-<n>`. */
      paragraph: number;
      /** The quoted words exactly as the article prints them (for the text fragment). */
      matchedText: string;
    }
  | { kind: 'url'; url: string; quote: string; language?: string; publisher?: string; translation?: string };

/** A quote that is not in its source: the message is one line naming collection, record and quote. */
export class ProvenanceError extends Error {
  constructor(collection: string, recordId: string, detail: string) {
    super(`Provenance check failed: ${collection}/${recordId}: ${detail}`);
    this.name = 'ProvenanceError';
  }
}

const QUOTES: Record<string, string> = {
  '\u2018': "'", '\u2019': "'", '\u201A': "'", '\u201B': "'", '\u2032': "'", '\u00B4': "'", '`': "'",
  '\u201C': '"', '\u201D': '"', '\u201E': '"', '\u201F': '"', '\u2033': '"', '\u00AB': '"', '\u00BB': '"',
};
const DASHES = /[\u2010\u2011\u2012\u2013\u2014\u2015\u2212\uFE58\uFE63\uFF0D]/u;

/**
 * Normalises text for comparison and keeps, for every output character, the index of the input
 * character it came from, so that a match can be mapped back to the original words.
 */
export function normaliseForMatch(text: string): { text: string; origin: number[] } {
  let out = '';
  const origin: number[] = [];
  let pendingSpace = false;
  for (let i = 0; i < text.length; i++) {
    let char = text[i]!;
    if (/\s/u.test(char)) {
      pendingSpace = out.length > 0;
      continue;
    }
    if (pendingSpace) {
      out += ' ';
      origin.push(i);
      pendingSpace = false;
    }
    char = QUOTES[char] ?? (DASHES.test(char) ? '-' : char);
    out += char;
    origin.push(i);
  }
  return { text: out, origin };
}

/** Finds a quote in an article's units; returns the unit and the original words matched, or null. */
export function locateQuote(units: readonly Unit[], quote: string): { paragraph: number; matchedText: string } | null {
  const needle = normaliseForMatch(quote).text;
  if (needle === '') return null;
  for (const unit of units) {
    const hay = normaliseForMatch(unit.text);
    const at = hay.text.indexOf(needle);
    if (at < 0) continue;
    const start = hay.origin[at]!;
    const end = hay.origin[at + needle.length - 1]! + 1;
    return { paragraph: unit.n, matchedText: unit.text.slice(start, end) };
  }
  return null;
}

const articleIdOf = (article: { id: string } | string) => (typeof article === 'string' ? article : article.id);

/**
 * Resolves a record's sources, throwing a ProvenanceError for an unknown article or a quote that the
 * article does not contain.
 */
export function resolveSources(
  collection: string,
  recordId: string,
  sources: readonly RawSource[],
  unitsByArticle: ReadonlyMap<string, readonly Unit[]>,
): ResolvedSource[] {
  return sources.map((source) => {
    if ('url' in source) return { kind: 'url', ...source };
    const articleId = articleIdOf(source.article);
    const units = unitsByArticle.get(articleId);
    if (!units) throw new ProvenanceError(collection, recordId, `unknown article "${articleId}"`);
    const found = locateQuote(units, source.quote);
    if (!found) {
      throw new ProvenanceError(collection, recordId, `quote not found in ${articleId}: "${source.quote}"`);
    }
    return { kind: 'article', articleId, quote: source.quote, ...found };
  });
}

/** Percent-encodes a text-fragment term, including the characters the syntax reserves (- , &). */
const fragmentTerm = (text: string) => encodeURIComponent(text).replace(/-/g, '%2D').replace(/,/g, '%2C');

/**
 * The text-fragment directive for quoted words: the whole quote when short, else its first and last
 * few words (`text=start,end`), which highlights the same passage.
 */
export function textFragment(matchedText: string): string {
  const words = matchedText.split(/\s+/u).filter(Boolean);
  if (words.length <= 8) return `:~:text=${fragmentTerm(words.join(' '))}`;
  return `:~:text=${fragmentTerm(words.slice(0, 4).join(' '))},${fragmentTerm(words.slice(-4).join(' '))}`;
}
