/**
 * Cleans a seed article's text into a headline, the metadata the text states (URL, date, byline,
 * dateline, credit, language) and a list of typed blocks, with publisher furniture removed.
 * Pure: text in, data out.
 */
import { chromeRule, isStrayLabel, wordCount } from './chrome.ts';
import { SeedError, normaliseLines } from './normalise.ts';
import { parseDateLine, parseStatedDate, type DateLine, type NumericOrder, type StatedDate } from './dates.ts';
import { detectLanguage, type ArticleLanguage } from './language.ts';

export type Block =
  | { kind: 'standfirst'; text: string }
  | { kind: 'paragraph'; text: string }
  | { kind: 'subheading'; text: string }
  | { kind: 'caption'; text: string }
  | { kind: 'list'; ordered: boolean; items: string[] };

/** The dateline of wire copy: "GUAYAQUIL, Ecuador (AP) —", "BOGOTA, Nov 12 (Reuters) -". */
export interface AgencyDateline {
  place: string;
  /** The agency that filed the story ("AP", "Reuters"). */
  agency: string;
}

export interface CleanedArticle {
  headline: string;
  /** The article's language, from a stop-word score of its text. */
  lang: ArticleLanguage;
  /** The original address, when the text states one (a bare URL line near the top). */
  url?: string;
  byline?: string;
  /** An organisation named at the end of the byline ("CNN"). */
  bylineOrganisation?: string;
  /** The place a dateline opens the story with ("BOGOTÁ, COLOMBIA"). */
  dateline?: string;
  /**
   * A wire dateline, which names the filing agency as well as the place. Kept apart from `dateline`, whose
   * meaning (the place of a "PLACE –" dateline) other code and tests rely on.
   */
  agencyDateline?: AgencyDateline;
  /** The date the text states: a date line, or a date in the byline or dateline. */
  statedDate?: StatedDate;
  /** Who reported, wrote and edited it ("Reporting by A; Editing by B"): a credit, not body text. */
  credit?: string;
  blocks: Block[];
  /** The lines removed as furniture, for tests and for a reviewer's curiosity. */
  removed: string[];
}

/** A headline is a line, not a paragraph. */
export const MAX_HEADLINE_LENGTH = 200;
/** A line this long that opens the text is body copy: the header zone (standfirst, captions) has ended. */
const BODY_LENGTH = 200;
/** Metadata lines (URL, date, byline) are looked for this many lines under the headline. */
const TOP_LINES = 8;

