/**
 * Loads every collection once per build, sorted by id so the output never depends on load order, and
 * runs the provenance check: a quote missing from its article stops the build here, with one line.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { describeArticle, type ArticleDescription } from '../lib/articleMeta.ts';
import { resolveSources, type ResolvedSource, type Unit } from '../lib/provenance.ts';

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
  /** The updates and corrections log, by id (content/corrections.yaml). */
  corrections: CorrectionRecord[];
}

const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

async function load(): Promise<SiteData> {
  const [articleEntries, metaEntries, eventEntries, figureEntries, seizureEntries, strikeEntries, citationEntries, sectionEntries, correctionEntries] =
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
    ]);
  const meta = new Map(metaEntries.map((entry) => [entry.id, entry.data]));
  const articles = articleEntries.sort(byId).map((entry) => ({
    entry,
    id: entry.id,
    headline: entry.data.headline,
    description: describeArticle(entry.data, meta.get(entry.id)),
  }));
  const units = new Map<string, Unit[]>(articleEntries.map((entry) => [entry.id, entry.data.units]));

  const resolve = <T extends { sources: Parameters<typeof resolveSources>[2] }>(collection: string, entries: { id: string; data: T }[]) =>
    entries.sort(byId).map(({ id, data }) => ({ ...data, id, sources: resolveSources(collection, id, data.sources, units) }));

  const citations = new Map(
    resolve('citations', citationEntries).map((record) => [record.id, { id: record.id, source: record.sources[0]! }]),
  );
  return {
    articles,
    articlesById: new Map(articles.map((article) => [article.id, article])),
    events: resolve('events', eventEntries),
    figures: resolve('figures', figureEntries),
    seizures: resolve('seizures', seizureEntries),
    strikes: resolve('strikes', strikeEntries),
    citations,
    sections: sectionEntries.sort((a, b) => a.data.order - b.data.order || byId(a, b)),
    corrections: correctionEntries.sort(byId).map(({ id, data }) => ({ ...data, id })),
  };
}

let cached: Promise<SiteData> | undefined;

/** The site's data, loaded and checked once per build. */
export function getSiteData(): Promise<SiteData> {
  cached ??= load();
  return cached;
}
