/** Measures rendered boxes in the page, for the "no label overlaps another" checks of the figures. */
import type { Locator, Page } from './engine.ts';
import { expect } from 'vitest';

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
  /** What the box is, for messages: the element's text, else the data-ref it belongs to, else its class. */
  text: string;
}

/**
 * Bounding boxes of every rendered element the locator matches (hidden and empty ones are skipped), measured
 * the same way in every engine. An SVG element's box is its geometry's (`getBBox()` through the screen
 * matrix: what Chromium's getBoundingClientRect gives, where Firefox's adds the stroke, e.g. a label's halo).
 * A text's glyph cells are the font's ascent + descent: engines round those differently (at 13 px, Chromium's
 * cells of the fallback font are 14.6 px tall, Firefox's 16.6 px), so the cell each engine reports is set
 * to the font's own, read at 1000 px from a canvas.
 */
export async function renderedBoxes(locator: Locator): Promise<Rect[]> {
  return locator.evaluateAll((elements) => {
    const canvas = document.createElement('canvas').getContext('2d')!;
    const fontCell = (style: CSSStyleDeclaration) => {
      canvas.font = `${style.fontStyle} ${style.fontWeight} 1000px ${style.fontFamily}`;
      const metrics = canvas.measureText('');
      return ((metrics.fontBoundingBoxAscent + metrics.fontBoundingBoxDescent) / 1000) * parseFloat(style.fontSize);
    };
    const measure = (element: Element) => {
      if (!(element instanceof SVGGraphicsElement) || element instanceof SVGSVGElement) return element.getBoundingClientRect();
      const { x, width } = element.getBBox();
      let { y, height } = element.getBBox();
      if (element instanceof SVGTextContentElement && element.getNumberOfChars() > 0) {
        const grow = fontCell(getComputedStyle(element)) - element.getExtentOfChar(0).height;
        y -= grow / 2;
        height += grow;
      }
      const matrix = element.getScreenCTM()!;
      const corners = [
        [x, y],
        [x + width, y],
        [x, y + height],
        [x + width, y + height],
      ].map(([px, py]) => new DOMPoint(px, py).matrixTransform(matrix));
      const xs = corners.map((c) => c.x);
      const ys = corners.map((c) => c.y);
      return { x: Math.min(...xs), y: Math.min(...ys), width: Math.max(...xs) - Math.min(...xs), height: Math.max(...ys) - Math.min(...ys) };
    };
    return elements
      .filter((element) => {
        const client = element.getBoundingClientRect();
        return client.width > 0 && client.height > 0;
      })
      .map((element) => {
        const box = measure(element);
        const text =
          element.textContent ||
          element.closest('[data-ref]')?.getAttribute('data-ref') ||
          element.getAttribute('class') ||
          element.tagName.toLowerCase();
        return { x: box.x, y: box.y, width: box.width, height: box.height, text };
      });
  });
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
