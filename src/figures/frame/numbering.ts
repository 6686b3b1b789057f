/**
 * Figure numbers in reading order: the order in which the narrative's sections (by their `order`) place
 * `<FigureSlot name="…" />`. Nothing types a figure's number, so moving a slot renumbers every figure.
 */
const SLOT = /<FigureSlot\s+name=["']([a-z-]+)["']/gu;

/** The figure names in the order the narrative's MDX places them (each once, first placement wins). */
export function slotOrder(bodies: readonly string[]): string[] {
  const names: string[] = [];
  for (const body of bodies) for (const match of body.matchAll(SLOT)) if (!names.includes(match[1]!)) names.push(match[1]!);
  return names;
}

/** The number of figure `name` (1 for the first placed); undefined for a figure the narrative does not place. */
export function figureNumber(name: string, bodies: readonly string[]): number | undefined {
  const index = slotOrder(bodies).indexOf(name);
  return index < 0 ? undefined : index + 1;
}
