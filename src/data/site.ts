/**
 * Loads every collection once per build, sorted by id so the output never depends on load order, and runs
 * the editorial checks: provenance (every quote is in its source), attribution (whoever is credited is named
 * by a cited passage), and the narrative's (citations, edition parity, corrections log). The build stops here
 * when any fails, reporting every failure at once, one line per problem, so an editor fixes all in one go.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { describeArticle, type ArticleDescription } from '../lib/articleMeta.ts';
import { ProvenanceError, resolveSources, type RawSource, type ResolvedSource, type Unit } from '../lib/provenance.ts';
import { AttributionError, attributionProblems, type AttributionInput, type Credit } from '../lib/attribution.ts';
import { narrativeFailures } from '../lib/narrativeCheck.ts';

export type Article = CollectionEntry<'articles'>;

export interface ArticleView {
  entry: Article;
  id: string;
  headline: string;
  description: ArticleDescription;
}

type WithSources<T> = Omit<T, 'sources'> & { id: string; sources: ResolvedSource[] };
export type EventRecord = WithSources<CollectionEntry<'events'>['data']>;
export type FigureRecord = WithSources<CollectionEntry<'figures'>['data']>;
export type SeizureRecord = WithSources<CollectionEntry<'seizures'>['data']>;
export type StrikeRecord = WithSources<CollectionEntry<'strikes'>['data']>;
export type CitationRecord = { id: string; source: ResolvedSource };
export type CorrectionRecord = CollectionEntry<'corrections'>['data'] & { id: string };

export interface SiteData {
  articles: ArticleView[];
  articlesById: Map<string, ArticleView>;
  events: EventRecord[];
  figures: FigureRecord[];
  seizures: SeizureRecord[];
  strikes: StrikeRecord[];
  citations: Map<string, CitationRecord>;
  sections: CollectionEntry<'sections'>[];
  /** The Spanish edition's sections (content/explainer-es), in the same order. */
  sectionsEs: CollectionEntry<'sectionsEs'>[];
  /** The updates and corrections log, by id (content/corrections.yaml). */
  corrections: CorrectionRecord[];
}

const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

async function load(): Promise<SiteData> {
  const [articleEntries, metaEntries, eventEntries, figureEntries, seizureEntries, strikeEntries, citationEntries, sectionEntries, correctionEntries, sectionEsEntries] =
    await Promise.all([
      getCollection('articles'),
      getCollection('articleMeta'),
      getCollection('events'),
      getCollection('figures'),
      getCollection('seizures'),
      getCollection('strikes'),
      getCollection('citations'),
      getCollection('sections'),
      getCollection('corrections'),
      getCollection('sectionsEs'),
    ]);
  const meta = new Map(metaEntries.map((entry) => [entry.id, entry.data]));
  const articles = articleEntries.sort(byId).map((entry) => ({
    entry,
    id: entry.id,
    headline: entry.data.headline,
    description: describeArticle(entry.data, meta.get(entry.id)),
  }));
  const units = new Map<string, Unit[]>(articleEntries.map((entry) => [entry.id, entry.data.units]));

  /** Each failed check's report; the build stops after all have run. */
  const failures: string[] = [];
  /** Records with a quote not in its source ("collection/id"): not checked further. */
  const unproven = new Set<string>();

  // A record's `attributionSource` (a passage naming who said or counted it) is proven like any quote and
  // listed with its sources; a source given twice is listed once.
  const resolve = <T extends { sources: readonly RawSource[]; attributionSource?: RawSource }>(collection: string, entries: { id: string; data: T }[]) =>
    entries.sort(byId).map(({ id, data }) => {
      let sources: ResolvedSource[] = [];
      try {
        sources = dedupeSources(resolveSources(collection, id, [...data.sources, ...(data.attributionSource ? [data.attributionSource] : [])], units));
      } catch (error) {
        if (!(error instanceof ProvenanceError)) throw error;
        failures.push(error.message);
        unproven.add(`${collection}/${id}`);
      }
      return { ...data, id, sources };
    });
  const outletOf = (source: ResolvedSource) =>
    source.kind === 'article' ? (meta.get(source.articleId)?.outlet ?? '') : (source.publisher ?? new URL(source.url).hostname.replace(/^www\./, ''));
  const attributionOf = (collection: string, record: { id: string; sources: ResolvedSource[]; credited?: readonly Credit[] | undefined }, prose: string | undefined): AttributionInput => ({
    collection,
    id: record.id,
    prose,
    credited: record.credited,
    passages: record.sources.map((source) => (source.kind === 'article' ? source.matchedText : source.quote)),
    outlets: record.sources.map(outletOf),
  });

  const citations = new Map(
    resolve('citations', citationEntries).map((record) => [record.id, { id: record.id, source: record.sources[0]! }]),
  );
  const events = resolve('events', eventEntries);
  const figures = resolve('figures', figureEntries);
  const seizures = resolve('seizures', seizureEntries);
  const strikes = resolve('strikes', strikeEntries);
  // Who said, counted or announced something must be named by a cited passage (src/lib/attribution.ts).
  const credits = [
    ...events.map((record) => attributionOf('events', record, record.attribution)),
    ...figures.map((record) => attributionOf('figures', record, record.saidBy)),
    ...seizures.map((record) => attributionOf('seizures', record, record.countedBy)),
    ...strikes.map((record) => attributionOf('strikes', record, record.announcedBy)),
  ].filter((input) => !unproven.has(`${input.collection}/${input.id}`));
  const uncredited = credits.flatMap(attributionProblems);
  if (uncredited.length > 0) failures.push(new AttributionError(uncredited).message);
  const sections = sectionEntries.sort((a, b) => a.data.order - b.data.order || byId(a, b));
  const sectionsEs = sectionEsEntries.sort((a, b) => a.data.order - b.data.order || byId(a, b));
  const source = (section: CollectionEntry<'sections' | 'sectionsEs'>) => ({ slug: section.data.slug, body: section.body ?? '', method: section.data.method });
  failures.push(
    ...narrativeFailures({
      en: sections.map(source),
      es: sectionsEs.map(source),
      citationIds: new Set(citations.keys()),
      knownIds: new Set([
        ...sections.map((section) => section.data.slug),
        ...[citations.values(), events, figures, strikes, seizures].flatMap((records) => [...records].map((record) => record.id)),
      ]),
      corrections: [...correctionEntries].sort(byId).map(({ id, data }) => ({ ...data, id })),
    }),
  );
  if (failures.length > 0) throw new EditorialCheckError(failures);
  return {
    articles,
    articlesById: new Map(articles.map((article) => [article.id, article])),
    events,
    figures,
    seizures,
    strikes,
    citations,
    sections,
    sectionsEs,
    corrections: correctionEntries.sort(byId).map(({ id, data }) => ({ ...data, id })),
  };
}

/** The sources with any repeat (the same passage, or the same page and quote) left out. */
function dedupeSources(sources: ResolvedSource[]): ResolvedSource[] {
  const seen = new Set<string>();
  return sources.filter((source) => {
    const key = source.kind === 'article' ? `${source.articleId}#${source.paragraph}#${source.matchedText}` : `${source.url}#${source.quote}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** The editorial checks' failures, each report as its check gives it (its first line names the check). */
export class EditorialCheckError extends Error {
  constructor(readonly failures: readonly string[]) {
    super(`The editorial checks stopped the build:\n${failures.join('\n')}`);
    this.name = 'EditorialCheckError';
  }
}

let cached: Promise<SiteData> | undefined;

/** The site's data, loaded and checked once per build. */
export function getSiteData(): Promise<SiteData> {
  cached ??= load();
  return cached;
}
