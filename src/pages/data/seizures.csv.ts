/**
 * Figure 2's data as CSV: every seizures record (annual totals with their conflicts, the gap year, year to
 * date, coca base and paste, worldwide totals, the share claim), then the figures records the chart shows
 * or names, each with its unit, what it counts, who says so and its sources.
 */
import type { APIRoute } from 'astro';
import { getSiteData } from '../../data/site.ts';
import { toCsv } from '../../lib/csv.ts';
import { formatFigure, hasNumber, refFor, seizureAttribution, seizureFlags, seizureModel, seizureQualifier, seizureTableGroups, seizureValue } from '../../lib/seizureChart.ts';
import { sourceCells } from '../../lib/sourceCells.ts';

export const GET: APIRoute = async ({ site }) => {
  const { seizures, figures } = await getSiteData();
  const base = new URL(import.meta.env.BASE_URL, site).href;
  const model = seizureModel(seizures, figures);
  const seizureRows = seizureTableGroups(seizures).flatMap((group) =>
    group.records.map((record) => [
      refFor(record.id),
      'seizures',
      group.key,
      record.year,
      seizureValue(record),
      record.tonnes ?? record.percent ?? '',
      record.tonnes !== null ? 'tonnes' : record.percent !== undefined ? 'percent' : '',
      record.tonnes !== null ? seizureQualifier(record) : '',
      record.counts,
      record.form,
      record.period,
      seizureAttribution(record),
      record.provisional,
      record.conflict ?? '',
      seizureFlags(record, seizures).join('; '),
      record.notes ?? '',
      ...sourceCells(record.sources, base),
    ]),
  );
  const figureRows = [...model.figuresShown, ...model.wordsOnly].map((shown) => {
    const record = figures.find((figure) => figure.id === shown.id)!;
    const wordsOnly = !hasNumber(record);
    return [
      refFor(record.id),
      'figures',
      wordsOnly ? 'words-only' : 'shown',
      '',
      formatFigure(record),
      // A figure given only in words has no number: its stored value is a floor, not a figure.
      wordsOnly ? '' : record.value,
      record.unit,
      record.qualifier,
      record.counts,
      '',
      record.period,
      record.saidBy,
      '',
      record.group ?? '',
      wordsOnly ? 'No number given: words only' : '',
      // The note of a figure given only in words discusses the floor its stored value stands for: left out.
      wordsOnly ? '' : (record.note ?? ''),
      ...sourceCells(record.sources, base),
    ];
  });
  const header = ['id', 'collection', 'group', 'year', 'as_shown', 'value', 'unit', 'qualifier', 'counts', 'form', 'period', 'said_by', 'provisional', 'conflict_or_group', 'flags', 'note', 'sources', 'quotes'];
  return new Response(toCsv([header, ...seizureRows, ...figureRows]), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
};
