/** Turns a seed file's bytes into normalised text: strict UTF-8, no BOM, LF line ends, tidy whitespace. */

/** A seed that cannot be used; the message is one line naming the file and the reason. */
export class SeedError extends Error {
  constructor(
    readonly file: string,
    readonly reason: string,
  ) {
    super(`${file}: ${reason}`);
    this.name = 'SeedError';
  }
}

/** Several bad seeds: the message is one line per seed, as each SeedError gives it. */
export class SeedErrors extends Error {
  // Not named `errors`: Astro prints only the first of an error's `errors`.
  constructor(readonly seeds: readonly SeedError[]) {
    super(`${seeds.length} seeds cannot be used:\n${seeds.map((seed) => seed.message).join('\n')}`);
    this.name = 'SeedErrors';
  }
}

const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/** Decodes bytes as UTF-8, throwing a SeedError for empty or invalid input. The BOM is dropped. */
export function decodeSeed(bytes: Uint8Array, file: string): string {
  if (bytes.byteLength === 0) throw new SeedError(file, 'the file is empty');
  let text: string;
  try {
    text = decoder.decode(bytes);
  } catch {
    throw new SeedError(file, 'the file is not valid UTF-8');
  }
  if (text.trim() === '') throw new SeedError(file, 'the file holds only white space');
  return text;
}

// Spaces that publishers leave behind: no-break, thin, figure, ideographic. Zero-width characters are
// kept: they are part of the text, and removing them could change words.
const STRAY_SPACES = /[\t\v\f\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/g;

// Control characters (other than tab and line ends) cannot be shown; they become U+FFFD so the text stays
// visibly altered rather than silently changed.
const CONTROLS = /[\u0000-\u0008\u000E-\u001F\u007F-\u009F]/g;

const OPENS_EMBEDDING = /[\u202A-\u202E]/gu;
const CLOSES_EMBEDDING = /\u202C/gu;
const OPENS_ISOLATE = /[\u2066-\u2068]/gu;
const CLOSES_ISOLATE = /\u2069/gu;

/**
 * Closes bidirectional embeddings, overrides and isolates left open at the end of a line, so a reversed
 * passage in a seed cannot reverse the text that follows it on the page.
 */
export function closeBidi(line: string): string {
  const count = (pattern: RegExp) => line.match(pattern)?.length ?? 0;
  const embeddings = Math.max(0, count(OPENS_EMBEDDING) - count(CLOSES_EMBEDDING));
  const isolates = Math.max(0, count(OPENS_ISOLATE) - count(CLOSES_ISOLATE));
  return line + '\u202C'.repeat(embeddings) + '\u2069'.repeat(isolates);
}

/** Whether a line has anything to see: not only spaces and invisible format characters. */
const isVisible = (line: string) => line.replace(/[\p{Cf}\p{Z}\uFFFD]/gu, '') !== '';

/** Normalises line ends, spaces and control characters, and returns the visible lines, trimmed. */
export function normaliseLines(text: string): string[] {
  return text
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .replace(/[\u2028\u2029\u0085]/g, '\n')
    .replace(CONTROLS, '\uFFFD')
    .split('\n')
    .map((line) => line.replace(STRAY_SPACES, ' ').replace(/ {2,}/g, ' ').trim())
    .filter(isVisible)
    .map(closeBidi);
}
