import type { APIRoute } from 'astro';
import { getDownloadEntries } from '../../data/open-data.ts';

/** Index of the open-data files: path (without the site's base), scope (`all` or a year), rows. */
export const GET: APIRoute = async () =>
  new Response(`${JSON.stringify(await getDownloadEntries(), null, 1)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
