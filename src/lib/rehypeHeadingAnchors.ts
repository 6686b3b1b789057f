/**
 * A rehype plugin for the narrative's Markdown/MDX: every h2 and h3 gets a unique id (kept if the author
 * gave one) and an anchor link after its text, the same markup as article subheadings.
 */
import type { Root, Element } from 'hast';
import { visit } from 'unist-util-visit';
import { toString } from './hastText.ts';
import { anchorLink } from './headings.ts';
import { createSlugger } from './slug.ts';

export function rehypeHeadingAnchors() {
  return (tree: Root) => {
    const slug = createSlugger();
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
