/** Figure 2's data as CSV: the rows are built in src/figures/seizures/csv.ts. */
import type { APIRoute } from 'astro';
import { getSiteData } from '../../data/site.ts';
import { toCsv } from '../../lib/csv.ts';
import { seizuresCsvRows } from '../../figures/seizures/csv.ts';

export const GET: APIRoute = async ({ site }) => {
  const { seizures, figures } = await getSiteData();
  const rows = seizuresCsvRows(seizures, figures, new URL(import.meta.env.BASE_URL, site).href);
  return new Response(toCsv(rows), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
};
