/** The chronology's data as CSV: one row per event, with its sources. */
import type { APIRoute } from 'astro';
import { getSiteData } from '../../data/site.ts';
import { chronologyCsvRows } from '../../figures/chronology/csv.ts';
import { toCsv } from '../../lib/csv.ts';

export const GET: APIRoute = async ({ site }) => {
  const { events } = await getSiteData();
  const csv = toCsv(chronologyCsvRows(events, new URL(import.meta.env.BASE_URL, site).href));
  return new Response(csv, { headers: { 'content-type': 'text/csv; charset=utf-8' } });
};
