/**
 * Figure pages, share pages and embeds: the pure parts. Which figures get a page, where each page and file
 * lives, a section's first sentence (its share card and description), the citation and BibTeX entry, the
 * embed snippet, and relative links between pages (so a mirror on another host or sub-path hands out links
 * that work there). No Astro, no file system.
 */

export const FIGURE_NAMES = ['chronology', 'seizures', 'strikes'] as const;
export type FigureName = (typeof FIGURE_NAMES)[number];

/**
 * What the standalone SVG of each figure draws: rows of the page's wide-layout SVGs (CSS selectors into the
 * figure page), stacked, the SVGs of a row side by side.
 */
export const FIGURE_GRAPHICS: Record<FigureName, readonly (readonly string[])[]> = {
  chronology: [['.chronology-wide > svg']],
  seizures: [['.seizures-main-wide > svg'], ['.seizure-multiples > svg']],
  strikes: [['.strike-map-wide > svg']],
};

export const isFigureName = (name: string): name is FigureName => (FIGURE_NAMES as readonly string[]).includes(name);

/** Site paths (no leading slash), for href() or joinBase(). */
export const figurePagePath = (name: FigureName) => `figures/${name}/`;
export const embedPagePath = (name: FigureName) => `embed/${name}/`;
/** Whether a page (its key, as `pageKey` gives it) is a figure's embed, in any edition: "embed/strikes", "es/embed/strikes". */
export const isEmbedPage = (key: string): boolean => /^(?:[a-z]{2}\/)?embed\//.test(`${key}/`);
export const figureSvgPath = (name: FigureName) => `figures/${name}/${name}.svg`;
export const figurePngPath = (name: FigureName) => `figures/${name}/${name}.png`;
export const sharePagePath = (sectionId: string) => `s/${sectionId}/`;

/**
 * A link from one page of the site to another, relative to the first: "s/what-happened/" from the home page,
 * "../../s/what-happened/" from /figures/strikes/, "./" to itself. Both are site paths ("" is the home page).
 */
export function relativeLink(fromPath: string, toPath: string): string {
  const from = fromPath.replace(/^\/+|\/+$/g, '').split('/').filter(Boolean);
  const to = toPath.replace(/^\/+|\/+$/g, '').split('/').filter(Boolean);
  let common = 0;
  while (common < from.length && common < to.length && from[common] === to[common]) common++;
  const up = '../'.repeat(from.length - common);
  const down = to.slice(common).map((segment) => `${segment}/`).join('');
  return up + down || './';
}

// ---------------------------------------------------------------------------------------------------------
// A section's first sentence, from its MDX source

