import type { APIRoute } from 'astro';
import { getListedFiles } from '../../data/open-data.ts';

/**
 * Index of the open-data files: path (without the site's base), scope (`reference`, `all` or a year), rows,
 * bytes and SHA-256 of exactly what the file's route writes (src/data/open-data.ts).
 */
export const GET: APIRoute = async () =>
  new Response(`${JSON.stringify(await getListedFiles(), null, 1)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
