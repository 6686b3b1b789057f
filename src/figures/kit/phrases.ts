/**
 * Text for build-time SVG as runs and phrases: a line is a list of segments (dates get their own class so a
 * test can tell them from quantities), a phrase is words that stay together on one line, and a `TextView`
 * is one placed line that `SvgText.astro` draws.
 */
import { round } from './format.ts';
import { textWidth, type Box } from './text.ts';

/** A run of text; dates get their own class so a test can tell them from quantities. */
export interface Segment {
  text: string;
  cls?: 'date';
}
/** Words that stay together on one line. */
export type Phrase = Segment[];

export type Anchor = 'start' | 'middle' | 'end';

/** One placed line of text. */
export interface TextView {
  /** The mark (its ref) this text labels; it is drawn inside the mark's group. */
  owner?: string;
  cls: string;
  x: number;
  y: number;
  anchor: Anchor;
  segments: Segment[];
  /** For a number computed by the figure: the arithmetic, e.g. "446/365". */
  derived?: string;
  fontSize: number;
}

/** A phrase of one plain run. */
export const plain = (text: string): Phrase => [{ text }];
/** Splits plain text into phrases of one word each, for wrapping. */
export const words = (text: string): Phrase[] => text.split(/\s+/u).filter(Boolean).map((word) => plain(word));
/** The text of a line. */
export const lineText = (segments: readonly Segment[]): string => segments.map((segment) => segment.text).join('');

/** Joins phrases into lines no wider than `maxWidth` (a phrase longer than that keeps a line to itself). */
export function wrapPhrases(phrases: readonly Phrase[], maxWidth: number, fontSize: number): Segment[][] {
  const lines: Segment[][] = [];
  let line: Segment[] = [];
  for (const phrase of phrases) {
    const candidate = line.length === 0 ? [...phrase] : [...line, { text: ' ' }, ...phrase];
    if (line.length > 0 && textWidth(lineText(candidate), fontSize) > maxWidth) {
      lines.push(line);
      line = [...phrase];
    } else line = candidate;
  }
  if (line.length > 0) lines.push(line);
  return lines;
}

/** The width of the widest line of a block. */
export const blockWidth = (lines: readonly Segment[][], fontSize: number): number => Math.max(0, ...lines.map((line) => textWidth(lineText(line), fontSize)));

export interface TextLineOptions {
  cls: string;
  fontSize: number;
  lineHeight: number;
  owner?: string;
  derived?: string;
}

/** Lays a block of lines into `box`, aligned by `anchor`, one `TextView` per line (coordinates at 0.1 px). */
export function textLines(lines: readonly Segment[][], box: Box, anchor: Anchor, options: TextLineOptions): TextView[] {
  const x = anchor === 'start' ? box.x : anchor === 'end' ? box.x + box.width : box.x + box.width / 2;
  return lines.map((segments, index) => ({
    ...(options.owner ? { owner: options.owner } : {}),
    ...(options.derived ? { derived: options.derived } : {}),
    cls: options.cls,
    x: round(x),
    y: round(box.y + index * options.lineHeight + options.lineHeight * 0.78),
    anchor,
    segments,
    fontSize: options.fontSize,
  }));
}

/** A text's bounding box as estimated here (for placement and for overlap checks in tests). */
export function textBox(text: TextView): Box {
  const width = textWidth(lineText(text.segments), text.fontSize);
  const x = text.anchor === 'start' ? text.x : text.anchor === 'end' ? text.x - width : text.x - width / 2;
  return { x, y: text.y - text.fontSize * 0.8, width, height: text.fontSize };
}

/**
 * A mark's accessible name must contain the words it shows (WCAG 2.5.3, label in name): the visible
 * label goes first, then the full description.
 */
export function nameWithLabel(ariaLabel: string, texts: readonly TextView[]): string {
  const visible = texts.map((text) => lineText(text.segments)).join(' ').replace(/\s+/g, ' ').trim();
  return visible === '' || ariaLabel.includes(visible) ? ariaLabel : `${visible} — ${ariaLabel}`;
}
