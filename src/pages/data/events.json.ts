import type { APIRoute } from 'astro';
import { getEvents, getLibraries } from '../../data/content.ts';

/** Every dated event of every report, in timeline order (open data); `categories` is an array here. */
export const GET: APIRoute = async () => {
  const names = new Map((await getLibraries()).map((l) => [l.id, l.data.name]));
  const events = (await getEvents()).map((e) => ({ ...e, libraryName: names.get(e.library) ?? e.library }));
  return new Response(`${JSON.stringify(events, null, 1)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
