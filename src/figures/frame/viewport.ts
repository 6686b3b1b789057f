/**
 * Where on the screen a mark can be seen: below the sticky site header and above the detail sheet (phones),
 * and the one way the frame scrolls a mark there. Every scroll is instant: a shared link lands at once, and
 * keyboard focus never drifts across a long page.
 */

/** The part of the viewport that is neither under the sticky header nor under an open detail sheet. */
export function clearArea(): { top: number; bottom: number } {
  const header = document.querySelector<HTMLElement>('.site-header');
  const headerBottom = header && getComputedStyle(header).position !== 'static' ? Math.max(0, header.getBoundingClientRect().bottom) : 0;
  let bottom = window.innerHeight;
  for (const panel of document.querySelectorAll<HTMLElement>('[data-detail-panel]')) {
    if (panel.hidden || getComputedStyle(panel).position !== 'fixed') continue;
    bottom = Math.min(bottom, panel.getBoundingClientRect().top);
  }
  return { top: headerBottom, bottom };
}

/** Rendered (screen) box of the union of a set of elements. */
function unionRect(elements: readonly Element[]): DOMRect | undefined {
  const rects = elements.map((element) => element.getBoundingClientRect()).filter((rect) => rect.width > 0 || rect.height > 0);
  if (rects.length === 0) return undefined;
  const left = Math.min(...rects.map((r) => r.left));
  const top = Math.min(...rects.map((r) => r.top));
  return new DOMRect(left, top, Math.max(...rects.map((r) => r.right)) - left, Math.max(...rects.map((r) => r.bottom)) - top);
}

const MARGIN = 12;

/**
 * Scrolls (instantly) so that `elements` sit wholly inside the clear area: only as far as needed when
 * `align` is "nearest" (keyboard moves), in the middle of the clear area when it is "center" (landing on
 * a permalink). A box taller than the clear area is aligned to its top.
 */
export function scrollIntoClearArea(elements: readonly Element[], align: 'nearest' | 'center' = 'nearest'): void {
  const box = unionRect(elements);
  if (!box) return;
  const { top, bottom } = clearArea();
  const room = bottom - top - 2 * MARGIN;
  let delta = 0;
  if (align === 'center' || box.height > room) {
    delta = box.height > room ? box.top - (top + MARGIN) : box.top + box.height / 2 - (top + bottom) / 2;
  } else if (box.top < top + MARGIN) delta = box.top - (top + MARGIN);
  else if (box.bottom > bottom - MARGIN) delta = box.bottom - (bottom - MARGIN);
  if (Math.abs(delta) >= 1) window.scrollBy({ top: delta, left: 0, behavior: 'instant' });
}
