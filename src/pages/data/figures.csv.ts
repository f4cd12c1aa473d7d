import type { APIRoute } from 'astro';
import { getFigureRows } from '../../data/content.ts';
import { ROW_COLUMNS } from '../../lib/figure-rows.ts';
import { toCsv } from '../../lib/csv.ts';

/** Every figure of every report as CSV, UTF-8 with BOM so Excel shows Chinese correctly. */
export const GET: APIRoute = async () =>
  new Response(toCsv(await getFigureRows(), ROW_COLUMNS), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
