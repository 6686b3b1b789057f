/**
 * Numbers the narrative's citations in reading order. Numbers come from the order of first appearance of
 * `<Cite id="…" />` in the section sources (sorted by their `order`), not from render order, so they
 * are the same on every build.
 */

const CITE = /<Cite\s+id=["']([a-z0-9-]+)["']\s*\/>/g;

/** The citation ids in order of first appearance across the given MDX bodies. */
export function citationOrder(bodies: readonly string[]): string[] {
  const seen = new Set<string>();
  for (const body of bodies) for (const match of body.matchAll(CITE)) seen.add(match[1]!);
  return [...seen];
}

/** The cited ids that are not `known`, in order of first appearance. */
export function unknownCitations(bodies: readonly string[], known: ReadonlySet<string>): string[] {
  return citationOrder(bodies).filter((id) => !known.has(id));
}

/** Citation id → its number (from 1), checking that every cited id exists. */
export function numberCitations(bodies: readonly string[], known: ReadonlySet<string>): Map<string, number> {
  const unknown = unknownCitations(bodies, known);
  if (unknown.length > 0) throw new Error(`Unknown citation id(s) in content/explainer: ${unknown.join(', ')}`);
  return new Map(citationOrder(bodies).map((id, index) => [id, index + 1]));
}
