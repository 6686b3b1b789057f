/**
 * Renders a cleaned article to HTML through a hast tree. Article text only ever becomes text nodes, so
 * markup, MDX, Markdown or `javascript:` links in a seed are shown literally and can never execute.
 */
import { h } from 'hastscript';
import { toHtml } from 'hast-util-to-html';
import type { Element } from 'hast';
import type { ParsedArticle } from './parse.ts';
import { createSlugger } from '../slug.ts';
import { headingWithAnchor } from '../headings.ts';

export interface RenderedArticle {
  html: string;
  headings: { depth: 2; slug: string; text: string }[];
}

/** The small link after each unit that points at (and, with JavaScript, copies) its permalink. */
function unitPermalink(n: number): Element {
  return h('a', { className: ['unit-link'], href: `#p-${n}`, dataCopyLink: '' }, [
    h('span', { ariaHidden: 'true' }, '¶'),
    h('span', { className: ['sr-only'] }, `Link to paragraph ${n}`),
  ]);
}

const unitChildren = (n: number, text: string) => [{ type: 'text' as const, value: text }, { type: 'text' as const, value: ' ' }, unitPermalink(n)];

/** The article body (standfirst, captions, paragraphs, lists, subheadings) as HTML. */
export function renderArticleBody(article: ParsedArticle): RenderedArticle {
  // Paragraph ids are reserved first so a subheading can never take "p-3".
  const slug = createSlugger(article.units.map((unit) => `p-${unit.n}`));
  const headings: RenderedArticle['headings'] = [];
  const children: Element[] = [];
  let n = 0;
  for (const block of article.blocks) {
    switch (block.kind) {
      case 'subheading': {
        const id = slug(block.text);
        headings.push({ depth: 2, slug: id, text: block.text });
        children.push(headingWithAnchor(2, id, [{ type: 'text', value: block.text }], block.text));
        break;
      }
      case 'list':
        children.push(
          h(
            block.ordered ? 'ol' : 'ul',
            block.items.map((item) => {
              n += 1;
              return h('li', { id: `p-${n}`, className: ['unit'], dir: 'auto' }, unitChildren(n, item));
            }),
          ),
        );
        break;
      case 'caption':
        n += 1;
        children.push(
          h('p', { id: `p-${n}`, className: ['unit', 'caption'], dir: 'auto' }, [
            h('span', { className: ['caption-label'] }, 'Photo caption: '),
            ...unitChildren(n, block.text),
          ]),
        );
        break;
      case 'standfirst':
        n += 1;
        children.push(h('p', { id: `p-${n}`, className: ['unit', 'standfirst'], dir: 'auto' }, unitChildren(n, block.text)));
        break;
      case 'paragraph':
        n += 1;
        children.push(h('p', { id: `p-${n}`, className: ['unit'], dir: 'auto' }, unitChildren(n, block.text)));
        break;
    }
  }
  return { html: toHtml(h(null, children)), headings };
}
