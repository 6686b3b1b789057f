/** The strike map's data as CSV: one row per strike record, in date order, with its sources. */
import type { APIRoute } from 'astro';
import { getSiteData } from '../../data/site.ts';
import { toCsv } from '../../lib/csv.ts';
import { sourceCells } from '../../lib/sourceCells.ts';
import { knownDate, orderStrikes, subAreaOf } from '../../lib/strikeMap.ts';

export const GET: APIRoute = async ({ site }) => {
  const { strikes } = await getSiteData();
  const rows = orderStrikes(strikes).map((strike) => [
    strike.id,
    strike.firstNumber,
    strike.lastNumber,
    strike.date ?? '',
    strike.dateNote ?? '',
    strike.announcedDate ?? '',
    knownDate(strike) ?? '',
    strike.region,
    subAreaOf(strike) ?? '',
    strike.locationText,
    strike.vessels,
    strike.strikesInRow,
    strike.killed,
    strike.killedLaterRevised ?? '',
    strike.survivors,
    strike.announcedBy,
    strike.reportedCumulative,
    strike.reliability,
    strike.notes,
    ...sourceCells(strike.sources, new URL(import.meta.env.BASE_URL, site).href),
  ]);
  const header = [
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
  return new Response(toCsv([header, ...rows]), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
};
