/** The text content of a hast node. */
import type { Nodes } from 'hast';

export function toString(node: Nodes): string {
  if (node.type === 'text') return node.value;
  if ('children' in node) return node.children.map((child) => toString(child as Nodes)).join('');
  return '';
}
