/**
 * The narrative's citations, numbered once per build from the section sources. The narrative's checks
 * (every factual sentence cited, the Spanish edition's parity, Cite ids and the corrections log) run with
 * the other editorial checks when the site's data loads (src/data/site.ts).
 */
import { getSiteData, type CitationRecord } from './site.ts';
import { numberCitations } from '../lib/citations.ts';

export interface Narrative {
  numbers: Map<string, number>;
  citations: Map<string, CitationRecord>;
  /** Citations in number order, for the reference list. */
  ordered: { n: number; citation: CitationRecord }[];
}

let cached: Promise<Narrative> | undefined;

async function load(): Promise<Narrative> {
  const { sections, citations } = await getSiteData();
  const numbers = numberCitations(sections.map((section) => section.body ?? ''), new Set(citations.keys()));
  const ordered = [...numbers].map(([id, n]) => ({ n, citation: citations.get(id)! }));
  return { numbers, citations, ordered };
}

export function getNarrative(): Promise<Narrative> {
  cached ??= load();
  return cached;
}
