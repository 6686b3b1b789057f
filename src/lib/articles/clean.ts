/**
 * Cleans a seed article's text into a headline, the metadata the text states (byline, dateline, date)
 * and a list of typed blocks, with publisher chrome removed. Pure: text in, data out.
 */
import { chromeKind, continuesPaywall, isStrayLabel, wordCount } from './chrome.ts';
import { SeedError, normaliseLines } from './normalise.ts';
import { parseStatedDate, type StatedDate } from './dates.ts';

export type Block =
  | { kind: 'standfirst'; text: string }
  | { kind: 'paragraph'; text: string }
  | { kind: 'subheading'; text: string }
  | { kind: 'caption'; text: string }
  | { kind: 'list'; ordered: boolean; items: string[] };

export interface CleanedArticle {
  headline: string;
  byline?: string;
  /** An organisation named at the end of the byline ("CNN"). */
  bylineOrganisation?: string;
  /** The place a dateline opens the story with ("BOGOTÁ, COLOMBIA"). */
  dateline?: string;
  /** A date stated in the byline or dateline. */
  statedDate?: StatedDate;
  blocks: Block[];
  /** The lines removed as chrome, for tests and for a reviewer's curiosity. */
  removed: string[];
}

/** A headline is a line, not a paragraph. */
export const MAX_HEADLINE_LENGTH = 200;
/** A line this long that opens the text is body copy: the header zone (standfirst, captions) has ended. */
const BODY_LENGTH = 200;

const LIST_ITEM = /^(?:[-•*–▪●]\s+|(\d{1,3})[.)]\s+)(.+)$/u;
const BYLINE = /^(?:by|por|par|von|di)\s+(.+)$/iu;
/** A photo credit after a slash or in brackets, or a picture description: the marks of a caption. */
const CAPTION_PATTERNS = [
  /\s\/\s*[\p{Lu}][\p{L}.'’ -]{1,40}$/u,
  /\((?:photo|foto|image|imagen|picture)\b[^)]*\)\s*$/iu,
  /\b(?:photo|foto|photograph|image|picture)(?:\s+by)?\s*:\s*\S/iu,
  /\b(?:getty images|afp via getty|reuters\/|ap photo|efe\/)/iu,
  /^(?:this|a|an|the)\s+(?:[\p{L}-]+\s+){0,2}(?:view|photo|photograph|image|picture|file photo|handout)\s+(?:shows|taken|of)\b/iu,
  /^(?:pictured|above|below|file|foto|photo)\s*[:—–-]/iu,
];
/** "BOGOTÁ, COLOMBIA –" or "Bogotá, Colombia – November 13, 2025 –" at the start of the first paragraph. */
const DATELINE = /^([\p{Lu}][\p{L}.'’ ]{1,30}(?:,\s*[\p{Lu}][\p{L}.'’ ]{1,30})?)\s+[–—-]\s+(?:(.{6,30}?\d{4})\s+[–—-]\s+)?\S/u;

export function isCaption(line: string): boolean {
  return CAPTION_PATTERNS.some((pattern) => pattern.test(line));
}

const comparable = (line: string) =>
  line
    .toLocaleLowerCase('en')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/**
 * Removes chrome lines: single chrome lines anywhere, the paywall block a subscription prompt opens,
 * and stray labels left at the foot of the page.
 */
export function stripChrome(lines: string[]): { kept: string[]; removed: string[] } {
  const kept: string[] = [];
  const removed: string[] = [];
  let inPaywall = false;
  for (const line of lines) {
    const kind = chromeKind(line);
    if (kind === 'subscription') inPaywall = true;
    else if (inPaywall && !continuesPaywall(line)) inPaywall = false;
    if (kind !== null || inPaywall) removed.push(line);
    else kept.push(line);
  }
  while (kept.length > 1 && isStrayLabel(kept[kept.length - 1]!)) removed.push(kept.pop()!);
  return { kept, removed };
}

interface Byline {
  byline: string;
  organisation?: string;
  statedDate?: StatedDate;
}

/** Splits "By A, B, CNN" or "By A November 13, 2025" into names, organisation and date. */
export function parseByline(line: string): Byline | null {
  const match = BYLINE.exec(line);
  if (!match || wordCount(line) > 24) return null;
  let rest = match[1]!.trim();
  const statedDate = parseStatedDate(rest, 'end');
  if (statedDate) rest = rest.slice(0, rest.length - statedDate.text.length).replace(/[\s,|–—-]+$/u, '');
  let organisation: string | undefined;
  const org = /,\s*([\p{Lu}][\p{Lu}\p{N}&.]{1,7}(?:\s[\p{Lu}][\p{Lu}\p{N}&.]{1,7})?)$/u.exec(rest);
  if (org) {
    organisation = org[1];
    rest = rest.slice(0, org.index).trim();
  }
  if (rest === '') return null;
  return { byline: rest, ...(organisation ? { organisation } : {}), ...(statedDate ? { statedDate } : {}) };
}

