/** The strike map's data as CSV rows: one row per strike record, in date order, with its sources. */
import type { StrikeRecord } from '../../data/site.ts';
import { sourceCells } from '../../lib/sourceCells.ts';
import { knownDate, orderStrikes } from './model.ts';

const HEADER = [
  'id',
  'first_number',
  'last_number',
  'date',
  'date_note',
  'announced_date',
  'counted_from',
  'region',
  'map_sub_area',
  'location_as_stated',
  'vessels',
  'strikes_in_row',
  'killed',
  'killed_later_revised',
  'survivors',
  'announced_by',
  'reported_cumulative',
  'reliability',
  'notes',
  'sources',
  'quotes',
];

/** The header and one row per record; `siteUrl` (with the base path) makes the source links absolute. */
export function strikesCsvRows(strikes: readonly StrikeRecord[], siteUrl: string): (string | number)[][] {
  const rows = orderStrikes(strikes).map((strike) => [
    strike.id,
    strike.firstNumber,
    strike.lastNumber,
    strike.date ?? '',
    strike.dateNote ?? '',
    strike.announcedDate ?? '',
    knownDate(strike) ?? '',
    strike.region,
    strike.subArea ?? '',
    strike.locationText,
    strike.vessels,
    strike.strikesInRow,
    strike.killed,
    strike.killedLaterRevised ?? '',
    strike.survivors,
    strike.announcedBy ?? '',
    strike.reportedCumulative,
    strike.reliability,
    strike.notes,
    ...sourceCells(strike.sources, siteUrl),
  ]);
  return [HEADER, ...rows];
}
