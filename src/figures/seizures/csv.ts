/**
 * Figure 2's data as CSV rows: every seizures record (annual totals with their conflicts, the gap year, year
 * to date, coca base and paste, worldwide totals, the share claim), then the figures records the chart shows
 * or names, each with its unit, what it counts, who says so and its sources.
 */
import type { ResolvedSource } from '../../lib/provenance.ts';
import { sourceCells } from '../../lib/sourceCells.ts';
import { refFor, seizureModel, type FigureFields, type SeizureFields } from './model.ts';
import { seizureTableGroups } from './tables.ts';
import { TABLE, attribution, formatFigure, seizureFlags, seizureValue } from './text.ts';

const HEADER = ['id', 'collection', 'group', 'year', 'as_shown', 'value', 'unit', 'qualifier', 'counts', 'form', 'period', 'said_by', 'provisional', 'conflict_or_group', 'flags', 'note', 'sources', 'quotes'];

type Sourced = { sources: ResolvedSource[] };

/** The CSV's rows, header first; `base` is the site's absolute base URL, for source links. */
export function seizuresCsvRows(seizures: readonly (SeizureFields & Sourced)[], figures: readonly (FigureFields & Sourced)[], base: string): (string | number | boolean)[][] {
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
      record.tonnes !== null ? record.qualifier : '',
      record.counts,
      record.form,
      record.period,
      attribution(record),
      record.provisional,
      record.conflict ?? '',
      seizureFlags(record, seizures).join('; '),
      record.notes ?? '',
      ...sourceCells(record.sources, base),
    ]),
  );
  const figureRows = [...model.figuresShown, ...model.wordsOnly].map((record) => [
    refFor(record.id),
    'figures',
    record.wordsOnly ? 'words-only' : 'shown',
    '',
    formatFigure(record),
    // A figure given only in words has no number: its stored value is a floor, not a figure.
    record.wordsOnly ? '' : record.value,
    record.unit,
    record.qualifier,
    record.counts,
    '',
    record.period,
    record.saidBy,
    '',
    record.group ?? '',
    record.wordsOnly ? TABLE.csvWordsOnlyFlag : '',
    // The note of a figure given only in words discusses the floor its stored value stands for: left out.
    record.wordsOnly ? '' : (record.note ?? ''),
    ...sourceCells(record.sources, base),
  ]);
  return [HEADER, ...seizureRows, ...figureRows];
}
