/**
 * The narrative's citations, numbered once per build from the section sources. Loading the narrative also
 * runs its editorial checks, so any of them stops the build with one line per problem:
 * - every factual paragraph, and every sentence with a number or a quotation, carries a citation
 *   (src/lib/narrativeCheck.ts; sections marked `method: true` are exempt);
 * - every `<CorrectedNote id="…" />` names an entry of content/corrections.yaml, and every entry affects
 *   ids the site has.
 */
import { getSiteData, type CitationRecord } from './site.ts';
import { numberCitations } from '../lib/citations.ts';
import { assertNarrativeCited, correctionProblems } from '../lib/narrativeCheck.ts';
import { narrativeItemSets } from '../lib/editionParity.ts';
import { parityProblems } from '../i18n/parity.ts';

export interface Narrative {
  numbers: Map<string, number>;
  citations: Map<string, CitationRecord>;
  /** Citations in number order, for the reference list. */
  ordered: { n: number; citation: CitationRecord }[];
}

let cached: Promise<Narrative> | undefined;

async function load(): Promise<Narrative> {
  const { sections, sectionsEs, citations, corrections, events, figures, strikes, seizures } = await getSiteData();
  const bodies = sections.map((section) => section.body ?? '');
  assertNarrativeCited(sections.map((section, i) => ({ slug: section.data.slug, body: bodies[i]!, method: section.data.method })));
  // The Spanish edition: the same citation rules, and every section, heading and citation of the English one.
  const bodiesEs = sectionsEs.map((section) => section.body ?? '');
  assertNarrativeCited(sectionsEs.map((section, i) => ({ slug: section.data.slug, body: bodiesEs[i]!, method: section.data.method })), 'content/explainer-es');
  const parity = parityProblems(
    narrativeItemSets(
      sections.map((section, i) => ({ slug: section.data.slug, body: bodies[i]! })),
      sectionsEs.map((section, i) => ({ slug: section.data.slug, body: bodiesEs[i]! })),
    ),
  );
  if (parity.length > 0) throw new Error(`Edition parity check failed (content/explainer-es): ${parity.join('; ')}`);
  numberCitations(bodiesEs, new Set(citations.keys()));
  const known = new Set([
    ...sections.map((section) => section.data.slug),
    ...[citations.values(), events, figures, strikes, seizures].flatMap((records) => [...records].map((record) => record.id)),
  ]);
  const problems = correctionProblems(corrections, known, bodies);
  if (problems.length > 0) throw new Error(`Corrections check failed:\n${problems.join('\n')}`);
  const numbers = numberCitations(bodies, new Set(citations.keys()));
  const ordered = [...numbers].map(([id, n]) => ({ n, citation: citations.get(id)! }));
  return { numbers, citations, ordered };
}

export function getNarrative(): Promise<Narrative> {
  cached ??= load();
  return cached;
}