/** Reads a dateline ("PLACE –", optionally followed by a date) off the first body paragraph. */
export function parseDateline(paragraph: string): { place: string; statedDate?: StatedDate } | null {
  const match = DATELINE.exec(paragraph);
  if (!match) return null;
  const place = match[1]!.trim();
  const statedDate = match[2] ? parseStatedDate(match[2], 'whole') : null;
  return statedDate ? { place, statedDate } : { place };
}

/** Splits the non-chrome lines into blocks, grouping list items and spotting subheadings. */
function toBlocks(lines: string[]): Block[] {
  const blocks: Block[] = [];
  lines.forEach((line, index) => {
    const item = LIST_ITEM.exec(line);
    if (item) {
      const ordered = item[1] !== undefined;
      const last = blocks[blocks.length - 1];
      if (last?.kind === 'list' && last.ordered === ordered) last.items.push(item[2]!);
      else blocks.push({ kind: 'list', ordered, items: [item[2]!] });
      return;
    }
    if (isCaption(line)) {
      blocks.push({ kind: 'caption', text: line });
      return;
    }
    const next = lines[index + 1];
    const shortLabel = line.length <= 80 && wordCount(line) <= 10 && !/[.!?…"”'’»)]$/u.test(line);
    if (shortLabel && next !== undefined) {
      blocks.push({ kind: 'subheading', text: line });
      return;
    }
    blocks.push({ kind: 'paragraph', text: line });
  });
  return blocks;
}

/**
 * Cleans the normalised text of one seed. Throws a SeedError when no headline can be found.
 * @param file the seed's file name, for error messages
 */
export function cleanArticle(text: string, file: string): CleanedArticle {
  const { kept, removed } = stripChrome(normaliseLines(text));
  const headline = kept[0];
  if (headline === undefined) throw new SeedError(file, 'no headline: the file has no text once page chrome is removed');
  const headlineLength = [...headline].length;
  if (headlineLength > MAX_HEADLINE_LENGTH) {
    throw new SeedError(
      file,
      `no headline: the first line is ${headlineLength} characters long (a headline is at most ${MAX_HEADLINE_LENGTH})`,
    );
  }
  // A headline repeated under itself (page title, then article title) is chrome.
  const rest: string[] = [];
  for (const line of kept.slice(1)) {
    if (comparable(line) === comparable(headline)) removed.push(line);
    else rest.push(line);
  }

  // The header zone runs from the headline to the byline, or to the first line that reads as body copy.
  const bylineIndex = rest.findIndex((line, index) => index < 6 && parseByline(line) !== null);
  const bodyStart =
    bylineIndex >= 0
      ? bylineIndex
      : Math.max(
          0,
          rest.findIndex((line) => line.length > BODY_LENGTH || DATELINE.test(line) || LIST_ITEM.test(line)),
        );
  const header = rest.slice(0, bodyStart);
  const bylineLine = bylineIndex >= 0 ? rest[bylineIndex] : undefined;
  const body = rest.slice(bylineIndex >= 0 ? bylineIndex + 1 : bodyStart);

  const blocks: Block[] = [];
  let standfirstSeen = false;
  for (const line of header) {
    if (!isCaption(line) && !standfirstSeen && wordCount(line) >= 6) {
      blocks.push({ kind: 'standfirst', text: line });
      standfirstSeen = true;
    } else {
      // Short lines between the headline and the story are picture captions or alt text.
      blocks.push({ kind: 'caption', text: line });
    }
  }
  blocks.push(...toBlocks(body));

  const byline = bylineLine ? parseByline(bylineLine) : null;
  const firstParagraph = blocks.find((block) => block.kind === 'paragraph');
  const dateline = firstParagraph?.kind === 'paragraph' ? parseDateline(firstParagraph.text) : null;
  const statedDate = byline?.statedDate ?? dateline?.statedDate;

  return {
    headline,
    ...(byline ? { byline: byline.byline } : {}),
    ...(byline?.organisation ? { bylineOrganisation: byline.organisation } : {}),
    ...(dateline ? { dateline: dateline.place } : {}),
    ...(statedDate ? { statedDate } : {}),
    blocks,
    removed,
  };
}
