/** Turns one seed file into the typed article record that the articles collection stores. */
import { cleanArticle, type Block, type CleanedArticle } from './clean.ts';
import { decodeSeed } from './normalise.ts';
import { seedSlug } from '../slug.ts';

/** A numbered stretch of article text: what a `p-<n>` permalink points at. */
export interface TextUnit {
  n: number;
  kind: 'standfirst' | 'paragraph' | 'caption' | 'list-item';
  text: string;
}

export type ParsedArticle = Omit<CleanedArticle, 'removed'> & {
  /** The seed file name, e.g. "004_6f9271d87370fc5c.txt". */
  file: string;
  /** The id and URL slug, from the file name. */
  slug: string;
  /** Every paragraph-like unit in reading order, numbered from 1. */
  units: TextUnit[];
};

/** Numbers the text units of a block list: standfirst, paragraphs, captions and list items. */
export function numberUnits(blocks: Block[]): TextUnit[] {
  const units: TextUnit[] = [];
  for (const block of blocks) {
    if (block.kind === 'subheading') continue;
    if (block.kind === 'list') {
      for (const item of block.items) units.push({ n: units.length + 1, kind: 'list-item', text: item });
    } else {
      units.push({ n: units.length + 1, kind: block.kind, text: block.text });
    }
  }
  return units;
}

/**
 * Decodes, validates and cleans a seed file. Throws a one-line SeedError for bad input.
 * @param file the file name, e.g. "004_6f9271d87370fc5c.txt"
 * @param label how error messages name the file (default: `file`), e.g. "seeds/004_….txt"
 */
export function parseSeed(bytes: Uint8Array, file: string, label = file): ParsedArticle {
  const { removed: _removed, ...article } = cleanArticle(decodeSeed(bytes, label), label);
  return { ...article, file, slug: seedSlug(file), units: numberUnits(article.blocks) };
}
