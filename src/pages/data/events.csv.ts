import type { APIRoute } from 'astro';
import { getEvents, getLibraries } from '../../data/content.ts';
import { toCsv } from '../../lib/csv.ts';
import { EVENT_COLUMNS, eventRows } from '../../lib/event-rows.ts';

/** Every dated event as CSV, UTF-8 with BOM so Excel shows Chinese correctly. */
export const GET: APIRoute = async () => {
  const names = new Map((await getLibraries()).map((l) => [l.id, l.data.name]));
  return new Response(toCsv(eventRows(await getEvents(), names), EVENT_COLUMNS), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
};
