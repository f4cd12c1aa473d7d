import type { APIRoute } from 'astro';
import { getFigureRows } from '../../data/content.ts';

/** Every figure of every report, one object per figure (open data). */
export const GET: APIRoute = async () =>
  new Response(`${JSON.stringify(await getFigureRows(), null, 1)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
