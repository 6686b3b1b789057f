/**
 * A rehype plugin for the narrative's Markdown/MDX: every h2 and h3 gets a unique id (kept if the author
 * gave one) and an anchor link after its text, the same markup as article subheadings.
 */
import type { Root, Element } from 'hast';
import { visit } from 'unist-util-visit';
import { toString } from './hastText.ts';
import { anchorLink } from './headings.ts';
import { createSlugger } from './slug.ts';
import { ui } from '../i18n/ui.ts';

/** A heading written as JSX in MDX (`<h3 id="…">…</h3>`, as the Spanish edition keeps the English ids). */
interface JsxHeading {
  type: 'mdxJsxFlowElement';
  name: string | null;
  attributes: { type: string; name?: string; value?: unknown }[];
  children: Element['children'];
}

export function rehypeHeadingAnchors() {
  return (tree: Root) => {
    const slug = createSlugger();
    // The Spanish edition's subheadings are JSX with their English ids: the same class and anchor link,
    // labelled in Spanish (they occur only in content/explainer-es).
    visit(tree, 'mdxJsxFlowElement' as never, (node: JsxHeading) => {
      if (node.name !== 'h2' && node.name !== 'h3') return;
      const id = node.attributes.find((attribute) => attribute.type === 'mdxJsxAttribute' && attribute.name === 'id')?.value;
      if (typeof id !== 'string' || id === '') return;
      const text = toString({ type: 'element', tagName: node.name, properties: {}, children: node.children } as Element).trim();
      if (!node.attributes.some((attribute) => attribute.name === 'class' || attribute.name === 'className')) node.attributes.push({ type: 'mdxJsxAttribute', name: 'className', value: 'anchored' });
      node.children.push({ type: 'text', value: ' ' }, anchorLink(id, text, ui('es').heading.sectionTitled));
    });
    visit(tree, 'element', (node: Element) => {
      if (node.tagName !== 'h2' && node.tagName !== 'h3') return;
      const text = toString(node).trim();
      const given = node.properties.id;
      const id = typeof given === 'string' && given !== '' ? given : slug(text);
      node.properties.id = id;
      node.properties.className = ['anchored'];
      node.children.push({ type: 'text', value: ' ' }, anchorLink(id, text));
    });
  };
}
