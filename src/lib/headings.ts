/**
 * Heading permalinks: every h2/h3 gets a stable id and, after its text, a keyboard-focusable anchor
 * link named "Section titled …" for screen readers (Starlight's words, as an aria-label: one element). Its
 * "#" is drawn by CSS, with an empty alternative text (src/styles/article.css).
 */
import { h } from 'hastscript';
import type { Element, ElementContent } from 'hast';

/** The anchor link placed after a heading's text. */
export function anchorLink(id: string, headingText: string, label: (text: string) => string = (text) => `Section titled “${text}”`): Element {
  return h('a', { className: ['anchor-link'], href: `#${id}`, dataCopyLink: '', ariaLabel: label(headingText) });
}

/** A heading element with its id and anchor link. */
export function headingWithAnchor(level: 2 | 3, id: string, children: ElementContent[], text: string): Element {
  return h(`h${level}`, { id, className: ['anchored'], dir: 'auto' }, [...children, { type: 'text', value: ' ' }, anchorLink(id, text)]);
}
