/** The chronology's data as CSV: one row per event, with its sources. */
import type { APIRoute } from 'astro';
import { getSiteData } from '../../data/site.ts';
import { orderEvents } from '../../lib/chronology.ts';
import { toCsv } from '../../lib/csv.ts';
import { sourceCells } from '../../lib/sourceCells.ts';

export const GET: APIRoute = async ({ site }) => {
  const { events } = await getSiteData();
  const rows = orderEvents(events).map((event) => [
    `event-${event.id}`,
    event.date.display,
    event.date.start,
    event.date.end ?? '',
    event.date.precision,
    event.date.established,
    event.title,
    event.summary,
    event.actors.join('; '),
    event.phase,
    ...sourceCells(event.sources, new URL(import.meta.env.BASE_URL, site).href),
  ]);
  const header = ['id', 'date', 'start', 'end', 'precision', 'how_date_established', 'title', 'summary', 'actors', 'phase', 'sources', 'quotes'];
  return new Response(toCsv([header, ...rows]), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
};
