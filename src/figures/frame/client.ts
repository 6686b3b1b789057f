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

export interface FigureEventDetail {
  ref: string;
}

const MARK = '[data-ref]';

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
  const panel = figure.querySelector<HTMLElement>('[data-detail-panel]');
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
  close.setAttribute('aria-label', 'Close details');
  close.textContent = '×';
  close.addEventListener('click', () => {
    panel.hidden = true;
  });
  panel.replaceChildren(close, content);
  panel.hidden = false;
}

export function select(figure: HTMLElement, ref: string, options: { focus?: boolean } = {}): void {
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
  figure.dispatchEvent(new CustomEvent<FigureEventDetail>('figure:select', { detail: { ref } }));
}

function move(figure: HTMLElement, from: SVGElement, step: number | 'first' | 'last'): void {
  const marks = visibleMarks(figure);
  if (marks.length === 0) return;
  const index = marks.indexOf(from);
  const next =
    step === 'first' ? marks[0] : step === 'last' ? marks[marks.length - 1] : marks[Math.min(marks.length - 1, Math.max(0, index + step))];
  const ref = next?.dataset.ref;
  if (ref) select(figure, ref, { focus: true });
}

/** Makes the first visible mark the figure's tab stop when the current one has been filtered out. */
export function refreshTabStop(figure: HTMLElement): void {
  const marks = visibleMarks(figure);
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
    mark.addEventListener('click', () => select(figure, ref, { focus: true }));
    mark.addEventListener('mouseenter', () => select(figure, ref));
    mark.addEventListener('focus', () => {
      if (!mark.classList.contains('is-selected')) select(figure, ref);
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
        select(figure, ref, { focus: true });
      } else if (event.key === 'Escape') {
        const panel = figure.querySelector<HTMLElement>('[data-detail-panel]');
        if (panel) panel.hidden = true;
      }
    });
  }
  refreshTabStop(figure);
  // One layout per screen size: the tab stop must sit in the one that is showing.
  window.addEventListener('resize', () => refreshTabStop(figure));
  // Print the data tables open.
  window.addEventListener('beforeprint', () => {
    figure.querySelectorAll<HTMLDetailsElement>('details[data-print-open]').forEach((details) => (details.open = true));
  });
}

/** Selects the datum a permalink names, after letting its figure make it visible. */
function followHash(): void {
  const ref = decodeURIComponent(location.hash.slice(1));
  if (ref === '') return;
  for (const figure of document.querySelectorAll<HTMLElement>('[data-figure]')) {
    if (!figure.querySelector(`[data-ref="${CSS.escape(ref)}"]`)) continue;
    figure.dispatchEvent(new CustomEvent<FigureEventDetail>('figure:reveal', { detail: { ref } }));
    select(figure, ref);
    // Landing on a permalink jumps (no smooth scroll across a long page) to put the selected mark in the
    // middle of the screen; the detail panel sticks to the bottom.
    const mark = marksFor(figure, ref).find((element) => element.getClientRects().length > 0);
    (mark ?? figure).scrollIntoView({ behavior: 'instant', block: 'center' });
    // Opening a data table that holds the target keeps the :target row reachable too.
    const target = document.getElementById(ref);
    const details = target?.closest('details');
    if (details) details.open = true;
    return;
  }
}

document.querySelectorAll<HTMLElement>('[data-figure]').forEach(enhance);
window.addEventListener('hashchange', followHash);
if (document.readyState === 'complete') followHash();
else window.addEventListener('load', followHash, { once: true });
