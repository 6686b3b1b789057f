/**
 * The narrative's citation check, run on the MDX source of every section when the site's data is loaded
 * (src/data/site.ts, with the other editorial checks), so an uncited claim stops the build:
 *
 * - in every factual section (any section without `method: true` in its frontmatter), each paragraph
 *   carries at least one `<Cite id="…" />`;
 * - each sentence that gives a number (digits, or a number word such as "two" or "nineteen") or a quotation
 *   (double quotation marks) carries its own citation, inside the sentence or right after its full stop.
 *
 * A paragraph is a block of the MDX source separated by blank lines. Headings, import/export lines, MDX
 * comments and JSX-only blocks (such as `<FigureSlot name="…" />`) are not prose and are skipped. Method
 * sections ("How this explainer was made") describe how the site was made and are exempt.
 *
 * The same module holds the checks and view data for the corrections log (content/corrections.yaml) and
 * the `<CorrectedNote id="…" />` marks placed after corrected claims: pure functions, unit-tested.
 */
import type { CorrectionData } from '../schemas/corrections.ts';
import { parityProblems } from '../i18n/parity.ts';
import { unknownCitations } from './citations.ts';
import { narrativeItemSets } from './editionParity.ts';

export interface SectionSource {
  /** The section's slug (its permalink id), used to name it in messages. */
  slug: string;
  /** The MDX source, with or without its frontmatter. */
  body: string;
  /** A method section: exempt from the check. */
  method?: boolean;
}

export type UncitedReason = 'paragraph' | 'number' | 'quotation';

export interface UncitedSentence {
  slug: string;
  /** The sentence as a reader sees it (markup removed). */
  sentence: string;
  reason: UncitedReason;
}

export interface Sentence {
  text: string;
  cited: boolean;
}

