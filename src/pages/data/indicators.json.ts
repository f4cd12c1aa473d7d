import type { APIRoute } from 'astro';
import { downloadResponse } from '../../data/open-data.ts';

/**
 * Every per-capita indicator of every report, one object per indicator (open data).
 * Written for corpora up to WHOLE_DOWNLOAD_LIMIT reports; larger ones get only the per-year files.
 */
export const GET: APIRoute = () => downloadResponse('all', 'indicators.json');
