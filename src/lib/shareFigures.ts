/**
 * What a figure's own page, embed and share card need beyond what its component draws, composed from the
 * figure's view (the views stay as they are): number, title, takeaway, description, every record with its
 * sources (for the page's full source table) and a one-line source credit.
 */
import type { ArticleView, SiteData } from '../data/site.ts';
import type { ResolvedSource } from './provenance.ts';
import { buildChronologyView } from '../figures/chronology/view.ts';
import { buildSeizuresView } from '../figures/seizures/view.ts';
import { buildStrikesView } from '../figures/strikes/view.ts';
import type { FigureName } from './share.ts';
import { figureNumber } from '../figures/frame/numbering.ts';

export interface FigureRecord {
  /** The id of the record's row or list item in the figure (its permalink). */
  ref: string;
  label: string;
  sources: readonly ResolvedSource[];
}

export interface FigureSummary {
  name: FigureName;
  number: number;
  title: string;
  takeaway: string;
  description: string;
  records: FigureRecord[];
  /** The figure's own sources (notes, totals), besides each record's. */
  figureSources: readonly ResolvedSource[];
}

export function figureSummary(name: FigureName, data: SiteData): FigureSummary {
  const summary = viewSummary(name, data);
  // Numbered as the frame numbers it: by the order of the figures in the narrative.
  return { ...summary, number: figureNumber(name, data.sections.map((section) => section.body ?? '')) ?? summary.number };
}

function viewSummary(name: FigureName, data: SiteData): FigureSummary {
  if (name === 'chronology') {
    const view = buildChronologyView(data);
    return {
      name,
      number: view.figure.number,
      title: view.figure.title,
      takeaway: view.figure.takeaway,
      description: view.figure.description,
      records: view.list.items.map((item) => ({ ref: item.id, label: `${item.display}: ${item.title}`, sources: item.sources })),
      figureSources: [],
    };
  }
  if (name === 'seizures') {
    const view = buildSeizuresView(data);
    const seizureRows = view.seizureTable.groups.flatMap((group) =>
      group.rows.map((row) => ({ ref: row.ref, label: `${group.title}, ${row.year}: ${row.value}`, sources: row.sources })),
    );
    const figureRows = view.figureTable.rows.map((row) => ({ ref: row.ref, label: `${row.counts}: ${row.value}`, sources: row.sources }));
    return { name, number: 2, title: view.frame.title, takeaway: view.frame.takeaway, description: view.frame.description, records: [...seizureRows, ...figureRows], figureSources: [] };
  }
  const view = buildStrikesView(data);
  return {
    name,
    number: 3,
    title: view.title,
    takeaway: view.takeaway,
    description: view.description,
    records: view.table.rows.map((row) => ({ ref: row.id, label: `${row.name} (${row.date.text})`, sources: row.sources })),
    figureSources: view.sources,
  };
}

/** Who a source is: the seed article's outlet, or the research URL's publisher or host. */
export function outletOf(source: ResolvedSource, articles: ReadonlyMap<string, ArticleView>): string {
  if (source.kind === 'article') return articles.get(source.articleId)?.description.outlet ?? 'source article';
  return source.publisher ?? new URL(source.url).hostname.replace(/^www\./, '');
}

/** "Sources: CNN, El País, bne IntelliNews and 9 more; every record is sourced on the figure page." */
export function sourceLine(summary: FigureSummary, articles: ReadonlyMap<string, ArticleView>): string {
  const counts = new Map<string, number>();
  for (const source of [...summary.figureSources, ...summary.records.flatMap((record) => record.sources)]) {
    const outlet = outletOf(source, articles);
    counts.set(outlet, (counts.get(outlet) ?? 0) + 1);
  }
  const ranked = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([outlet]) => outlet);
  const shown = ranked.slice(0, 4);
  const more = ranked.length - shown.length;
  const list = more > 0 ? `${shown.join(', ')} and ${more} more` : shown.length > 1 ? `${shown.slice(0, -1).join(', ')} and ${shown.at(-1)}` : shown.join('');
  return `Sources: ${list}. Every record is sourced on the figure's page.`;
}
