/** Measures rendered boxes in the page, for the "no label overlaps another" checks of the figures. */
import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
  /** What the box is, for messages: the element's text, else the data-ref it belongs to, else its class. */
  text: string;
}

/** Bounding boxes of every rendered element the locator matches (hidden and empty ones are skipped). */
export async function renderedBoxes(locator: Locator): Promise<Rect[]> {
  return locator.evaluateAll((elements) =>
    elements
      .map((element) => {
        const box = element.getBoundingClientRect();
        const text =
          element.textContent ||
          element.closest('[data-ref]')?.getAttribute('data-ref') ||
          element.getAttribute('class') ||
          element.tagName.toLowerCase();
        return { x: box.x, y: box.y, width: box.width, height: box.height, text };
      })
      .filter((box) => box.width > 0 && box.height > 0),
  );
}

const overlap = (a: Rect, b: Rect, tolerance: number) =>
  Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x) > tolerance &&
  Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y) > tolerance;

/**
 * Pairs of boxes that overlap by more than `tolerance` px in both directions (half a pixel by default: glyph
 * boxes of adjacent lines may touch): among `boxes`, or with `others` given, each box of `boxes` against each
 * of `others`.
 */
export function overlappingPairs(boxes: Rect[], others?: Rect[], tolerance = 0.5): string[] {
  const pairs: string[] = [];
  boxes.forEach((a, i) => {
    for (const b of others ?? boxes.slice(i + 1)) if (overlap(a, b, tolerance)) pairs.push(`"${a.text}" overlaps "${b.text}"`);
  });
  return pairs;
}

export interface OverlapOptions {
  /** Also check every box against these elements' boxes (e.g. labels against marks). */
  against?: string;
  /** How many boxes `selector` must find at least: a check of nothing passes nothing. */
  atLeast?: number;
  /** Prefixes the assertion messages. */
  message?: string;
}

/** Asserts that no two rendered elements matching `selector` overlap (nor any of them one of `against`). */
export async function expectNoOverlaps(page: Page, selector: string, options: OverlapOptions = {}): Promise<Rect[]> {
  const label = options.message ? `${options.message}: ` : '';
  const boxes = await renderedBoxes(page.locator(selector));
  if (options.atLeast !== undefined) expect(boxes.length, `${label}rendered "${selector}"`).toBeGreaterThanOrEqual(options.atLeast);
  expect(overlappingPairs(boxes), `${label}overlapping "${selector}"`).toEqual([]);
  if (options.against !== undefined) {
    const others = await renderedBoxes(page.locator(options.against));
    expect(overlappingPairs(boxes, others), `${label}"${selector}" overlapping "${options.against}"`).toEqual([]);
  }
  return boxes;
}
