/**
 * Loads every collection once per build, sorted by id so the output never depends on load order, and
 * runs the provenance check: a quote missing from its article stops the build here, with one line.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { describeArticle, type ArticleDescription } from '../lib/articleMeta.ts';
import { resolveSources, type RawSource, type ResolvedSource, type Unit } from '../lib/provenance.ts';
import { assertAttributions, type AttributionInput, type Credit } from '../lib/attribution.ts';

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

  // A record's `attributionSource` (a passage naming who said or counted it) is proven like any quote and
  // listed with its sources; a source given twice is listed once.
  const resolve = <T extends { sources: readonly RawSource[]; attributionSource?: RawSource }>(collection: string, entries: { id: string; data: T }[]) =>
    entries.sort(byId).map(({ id, data }) => ({
      ...data,
      id,
      sources: dedupeSources(resolveSources(collection, id, [...data.sources, ...(data.attributionSource ? [data.attributionSource] : [])], units)),
    }));
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
  assertAttributions([
    ...events.map((record) => attributionOf('events', record, record.attribution)),
    ...figures.map((record) => attributionOf('figures', record, record.saidBy)),
    ...seizures.map((record) => attributionOf('seizures', record, record.countedBy)),
    ...strikes.map((record) => attributionOf('strikes', record, record.announcedBy)),
  ]);
  return {
    articles,
    articlesById: new Map(articles.map((article) => [article.id, article])),
    events,
    figures,
    seizures,
    strikes,
    citations,
    sections: sectionEntries.sort((a, b) => a.data.order - b.data.order || byId(a, b)),
    sectionsEs: sectionEsEntries.sort((a, b) => a.data.order - b.data.order || byId(a, b)),
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

let cached: Promise<SiteData> | undefined;

/** The site's data, loaded and checked once per build. */
export function getSiteData(): Promise<SiteData> {
  cached ??= load();
  return cached;
}
