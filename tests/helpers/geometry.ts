/** Measures rendered boxes in the page, for overlap checks. */
import type { Locator } from 'playwright-core';

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
  text: string;
}

/** Bounding boxes of every rendered element the locator matches (hidden ones are skipped). */
export async function renderedBoxes(locator: Locator): Promise<Rect[]> {
  return locator.evaluateAll((elements) =>
    elements
      .map((element) => {
        const box = element.getBoundingClientRect();
        return { x: box.x, y: box.y, width: box.width, height: box.height, text: element.textContent ?? '' };
      })
      .filter((box) => box.width > 0 && box.height > 0),
  );
}

/** Pairs of boxes that overlap by more than `tolerance` px in both directions. */
export function overlappingPairs(boxes: Rect[], tolerance = 0.5): string[] {
  const pairs: string[] = [];
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      const a = boxes[i]!;
      const b = boxes[j]!;
      const dx = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
      const dy = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
      if (dx > tolerance && dy > tolerance) pairs.push(`"${a.text}" overlaps "${b.text}"`);
    }
  }
  return pairs;
}
