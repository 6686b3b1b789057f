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
import type { Locale } from '../i18n/locales.ts';
import { ui } from '../i18n/ui.ts';

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

/** The figure's summary in an edition's words (its view in that edition). */
export function figureSummary(name: FigureName, data: SiteData, locale: Locale = 'en'): FigureSummary {
  const summary = viewSummary(name, data, locale);
  // Numbered as the frame numbers it: by the order of the figures in the narrative.
  return { ...summary, number: figureNumber(name, data.sections.map((section) => section.body ?? '')) ?? summary.number };
}

function viewSummary(name: FigureName, data: SiteData, locale: Locale): FigureSummary {
  if (name === 'chronology') {
    const view = buildChronologyView(data, locale);
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
    const view = buildSeizuresView(data, locale);
    const seizureRows = view.seizureTable.groups.flatMap((group) =>
      group.rows.map((row) => ({ ref: row.ref, label: `${group.title}, ${row.year}: ${row.value}`, sources: row.sources })),
    );
    const figureRows = view.figureTable.rows.map((row) => ({ ref: row.ref, label: `${row.counts}: ${row.value}`, sources: row.sources }));
    return { name, number: 2, title: view.frame.title, takeaway: view.frame.takeaway, description: view.frame.description, records: [...seizureRows, ...figureRows], figureSources: [] };
  }
  const view = buildStrikesView(data, locale);
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
export function outletOf(source: ResolvedSource, articles: ReadonlyMap<string, ArticleView>, locale: Locale = 'en'): string {
  if (source.kind === 'article') return articles.get(source.articleId)?.description.outlet ?? ui(locale).figurePage.sourceArticle;
  return source.publisher ?? new URL(source.url).hostname.replace(/^www\./, '');
}

/** "Sources: CNN, El País, bne IntelliNews and 9 more. Every record is sourced on the figure's page." */
export function sourceLine(summary: FigureSummary, articles: ReadonlyMap<string, ArticleView>, locale: Locale = 'en'): string {
  const counts = new Map<string, number>();
  for (const source of [...summary.figureSources, ...summary.records.flatMap((record) => record.sources)]) {
    const outlet = outletOf(source, articles, locale);
    counts.set(outlet, (counts.get(outlet) ?? 0) + 1);
  }
  const ranked = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([outlet]) => outlet);
  const shown = ranked.slice(0, 4);
  return ui(locale).figurePage.sourceLine(shown, ranked.length - shown.length);
}
