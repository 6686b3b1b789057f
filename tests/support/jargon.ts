/**
 * Research jargon that must never reach a reader: file names, spreadsheet rows, seed numbers and the research
 * notes' own shorthand. Scanned in a page's text and in the attributes readers meet (aria-label, title, alt),
 * never in href/src (a CSV download link is fine).
 */
import type { Element, Nodes } from 'hast';

export const JARGON: { name: string; pattern: RegExp }[] = [
  { name: 'a file name', pattern: /\.(?:csv|ya?ml|txt)\b|seed-sources/i },
  { name: 'a row number', pattern: /\brows? \d+/i },
  { name: 'a seed number', pattern: /\bseeds? 0*\d+\b/i },
  { name: '"CONFLICT:"', pattern: /CONFLICT:/ },
  { name: '"see next row"', pattern: /see (?:the )?next rows?/i },
  { name: '"the seed reports/says"', pattern: /\bthe seed (?:reports|says)\b/i },
];

const READER_ATTRIBUTES = ['ariaLabel', 'title', 'alt', 'ariaDescription', 'placeholder'];
const SKIP = new Set(['script', 'style']);

/** The texts a reader meets in a tree: text runs and reader-facing attributes. */
export function readerTexts(node: Nodes, out: string[] = []): string[] {
  if (node.type === 'text') out.push(node.value);
  if (node.type === 'element') {
    const element = node as Element;
    if (SKIP.has(element.tagName)) return out;
    // A <template>'s content (a detail panel the script shows) is read by readers too.
    if (element.tagName === 'template' && 'content' in element && element.content) readerTexts(element.content as Nodes, out);
    for (const name of READER_ATTRIBUTES) {
      const value = element.properties?.[name];
      if (typeof value === 'string') out.push(value);
    }
  }
  if ('children' in node) for (const child of node.children) readerTexts(child as Nodes, out);
  return out;
}

/** Each jargon hit in the texts: what kind, and the words around it. */
export function jargonHits(texts: readonly string[]): string[] {
  const hits: string[] = [];
  for (const text of texts) {
    for (const { name, pattern } of JARGON) {
      const match = pattern.exec(text);
      if (match) hits.push(`${name}: …${text.slice(Math.max(0, match.index - 60), match.index + match[0].length + 40).replace(/\s+/g, ' ')}…`);
    }
  }
  return hits;
}