const LIST_ITEM = /^(?:[-•*–▪●]\s+|(\d{1,3})[.)]\s+)(.+)$/u;
const BYLINE = /^(?:by|por|par|von|di|posted by|publicado por|written by|escrito por)\s+(.+)$/iu;
/** "Posted on November 12, 2025 by A": a blog's date-then-author line. */
const POSTED_ON = /^(?:posted|publicado)\s+(?:on|el)\s+(.+?)\s+(?:by|por)\s+(.+)$/iu;
/** "Redacción Internacional": a newsroom desk signing the story. */
const DESK = /^Redacci[óo]n(?:\s+[\p{Lu}][\p{L}.]*){0,4}$/u;
const NAME = "[\\p{Lu}][\\p{Ll}'’.-]+(?:\\s(?:de|del|de la|da|van|von))?";
const PERSON = `${NAME}(?:\\s${NAME}){1,3}`;
/** "Jane Doe in Bogotá", "Jane Doe and John Roe in Bogotá and Washington": a UK daily's byline. */
const BYLINE_IN = new RegExp(`^(${PERSON}(?:(?:,\\s|\\s(?:and|y)\\s)${PERSON})*)\\s+(?:in|en)\\s+[\\p{Lu}][\\p{L}'’.-]+(?:\\s(?:and|y)?\\s?[\\p{Lu}][\\p{L}'’.-]+){0,3}$`, 'u');
/** "MARÍA PÉREZ": a name in capitals, read as a byline only next to a date line. */
const NAME_IN_CAPITALS = /^[\p{Lu}][\p{Lu}'’.-]+(?:\s+[\p{Lu}][\p{Lu}'’.-]+){1,3}$/u;
/** An organisation at the end of a byline: "CNN", "AP", or a name with a newsroom word ("Associated Press"). */
const ACRONYM = /^[\p{Lu}][\p{Lu}\p{N}&.]{1,7}(?:\s[\p{Lu}][\p{Lu}\p{N}&.]{1,7})?$/u;
const NEWSROOM = /\b(?:press|news|agency|agencia|wire|times|post|herald|journal|tribune|noticias|diario|reuters|bloomberg)\b/iu;
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
/** "BOGOTA, Nov 12 -": a place and a day of the month, the wire form without the agency. */
const DATELINE_DAY = /^([\p{Lu}][\p{Lu}.'’ ]{1,30}),\s*(?:[\p{Lu}][\p{Ll}]{2,8}\.?\s+\d{1,2})\s+[–—-]\s+\S/u;
/** "GUAYAQUIL, Ecuador (AP) —", "BOGOTA, Nov 12 (Reuters) -": a place, perhaps a day, and the agency. */
const AGENCY_DATELINE =
  /^([\p{Lu}][\p{L}.'’ ]{1,30}(?:,\s*[\p{Lu}][\p{L}.'’ ]{1,30})?)(?:,\s*[\p{Lu}][\p{Ll}]{2,8}\.?\s+\d{1,2})?\s+\(([\p{Lu}][\p{L}]{1,15}(?:\s[\p{Lu}][\p{L}]{1,15})?)\)\s+[–—-]\s+\S/u;
/** A line that is only an address, perhaps labelled ("URL: https://…"). */
const BARE_URL = /^(?:(?:url|link|enlace|source|fuente)\s*:\s*)?(https?:\/\/[^\s<>"]+)$/iu;

export function isCaption(line: string): boolean {
  return CAPTION_PATTERNS.some((pattern) => pattern.test(line));
}

/** The address on a line that is only an address, or null. */
export function bareUrl(line: string): string | null {
  const match = BARE_URL.exec(line);
  if (!match) return null;
  // Only a plain web address: no credentials in it, nothing but http(s).
  return URL.canParse(match[1]!) && new URL(match[1]!).username === '' ? match[1]! : null;
}

const comparable = (line: string) =>
  line
    .toLocaleLowerCase('en')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/** A line that reads as the body of the article: a list item, or a sentence of some length. */
const isBodyText = (line: string) => LIST_ITEM.test(line) || line.length > 80 || (wordCount(line) >= 6 && /[.!?…"”»:]$/u.test(line));

/**
 * Removes furniture lines: single lines anywhere, the blocks that some furniture opens (a paywall, a
 * related-articles list, a tag list, a cookie banner), a comment section and all after it, and stray
 * labels left at the foot of the page. Credit lines are set apart rather than dropped.
 */
export function stripChrome(lines: string[]): { kept: string[]; removed: string[]; credits: string[] } {
  const kept: string[] = [];
  const removed: string[] = [];
  const credits: string[] = [];
  let continues: ((line: string) => boolean) | undefined;
  for (const [index, line] of lines.entries()) {
    const rule = chromeRule(line);
    if (rule) {
      // A comment section ends the article, but only once some of it has been read: a "Comments" link
      // above the headline must not take the whole story with it.
      if (rule.endsArticle && kept.some((text) => wordCount(text) >= 20)) {
        removed.push(...lines.slice(index));
        continues = undefined;
        break;
      }
      if (rule.kind === 'credit') credits.push(line.replace(/^\((.*)\)$/u, '$1'));
      else removed.push(line);
      // A line of another kind inside a block (a rule, a button) keeps the block open if it belongs to it.
      continues = rule.continues ?? (continues?.(line) ? continues : undefined);
    } else if (continues?.(line)) {
      removed.push(line);
    } else {
      continues = undefined;
      kept.push(line);
    }
  }
  while (kept.length > 1 && isStrayLabel(kept[kept.length - 1]!)) removed.push(kept.pop()!);
  return { kept, removed, credits };
}

interface Byline {
  byline: string;
  organisation?: string;
  statedDate?: StatedDate;
}

/** An organisation, not a person: an acronym, one word (people are named with two or more), or a newsroom word. */
const isOrganisation = (text: string) => ACRONYM.test(text) || NEWSROOM.test(text) || /^[\p{Lu}][\p{L}&-]+$/u.test(text);

/** Splits a trailing organisation off a list of names: "A, B, CNN" → names "A, B", organisation "CNN". */
function splitOrganisation(names: string): { names: string; organisation?: string } {
  const bar = names.split(/\s+[|·]\s+/u);
  if (bar.length === 2 && isOrganisation(bar[1]!)) return { names: bar[0]!, organisation: bar[1]! };
  const comma = names.lastIndexOf(',');
  if (comma < 0) return { names };
  const last = names.slice(comma + 1).trim().replace(/^the\s+/iu, '');
  return isOrganisation(last) ? { names: names.slice(0, comma).trim(), organisation: last } : { names };
}

/**
 * Reads a byline: "By A, B, CNN", "By A and B", "Por A 13 de noviembre de 2025", "Posted by A on …",
 * "Posted on … by A", "Redacción Internacional", "A in Bogotá". Returns null for anything else.
 */
export function parseByline(line: string): Byline | null {
  if (wordCount(line) > 24) return null;
  const posted = POSTED_ON.exec(line);
  if (posted) {
    const statedDate = parseStatedDate(posted[1]!, 'whole');
    return { byline: posted[2]!.trim(), ...(statedDate ? { statedDate } : {}) };
  }
  if (DESK.test(line)) return { byline: line };
  const inPlace = BYLINE_IN.exec(line);
  if (inPlace && !/^(?:by|por)\s/iu.test(line)) return { byline: inPlace[1]! };
  const match = BYLINE.exec(line);
  if (!match) return null;
  let rest = match[1]!.trim();
  const statedDate = parseStatedDate(rest, 'end');
  if (statedDate) rest = rest.slice(0, rest.length - statedDate.text.length).replace(/(?:[\s,|·–—-]+|\s+(?:on|el)\s*)+$/u, '');
  const { names, organisation } = splitOrganisation(rest);
  if (names === '') return null;
  return { byline: names, ...(organisation ? { organisation } : {}), ...(statedDate ? { statedDate } : {}) };
}

/** Reads a dateline ("PLACE –", optionally followed by a date) off the first body paragraph. */
export function parseDateline(paragraph: string): { place: string; statedDate?: StatedDate } | null {
  if (AGENCY_DATELINE.test(paragraph)) return null;
  const match = DATELINE.exec(paragraph);
  if (match) {
    const place = match[1]!.trim();
    const statedDate = match[2] ? parseStatedDate(match[2], 'whole') : null;
    return statedDate ? { place, statedDate } : { place };
  }
  const day = DATELINE_DAY.exec(paragraph);
  return day ? { place: day[1]!.trim() } : null;
}

/** Reads a wire dateline ("GUAYAQUIL, Ecuador (AP) —") off the first body paragraph. */
export function parseAgencyDateline(paragraph: string): AgencyDateline | null {
  const match = AGENCY_DATELINE.exec(paragraph);
  return match ? { place: match[1]!.trim(), agency: match[2]! } : null;
}

/**
 * Whether a short line is a subheading: no sentence punctuation, not a date, address, byline or label,
 * starting like a title, and followed by body text. A colon may end one only when a list follows.
 */
function isSubheading(line: string, next: string | undefined): boolean {
  if (next === undefined || line.length > 80 || wordCount(line) > 10) return false;
  if (/[.!?…"”'’»)]$/u.test(line)) return false;
  if (line.endsWith(':') && !LIST_ITEM.test(next)) return false;
  if (!/^[\p{Lu}\p{N}¿¡"“‘]/u.test(line)) return false;
  if (parseDateLine(line) || bareUrl(line) || parseByline(line)) return false;
  return isBodyText(next);
}

/** Splits the body lines into blocks, grouping list items and spotting subheadings. */
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
    blocks.push({ kind: isSubheading(line, lines[index + 1]) ? 'subheading' : 'paragraph', text: line });
  });
  return blocks;
}

/** The metadata lines found under the headline, and the lines left for the header and body. */
interface Metadata {
  urls: string[];
  dates: DateLine[];
  byline?: Byline;
  /** Where the byline stood among the content lines: the header zone ends there. */
  bylineAt: number;
  content: string[];
}

/** Takes the URL, date and byline lines out of the lines under the headline. */
function readMetadata(rest: string[], numericOrder: NumericOrder | undefined): Metadata {
  const found: Metadata = { urls: [], dates: [], bylineAt: -1, content: [] };
  const dateAt = rest.map((line) => parseDateLine(line, numericOrder));
  rest.forEach((line, index) => {
    const nearTop = index < TOP_LINES;
    const url = nearTop ? bareUrl(line) : null;
    if (url) {
      found.urls.push(url);
      return;
    }
    const date = dateAt[index];
    // A date on a line of its own under the headline (or at the foot) says when the article appeared.
    if (date && (nearTop || index >= rest.length - 3)) {
      found.dates.push(date.updated ? { ...date, date: { ...date.date, text: line } } : date);
      return;
    }
    if (!found.byline && nearTop) {
      const besideDate = dateAt[index - 1] != null || dateAt[index + 1] != null;
      const byline = parseByline(line) ?? (besideDate && NAME_IN_CAPITALS.test(line) ? { byline: line } : null);
      if (byline) {
        found.byline = byline;
        found.bylineAt = found.content.length;
        return;
      }
    }
    found.content.push(line);
  });
  return found;
}

/**
 * Cleans the normalised text of one seed. Throws a SeedError when no headline can be found.
 * @param file the seed's file name, for error messages
 */
export function cleanArticle(text: string, file: string): CleanedArticle {
  const { kept, removed, credits } = stripChrome(normaliseLines(text));
  // An address pasted above the headline (from the browser's address bar) is metadata too.
  const leadingUrls: string[] = [];
  while (kept.length > 0 && bareUrl(kept[0]!)) leadingUrls.push(bareUrl(kept.shift()!)!);
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

  const { language: lang } = detectLanguage([headline, ...rest].join('\n'));
  // An all-numeric date such as 05/11/2025 is read day first in Spanish, month first in English.
  const numericOrder: NumericOrder | undefined = lang === 'es' ? 'dmy' : lang === 'en' ? 'mdy' : undefined;
  const meta = readMetadata(rest, numericOrder);
  const content = meta.content;

  // The header zone runs from the headline to the byline, or to the first line that reads as body copy.
  const bodyStart =
    meta.bylineAt >= 0
      ? meta.bylineAt
      : Math.max(
          0,
          content.findIndex((line) => line.length > BODY_LENGTH || DATELINE.test(line) || AGENCY_DATELINE.test(line) || LIST_ITEM.test(line)),
        );
  const header = content.slice(0, bodyStart);
  const body = content.slice(bodyStart);

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

  const byline = meta.byline;
  const firstParagraph = blocks.find((block) => block.kind === 'paragraph');
  const opening = firstParagraph?.kind === 'paragraph' ? firstParagraph.text : '';
  const dateline = parseDateline(opening);
  const agencyDateline = parseAgencyDateline(opening);
  // A date line saying when the article was published comes first; an "Updated" line only when nothing else does.
  const published = meta.dates.find((line) => !line.updated)?.date;
  const updated = meta.dates.find((line) => line.updated)?.date;
  const statedDate = published ?? byline?.statedDate ?? dateline?.statedDate ?? updated;
  const url = [...leadingUrls, ...meta.urls][0];

  return {
    headline,
    lang,
    ...(url ? { url } : {}),
    ...(byline ? { byline: byline.byline } : {}),
    ...(byline?.organisation ? { bylineOrganisation: byline.organisation } : {}),
    ...(dateline ? { dateline: dateline.place } : {}),
    ...(agencyDateline ? { agencyDateline } : {}),
    ...(statedDate ? { statedDate } : {}),
    ...(credits.length > 0 ? { credit: credits.join('; ') } : {}),
    blocks,
    removed,
  };
}
