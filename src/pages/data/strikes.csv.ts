/** Figure 3's data as CSV: the rows are built in src/figures/strikes/csv.ts. */
import type { APIRoute } from 'astro';
import { getSiteData } from '../../data/site.ts';
import { toCsv } from '../../lib/csv.ts';
import { strikesCsvRows } from '../../figures/strikes/csv.ts';

export const GET: APIRoute = async ({ site }) => {
  const { strikes } = await getSiteData();
  const rows = strikesCsvRows(strikes, new URL(import.meta.env.BASE_URL, site).href);
  return new Response(toCsv(rows), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
};
