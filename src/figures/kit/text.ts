/**
 * Text measurement for build-time SVG, where no browser can measure text. Widths are deliberately generous
 * estimates so that labels placed apart here stay apart when rendered.
 */

/** Average advance of a character in em for the UI sans-serif stack, rounded up for safety. */
const NARROW = /[ilIj.,:;'’!|()[\]\s]/u;
const WIDE = /[MWmw@%—]/u;

/** Estimated rendered width of `text` at `fontSize` px. */
export function textWidth(text: string, fontSize: number): number {
  let em = 0;
  for (const char of text) em += NARROW.test(char) ? 0.32 : WIDE.test(char) ? 0.9 : /[A-Z0-9]/.test(char) ? 0.68 : 0.58;
  return em * fontSize;
}

/** Breaks text into lines no wider than `maxWidth`, breaking at spaces (a single long word stays whole). */
export function wrapText(text: string, maxWidth: number, fontSize: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/u).filter(Boolean)) {
    const candidate = line === '' ? word : `${line} ${word}`;
    if (line !== '' && textWidth(candidate, fontSize) > maxWidth) {
      lines.push(line);
      line = word;
    } else line = candidate;
  }
  if (line !== '') lines.push(line);
  return lines;
}

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Whether two boxes overlap, with `gap` px of clearance required between them. */
export function overlaps(a: Box, b: Box, gap = 0): boolean {
  return a.x < b.x + b.width + gap && b.x < a.x + a.width + gap && a.y < b.y + b.height + gap && b.y < a.y + a.height + gap;
}

/**
 * Assigns each interval [start, end) the lowest lane where it overlaps no interval already placed, in the
 * given order (so the result is deterministic). Returns the lane index per interval.
 */
export function packLanes(intervals: readonly { start: number; end: number }[], gap: number): number[] {
  const laneEnds: { start: number; end: number }[][] = [];
  return intervals.map(({ start, end }) => {
    let lane = laneEnds.findIndex((placed) => placed.every((other) => end + gap <= other.start || start >= other.end + gap));
    if (lane < 0) {
      lane = laneEnds.length;
      laneEnds.push([]);
    }
    laneEnds[lane]!.push({ start, end });
    return lane;
  });
}
