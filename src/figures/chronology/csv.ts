/** Figure 1's data as CSV rows: a header, then one row per event in time order, with its sources. */
import type { ResolvedSource } from '../../lib/provenance.ts';
import { sourceCells } from '../../lib/sourceCells.ts';
import { eventRef, orderEvents } from './model.ts';
import type { ListedEvent } from './view.ts';

export const CSV_HEADER = ['id', 'date', 'start', 'end', 'precision', 'how_date_established', 'title', 'summary', 'actors', 'phase', 'sources', 'quotes'];

/** `absoluteBase` is the site's absolute base URL: the source links in the CSV are absolute. */
export function chronologyCsvRows(events: readonly ListedEvent<ResolvedSource>[], absoluteBase: string): string[][] {
  return [
    CSV_HEADER,
    ...orderEvents(events).map((event) => [
      eventRef(event.id),
      event.date.display,
      event.date.start ?? '',
      event.date.end ?? '',
      event.date.precision,
      event.date.established,
      event.title,
      event.summary,
      event.actors.join('; '),
      event.phase,
      ...sourceCells(event.sources, absoluteBase),
    ]),
  ];
}
