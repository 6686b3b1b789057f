/**
 * Shared behaviour for every figure built with Figure.astro: marks become keyboard-operable buttons
 * (one tab stop per figure, arrow keys between marks), hover/focus/tap shows a datum's detail in the
 * panel, and a permalink to a datum (#event-…, #strike-…, #fig-…-…) selects it on arrival.
 *
 * Figure-specific scripts listen for two events on the figure element:
 * - `figure:reveal` (detail: { ref }) before a deep-linked datum is selected, so they can make it visible
 *   (widen a date control, clear a filter);
 * - `figure:select` (detail: { ref }) after a datum is selected.
 */

import { fitHitAreas } from './hits.ts';
import { scrollIntoClearArea } from './viewport.ts';

export interface FigureEventDetail {
  ref: string;
}

const MARK = '[data-ref]';

/** How a selection moves the page: not at all (hover), just enough (tap, keys), or to the middle (a permalink). */
type Scroll = 'none' | 'nearest' | 'center';

const panelOf = (figure: HTMLElement) => figure.querySelector<HTMLElement>('[data-detail-panel]');

/** On phones the panel is a sheet fixed to the bottom of the screen; elsewhere it is beside or below the graphic. */
const isSheet = (panel: HTMLElement) => getComputedStyle(panel).position === 'fixed';

/** While a sheet is open the page gets room below its end, so the last marks can still be scrolled above it. */
function reserveSheet(panel: HTMLElement): void {
  const open = !panel.hidden && isSheet(panel);
  document.documentElement.style.setProperty('--sheet-space', open ? `${Math.ceil(panel.getBoundingClientRect().height)}px` : '0px');
}

/** Closes the panel and clears the selection (the tab stop stays where it is). */
export function closeDetail(figure: HTMLElement): void {
  const panel = panelOf(figure);
  if (!panel) return;
  panel.hidden = true;
  delete panel.dataset.ref;
  for (const mark of figure.querySelectorAll<SVGElement>(`[data-graphic] ${MARK}.is-selected`)) {
    mark.classList.remove('is-selected');
    mark.setAttribute('aria-pressed', 'false');
  }
  reserveSheet(panel);
}

/** Marks that a reader can reach: rendered (a figure may draw one layout per screen size) and not filtered out. */
function visibleMarks(figure: HTMLElement): SVGElement[] {
  return [...figure.querySelectorAll<SVGElement>(`[data-graphic] ${MARK}`)].filter(
    (mark) => mark.getClientRects().length > 0 && !mark.closest('[data-filtered]'),
  );
}

function marksFor(figure: HTMLElement, ref: string): SVGElement[] {
  return [...figure.querySelectorAll<SVGElement>(`[data-graphic] [data-ref="${CSS.escape(ref)}"]`)];
}

/** The datum's detail: its <template data-detail>, or else a copy of the element the permalink names. */
function showDetail(figure: HTMLElement, ref: string): void {
  const panel = panelOf(figure);
  const template = figure.querySelector<HTMLTemplateElement>(`template[data-detail="${CSS.escape(ref)}"]`);
  const source = template ? template.content : document.getElementById(ref);
  if (!panel || !source) return;
  let content = source.cloneNode(true) as DocumentFragment | HTMLElement;
  if (content instanceof HTMLElement) {
    // A list item or table row copied out of its list or table becomes a plain block.
    if (content.tagName === 'LI' || content.tagName === 'TR') {
      const block = document.createElement('div');
      block.className = content.className;
      block.append(...content.childNodes);
      content = block;
    }
    content.removeAttribute('id');
  }
  // The clone must not duplicate ids that the page already has.
  content.querySelectorAll('[id]').forEach((element) => element.removeAttribute('id'));
  const close = document.createElement('button');
  close.type = 'button';
  close.className = 'detail-close';
  close.setAttribute('aria-label', panel.dataset.closeLabel ?? 'Close details');
  close.textContent = '×';
  close.addEventListener('click', () => {
    const mark = figure.querySelector<SVGElement>(`[data-graphic] ${MARK}.is-selected`);
    closeDetail(figure);
    mark?.focus({ preventScroll: true });
  });
  panel.replaceChildren(close, content);
  panel.dataset.ref = ref;
  panel.hidden = false;
  reserveSheet(panel);
}

/** Brings the selected mark (with the panel beside or below it, when both fit) clear of the header and the sheet. */
function reveal(figure: HTMLElement, mark: Element, scroll: Scroll): void {
  if (scroll === 'none') return;
  const panel = panelOf(figure);
  if (scroll === 'nearest' && panel && !panel.hidden && !isSheet(panel)) {
    const both = [mark, panel].map((element) => element.getBoundingClientRect());
    const span = Math.max(both[0]!.bottom, both[1]!.bottom) - Math.min(both[0]!.top, both[1]!.top);
    if (span < window.innerHeight * 0.8) return scrollIntoClearArea([mark, panel], 'nearest');
  }
  scrollIntoClearArea([mark], scroll);
}

export function select(figure: HTMLElement, ref: string, options: { focus?: boolean; scroll?: Scroll } = {}): void {
  const marks = marksFor(figure, ref);
  if (marks.length === 0) return;
  for (const other of figure.querySelectorAll<SVGElement>(`[data-graphic] ${MARK}`)) {
    const selected = marks.includes(other);
    other.classList.toggle('is-selected', selected);
    other.setAttribute('aria-pressed', String(selected));
    other.setAttribute('tabindex', selected ? '0' : '-1');
  }
  showDetail(figure, ref);
  const visible = marks.find((mark) => mark.getClientRects().length > 0);
  if (options.focus) visible?.focus({ preventScroll: true });
  if (visible) reveal(figure, visible.querySelector('.mark-hit') ?? visible, options.scroll ?? 'none');
  figure.dispatchEvent(new CustomEvent<FigureEventDetail>('figure:select', { detail: { ref } }));
}