const CITE = /<Cite\s+id=["'][a-z0-9-]+["']\s*\/>/g;
/** Stands for a citation while a paragraph is split into sentences. */
const MARK = '\u0001';

const NUMBER_WORDS = [
  'zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve',
  'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty', 'thirty',
  'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety', 'hundred', 'hundreds', 'thousand', 'thousands',
  'million', 'millions', 'billion', 'billions', 'trillion', 'dozen', 'dozens', 'half', 'twice', 'thrice',
  'single', 'double', 'triple', 'once',
];
/**
 * Spanish number words (the Spanish edition, content/explainer-es), not "un", "una" or "uno", which are
 * also articles. Matched with Unicode lookarounds, as \b is ASCII-only ("millón", "veintidós").
 */
const NUMBER_WORDS_ES = [
  'cero', 'dos', 'tres', 'cuatro', 'cinco', 'seis', 'siete', 'ocho', 'nueve', 'diez', 'once', 'doce', 'trece',
  'catorce', 'quince', 'dieciséis', 'dieciseis', 'diecisiete', 'dieciocho', 'diecinueve', 'veinte', 'veintiuno',
  'veintiuna', 'veintiún', 'veintidós', 'veintidos', 'veintitrés', 'veintitres', 'veinticuatro', 'veinticinco',
  'veintiséis', 'veintiseis', 'veintisiete', 'veintiocho', 'veintinueve', 'treinta', 'cuarenta', 'cincuenta',
  'sesenta', 'setenta', 'ochenta', 'noventa', 'cien', 'ciento', 'cientos', 'doscientos', 'doscientas',
  'trescientos', 'trescientas', 'cuatrocientos', 'cuatrocientas', 'quinientos', 'quinientas', 'seiscientos',
  'seiscientas', 'setecientos', 'setecientas', 'ochocientos', 'ochocientas', 'novecientos', 'novecientas', 'mil',
  'miles', 'millón', 'millon', 'millones', 'docena', 'docenas', 'doble', 'mitad',
];
const NUMBER = new RegExp(`\\d|(?<![\\p{L}\\p{N}])(?:${[...NUMBER_WORDS, ...NUMBER_WORDS_ES].join('|')})(?![\\p{L}\\p{N}])`, 'iu');
const QUOTATION = /["“”«»]/;

/** Words that end with a full stop without ending a sentence. */
const ABBREVIATIONS = new Set(
  [
    'mr', 'mrs', 'ms', 'dr', 'st', 'gen', 'brig', 'col', 'lt', 'adm', 'sgt', 'capt', 'cmdr', 'rep', 'sen', 'gov',
    'pres', 'jr', 'sr', 'no', 'nos', 'vs', 'approx', 'fig', 'mt', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug',
    'sep', 'sept', 'oct', 'nov', 'dec', 'inc', 'ltd', 'co', 'corp',
  ],
);

/** The MDX body without its frontmatter. */
function withoutFrontmatter(source: string): string {
  const match = /^---\r?\n[\s\S]*?\r?\n---[ \t]*(?:\r?\n|$)/.exec(source);
  return match ? source.slice(match[0].length) : source;
}

/** A heading written as JSX (the Spanish edition keeps the English ids: `<h3 id="…">…</h3>`). */
const JSX_HEADING = /^\s*<h[1-6]\b[^>]*>.*<\/h[1-6]>\s*$/i;

/** The prose paragraphs of an MDX body, as source text (markup kept). */
export function paragraphs(body: string): string[] {
  const text = withoutFrontmatter(body)
    .replace(/\r\n?/g, '\n')
    .replace(/\{\/\*[\s\S]*?\*\/\}/g, '')
    .replace(/^```[\s\S]*?^```[ \t]*$/gm, '');
  const result: string[] = [];
  for (const block of text.split(/\n[ \t]*\n/)) {
    const lines = block
      .split('\n')
      .filter((line) => !/^\s*#{1,6}\s/.test(line) && !/^\s*(?:import|export)\s/.test(line) && !JSX_HEADING.test(line));
    const paragraph = lines.join('\n').trim();
    if (paragraph !== '' && visibleText(paragraph) !== '') result.push(paragraph);
  }
  return result;
}

/** What a reader sees of a paragraph: citations become MARK, other tags, link targets and emphasis go. */
function withMarks(paragraph: string): string {
  return paragraph
    .replace(CITE, MARK)
    .replace(/<\/?[A-Za-z][^>]*>/g, '')
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/(\*\*|__|\*|_)(?=\S)([^*_]*?\S)\1/g, '$2')
    .replace(/\s+/g, ' ')
    .trim();
}

function visibleText(paragraph: string): string {
  return withMarks(paragraph).replaceAll(MARK, '').trim();
}

/** Whether a full stop right after `word` can end a sentence (not an abbreviation or an initial). */
function endsSentence(word: string, after = ''): boolean {
  // "EE. UU." (Estados Unidos): the first half never ends a sentence.
  if (/^EE$/.test(word.replace(/^[("“‘'«]+/, '').replace(/\.$/, '')) && /^\s*UU\./.test(after)) return false;
  const bare = word.replace(/^[("“‘'«]+/, '');
  if (/^(?:[A-Za-z]\.)+[A-Za-z]$/.test(bare)) return false; // U.S., J.D., e.g.
  if (/^[A-Z]$/.test(bare)) return false; // an initial: Gerald R. Ford
  return !ABBREVIATIONS.has(bare.toLowerCase());
}

/** Whether a quotation opened in `text` is still open at its end. */
function insideQuotation(text: string): boolean {
  const straight = (text.match(/"/g) ?? []).length;
  const open = (text.match(/[“«]/g) ?? []).length - (text.match(/[”»]/g) ?? []).length;
  return straight % 2 === 1 || open > 0;
}

/**
 * A paragraph's sentences, each with whether it carries a citation. A citation right after a sentence's
 * closing punctuation (and closing quotation marks) belongs to that sentence.
 */
export function sentences(paragraph: string): Sentence[] {
  const text = withMarks(paragraph);
  const result: Sentence[] = [];
  const push = (raw: string) => {
    const cited = raw.includes(MARK);
    const clean = raw.replaceAll(MARK, '').replace(/\s+/g, ' ').trim();
    if (clean !== '') result.push({ text: clean, cited });
    else if (cited && result.length > 0) result[result.length - 1]!.cited = true;
  };
  // A candidate end: terminal punctuation, closing quotes/brackets, then citations, then a space.
  const END = new RegExp(`([.!?…])(["”’')\\]]*)(${MARK}*)(?=\\s|$)`, 'g');
  let start = 0;
  for (const match of text.matchAll(END)) {
    const at = match.index;
    const end = at + match[0].length;
    const hasCitation = match[3]!.length > 0;
    if (!hasCitation) {
      // Inside a quotation that goes on ("… hydrochloride. This means …"), the sentence goes on too.
      if (insideQuotation(text.slice(start, end))) continue;
      // A lower-case word next means the sentence goes on ("the U.S. agencies", "“Why?” he asked").
      // "848.5" and the like never get here: no space follows the point.
      if (/^\p{Ll}/u.test(text.slice(end).trimStart())) continue;
      const word = text.slice(0, at).split(/\s/).pop() ?? '';
      if (match[1] === '.' && match[2] === '' && !endsSentence(word, text.slice(end))) continue;
    }
    push(text.slice(start, end));
    start = end;
  }
  push(text.slice(start));
  return result;
}

/** Every sentence of the factual sections that the rules above leave uncited. */
export function uncitedSentences(sections: readonly SectionSource[]): UncitedSentence[] {
  const found: UncitedSentence[] = [];
  for (const section of sections) {
    if (section.method) continue;
    for (const paragraph of paragraphs(section.body)) {
      const parts = sentences(paragraph);
      const paragraphCited = parts.some((part) => part.cited);
      for (const part of parts) {
        if (!paragraphCited) found.push({ slug: section.slug, sentence: part.text, reason: 'paragraph' });
        else if (!part.cited && QUOTATION.test(part.text)) found.push({ slug: section.slug, sentence: part.text, reason: 'quotation' });
        else if (!part.cited && NUMBER.test(part.text)) found.push({ slug: section.slug, sentence: part.text, reason: 'number' });
      }
    }
  }
  return found;
}

const REASONS: Record<UncitedReason, string> = {
  paragraph: 'paragraph has no citation',
  number: 'gives a number without a citation',
  quotation: 'quotes without a citation',
};

/** The start of a sentence, for a one-line message. */
export function sentenceStart(sentence: string, length = 60): string {
  return sentence.length <= length ? sentence : `${sentence.slice(0, length).trimEnd()}…`;
}

/** One line per uncited sentence: `section-slug: "Start of the sentence…" (why)`. */
export function formatUncited(list: readonly UncitedSentence[]): string {
  return list.map((item) => `${item.slug}: "${sentenceStart(item.sentence)}" (${REASONS[item.reason]})`).join('\n');
}

/** The check's report, listing every uncited sentence, when a factual section has one; else undefined. */
export function narrativeCitationFailure(sections: readonly SectionSource[], folder = 'content/explainer'): string | undefined {
  const list = uncitedSentences(sections);
  if (list.length === 0) return undefined;
  return (
    `Narrative citation check failed: ${list.length} uncited sentence(s) in ${folder} ` +
    `(each paragraph of a factual section needs a citation, and so does each sentence with a number or a quotation; ` +
    `method sections are marked "method: true"):\n${formatUncited(list)}`
  );
}

/** What the narrative's checks read: both editions' sections and the ids the site has. */
export interface NarrativeInput {
  en: readonly SectionSource[];
  es: readonly SectionSource[];
  /** The ids of content/citations.yaml. */
  citationIds: ReadonlySet<string>;
  /** Every id a correction may affect: section slugs, citations and records. */
  knownIds: ReadonlySet<string>;
  corrections: readonly CorrectionEntry[];
}

/**
 * Every check of the narrative, each failure a report of one or more lines (empty when all pass): the
 * citation check in each edition, the Spanish edition's parity with the English one, the Cite ids known to
 * content/citations.yaml, and the corrections log against the ids the site has.
 */
export function narrativeFailures({ en, es, citationIds, knownIds, corrections }: NarrativeInput): string[] {
  const failures: string[] = [];
  const add = (failure: string | undefined) => {
    if (failure) failures.push(failure);
  };
  add(narrativeCitationFailure(en));
  add(narrativeCitationFailure(es, 'content/explainer-es'));
  const parity = parityProblems(narrativeItemSets(en, es));
  if (parity.length > 0) add(`Edition parity check failed (content/explainer-es, ${parity.length}):\n${parity.join('\n')}`);
  for (const [edition, folder] of [[en, 'content/explainer'], [es, 'content/explainer-es']] as const) {
    const unknown = unknownCitations(edition.map((section) => section.body), citationIds);
    if (unknown.length > 0) add(`Unknown citation id(s) in ${folder}: ${unknown.join(', ')}`);
  }
  const problems = correctionProblems(corrections, knownIds, en.map((section) => section.body));
  if (problems.length > 0) add(`Corrections check failed:\n${problems.join('\n')}`);
  return failures;
}

// ——— The corrections log ———————————————————————————————————————————————————————————————————

/** An entry as src/schemas/corrections.ts parses it. */
export type CorrectionEntry = CorrectionData;
export type CorrectionKind = CorrectionData['kind'];

const MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December',
];

/** "2026-12-01" → "1 December 2026". */
export function formatLogDate(iso: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  const month = match ? MONTHS[Number(match[2]) - 1] : undefined;
  if (!match || !month) throw new Error(`Not a date (YYYY-MM-DD): "${iso}"`);
  return `${Number(match[3])} ${month} ${match[1]}`;
}

/** The permalink id of a log entry. */
export const correctionAnchor = (id: string): string => `correction-${id}`;

const LABELS: Record<CorrectionKind, { kind: string; note: string }> = {
  correction: { kind: 'Correction', note: 'Corrected' },
  clarification: { kind: 'Clarification', note: 'Clarified' },
  update: { kind: 'Update', note: 'Updated' },
};

export interface CorrectionView {
  id: string;
  anchor: string;
  date: string;
  displayDate: string;
  kind: string;
  what: string;
  affects: string[];
}

/** The log as shown: newest first, then by id; each entry with its anchor and its date in words. */
export function correctionsView(entries: readonly CorrectionEntry[]): CorrectionView[] {
  return [...entries]
    .sort((a, b) => (a.date !== b.date ? (a.date < b.date ? 1 : -1) : a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map((entry) => ({
      id: entry.id,
      anchor: correctionAnchor(entry.id),
      date: entry.date,
      displayDate: formatLogDate(entry.date),
      kind: LABELS[entry.kind].kind,
      what: entry.what,
      affects: entry.affects,
    }));
}

/** What a `<CorrectedNote id="…" />` says and links to: "Corrected 1 December 2026" → #correction-<id>. */
export function correctedNote(entry: CorrectionEntry): { label: string; displayDate: string; text: string; href: string; date: string } {
  const label = LABELS[entry.kind].note;
  const displayDate = formatLogDate(entry.date);
  return { label, displayDate, text: `${label} ${displayDate}`, href: `#${correctionAnchor(entry.id)}`, date: entry.date };
}

const NOTE = /<CorrectedNote\s+id=["']([a-z0-9-]+)["']\s*\/>/g;

/** The ids of every `<CorrectedNote id="…" />` in the given MDX bodies, in order. */
export function correctedNoteIds(bodies: readonly string[]): string[] {
  return bodies.flatMap((body) => [...body.matchAll(NOTE)].map((match) => match[1]!));
}

/**
 * Problems with the log: an entry that affects an id the site does not have, or a CorrectedNote that
 * names no entry. One line each; empty when all is well.
 */
export function correctionProblems(
  entries: readonly CorrectionEntry[],
  knownIds: ReadonlySet<string>,
  bodies: readonly string[],
): string[] {
  const problems: string[] = [];
  const ids = new Set(entries.map((entry) => entry.id));
  for (const entry of entries) {
    for (const target of entry.affects) {
      if (!knownIds.has(target)) problems.push(`content/corrections.yaml: ${entry.id}: affects unknown id "${target}"`);
    }
  }
  for (const id of correctedNoteIds(bodies)) {
    if (!ids.has(id)) problems.push(`content/explainer: <CorrectedNote id="${id}" /> names no entry in content/corrections.yaml`);
  }
  return problems;
}
