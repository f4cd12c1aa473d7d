import type { APIRoute } from 'astro';
import { downloadResponse } from '../../data/open-data.ts';

/**
 * Every figure of every report, one object per figure (open data).
 * Written for corpora up to WHOLE_DOWNLOAD_LIMIT reports; larger ones get only the per-year files.
 */
export const GET: APIRoute = () => downloadResponse('all', 'figures.json');
