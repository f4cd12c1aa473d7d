import type { APIRoute } from 'astro';
import { downloadResponse } from '../../data/open-data.ts';

/**
 * Every dated event of every report, in timeline order (open data); `categories` is an array here.
 * Written for corpora up to WHOLE_DOWNLOAD_LIMIT reports; larger ones get only the per-year files.
 */
export const GET: APIRoute = () => downloadResponse('all', 'events.json');
