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

/** Normalises line ends and spaces, and returns the non-empty lines, trimmed. */
export function normaliseLines(text: string): string[] {
  return text
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .replace(/[\u2028\u2029]/g, '\n')
    .split('\n')
    .map((line) => line.replace(STRAY_SPACES, ' ').replace(/ {2,}/g, ' ').trim())
    .filter((line) => line !== '');
}