/** Abbreviations after which a full stop does not end a sentence. */
const ABBREVIATIONS = /(?:^|[\s(“"])(?:[A-Z]\.)+$|(?:^|\s)(?:Mr|Mrs|Ms|Dr|St|No|vs|etc|e\.g|i\.e|Jan|Feb|Aug|Sept?|Oct|Nov|Dec|Gen|Sen|Rep)\.$/;

/** The prose of an MDX body: no imports, exports, JSX elements, comments or Markdown markup; paragraphs kept. */
export function mdxProse(body: string): string[] {
  const text = body
    .replace(/\{\/\*[\s\S]*?\*\/\}/g, '')
    .replace(/^(?:import|export)\s.*$/gm, '')
    .replace(/<[A-Za-z][^>]*\/>/g, '')
    .replace(/<\/?[A-Za-z][^>]*>/g, '')
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/(\*\*|__|\*|_|`)(\S(?:.*?\S)?)\1/g, '$2');
  return text
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.replace(/\s+/g, ' ').trim())
    .filter((paragraph) => paragraph !== '' && !/^(?:#|>|[-*+] |\d+\. |\|)/.test(paragraph));
}

/** The first sentence of a paragraph: up to the first . ! or ? that ends a sentence (not "U.S." or "Dr."). */
export function firstSentenceOf(paragraph: string): string {
  const end = /[.!?]["”’)]?(?=\s+["“‘(]?[A-Z0-9])/g;
  for (let match = end.exec(paragraph); match; match = end.exec(paragraph)) {
    const upTo = paragraph.slice(0, match.index + 1);
    if (paragraph[match.index] === '.' && ABBREVIATIONS.test(upTo)) continue;
    return paragraph.slice(0, match.index + match[0].length);
  }
  return paragraph;
}

/** A section's first sentence, from its MDX body (empty when the section has no prose). */
export const sectionFirstSentence = (body: string): string => firstSentenceOf(mdxProse(body)[0] ?? '');

// ---------------------------------------------------------------------------------------------------------
// Citation, BibTeX, embed snippet

export interface CitationInput {
  number: number;
  title: string;
  siteName: string;
  /** The figure page's absolute URL. */
  url: string;
  /** The build date, YYYY-MM-DD: "accessed"/"urldate" and the year. */
  date: string;
  name: FigureName;
  /** The figure's label in the page's edition ("Figura 3"; "Figure 3" by default). */
  label?: string;
  /** The date words in the page's edition ("consultado el 2026-01-08"; "accessed 2026-01-08" by default). */
  accessed?: string;
}

const labelOf = (c: CitationInput) => c.label ?? `Figure ${c.number}`;

/** "“Figure 3: Title.” Site. URL (accessed YYYY-MM-DD)." */
export const citationText = (c: CitationInput): string =>
  `“${labelOf(c)}: ${c.title.replace(/\.$/, '')}.” ${c.siteName}. ${c.url} (${c.accessed ?? `accessed ${c.date}`}).`;

const bibEscape = (text: string) => text.replace(/[\\{}]/g, (char) => `\\${char}`).replace(/[&%$#_]/g, (char) => `\\${char}`);

/** A BibTeX @misc entry with the figure's title, the site as publisher, its URL and the date. */
export function bibtex(c: CitationInput): string {
  const year = c.date.slice(0, 4);
  return [
    `@misc{${c.name}-figure-${year},`,
    `  title = {{${labelOf(c)}: ${bibEscape(c.title.replace(/\.$/, ''))}}},`,
    `  howpublished = {${bibEscape(c.siteName)}},`,
    `  year = {${year}},`,
    `  url = {${c.url}},`,
    `  urldate = {${c.date}},`,
    `}`,
  ].join('\n');
}

const attr = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/**
 * The <iframe> a host page pastes: full width, a fixed aspect ratio until the embed reports its height (see
 * README, "Embedding a figure"), no border, lazy.
 */
export function embedSnippet(input: { name: FigureName; title: string; url: string; aspect: { width: number; height: number } }): string {
  const ratio = `${Math.round(input.aspect.width)} / ${Math.round(input.aspect.height)}`;
  return `<iframe src="${attr(input.url)}" title="${attr(input.title)}" data-explainer-embed="${input.name}" style="width: 100%; aspect-ratio: ${ratio}; border: 0" loading="lazy"></iframe>`;
}

// ---------------------------------------------------------------------------------------------------------
// Framing rules for static hosts

/**
 * dist/_headers (Netlify and Cloudflare Pages format). A <meta> CSP cannot set frame-ancestors, so framing is
 * set by the host: no page may be framed (frame-ancestors 'none', X-Frame-Options: DENY) except the embeds
 * under /embed/, which any site may frame. The deny rules name every top-level entry of the output except
 * embed/, rather than "/*", so no path matches both rules (the two hosts combine overlapping rules
 * differently, and a combined CSP would deny the embeds too).
 */
export function headersFile(base: string, topLevel: { dirs: readonly string[]; files: readonly string[] }): string {
  const root = base.endsWith('/') ? base : `${base}/`;
  const deny = ["  Content-Security-Policy: frame-ancestors 'none'", '  X-Frame-Options: DENY', '  X-Content-Type-Options: nosniff'];
  const paths = [
    root,
    ...topLevel.files.map((file) => `${root}${file}`),
    ...topLevel.dirs.filter((dir) => dir !== 'embed').flatMap((dir) => [`${root}${dir}`, `${root}${dir}/*`]),
  ];
  const blocks = [...new Set(paths)].sort().map((path) => [path, ...deny].join('\n'));
  blocks.push([`${root}embed/*`, '  Content-Security-Policy: frame-ancestors *', '  X-Content-Type-Options: nosniff'].join('\n'));
  return `# Written by src/integrations/shareAssets.ts at build time: see README, "Deployment".\n${blocks.join('\n\n')}\n`;
}

/** The headers a _headers file sets for a path (for the test server): every matching rule, in order. */
export function headersFor(file: string, path: string): Record<string, string> {
  const headers: Record<string, string> = {};
  let matches = false;
  for (const line of file.split('\n')) {
    if (line.trim() === '' || line.trimStart().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      const pattern = new RegExp(`^${line.trim().replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/:[a-z]+/gi, '[^/]+')}$`);
      matches = pattern.test(path);
    } else if (matches) {
      const colon = line.indexOf(':');
      if (colon > 0) headers[line.slice(0, colon).trim()] = line.slice(colon + 1).trim();
    }
  }
  return headers;
}