function move(figure: HTMLElement, from: SVGElement, step: number | 'first' | 'last'): void {
  const marks = visibleMarks(figure);
  if (marks.length === 0) return;
  const index = marks.indexOf(from);
  const next =
    step === 'first' ? marks[0] : step === 'last' ? marks[marks.length - 1] : marks[Math.min(marks.length - 1, Math.max(0, index + step))];
  const ref = next?.dataset.ref;
  if (ref) select(figure, ref, { focus: true, scroll: 'nearest' });
}

/**
 * After a figure script filters marks (actor filter, date control) or the layout changes: the panel closes
 * when its datum is no longer drawn, and the first visible mark becomes the tab stop when the current one
 * has gone.
 */
export function refreshTabStop(figure: HTMLElement): void {
  const marks = visibleMarks(figure);
  const shown = panelOf(figure)?.dataset.ref;
  if (shown !== undefined && !marks.some((mark) => mark.dataset.ref === shown)) closeDetail(figure);
  const current = marks.find((mark) => mark.classList.contains('is-selected'));
  for (const mark of figure.querySelectorAll<SVGElement>(`[data-graphic] ${MARK}`)) mark.setAttribute('tabindex', '-1');
  (current ?? marks[0])?.setAttribute('tabindex', '0');
}

function enhance(figure: HTMLElement): void {
  const graphic = figure.querySelector<HTMLElement>('[data-graphic]');
  if (!graphic) return;
  graphic.removeAttribute('aria-hidden');
  figure.querySelectorAll<HTMLElement>('[data-js-only]').forEach((element) => (element.hidden = false));
  for (const mark of graphic.querySelectorAll<SVGElement>(MARK)) {
    mark.setAttribute('role', 'button');
    mark.setAttribute('aria-pressed', 'false');
    mark.setAttribute('tabindex', '-1');
    const ref = mark.dataset.ref!;
    mark.addEventListener('click', () => select(figure, ref, { focus: true, scroll: 'nearest' }));
    mark.addEventListener('mouseenter', () => {
      if (matchMedia('(hover: hover)').matches) select(figure, ref);
    });
    mark.addEventListener('focus', () => {
      if (!mark.classList.contains('is-selected')) select(figure, ref, { scroll: 'nearest' });
    });
    mark.addEventListener('keydown', (event) => {
      const keys: Record<string, number | 'first' | 'last'> = {
        ArrowRight: 1,
        ArrowDown: 1,
        ArrowLeft: -1,
        ArrowUp: -1,
        Home: 'first',
        End: 'last',
      };
      const step = keys[event.key];
      if (step !== undefined) {
        event.preventDefault();
        move(figure, mark, step);
      } else if (event.key === 'Enter' || event.key === ' ') {
        event.preventDefault();
        select(figure, ref, { focus: true, scroll: 'nearest' });
      } else if (event.key === 'Escape') {
        closeDetail(figure);
      }
    });
  }
  fitHitAreas(graphic, MARK);
  refreshTabStop(figure);
  // One layout per screen size: the tab stop must sit in the one that is showing, hit areas follow the scale.
  window.addEventListener('resize', () => {
    fitHitAreas(graphic, MARK);
    refreshTabStop(figure);
    const panel = panelOf(figure);
    if (panel) reserveSheet(panel);
  });
  // Print the data tables open.
  window.addEventListener('beforeprint', () => {
    figure.querySelectorAll<HTMLDetailsElement>('details[data-print-open]').forEach((details) => (details.open = true));
  });
}

/**
 * Selects the datum a permalink names, after letting its figure make it visible, and puts its mark itself
 * (not the figure's top, not the table row) in the middle of the part of the screen that is clear of the
 * header and the sheet. Returns whether the hash named a mark.
 */
function land(): boolean {
  const ref = decodeURIComponent(location.hash.slice(1));
  if (ref === '') return false;
  for (const figure of document.querySelectorAll<HTMLElement>('[data-figure]')) {
    if (!figure.querySelector(`[data-graphic] [data-ref="${CSS.escape(ref)}"]`)) continue;
    figure.dispatchEvent(new CustomEvent<FigureEventDetail>('figure:reveal', { detail: { ref } }));
    // Opening a data table that holds the target keeps the :target row reachable too (before measuring).
    const details = document.getElementById(ref)?.closest('details');
    if (details) details.open = true;
    select(figure, ref, { scroll: 'center' });
    return true;
  }
  return false;
}

/**
 * Landing jumps at once (no smooth scroll across a long page). Some engines (Firefox) apply their own
 * fragment scroll after the load event, to the :target row: the landing is repeated once that has run,
 * unless the reader has acted in the meantime (a filter chosen, the panel closed, the page scrolled by hand):
 * their action wins over the repeat.
 */
function followHash(): void {
  if (!land()) return;
  const acts = ['pointerdown', 'keydown', 'wheel', 'touchstart'] as const;
  let acted = false;
  const act = () => (acted = true);
  for (const type of acts) window.addEventListener(type, act, { capture: true, passive: true, once: true });
  const again = () => {
    if (!acted) land();
  };
  requestAnimationFrame(() => requestAnimationFrame(again));
  setTimeout(() => {
    again();
    for (const type of acts) window.removeEventListener(type, act, { capture: true });
  }, 120);
}

document.querySelectorAll<HTMLElement>('[data-figure]').forEach(enhance);
window.addEventListener('hashchange', followHash);
if (document.readyState === 'complete') followHash();
else window.addEventListener('load', followHash, { once: true });
