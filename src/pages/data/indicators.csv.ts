import type { APIRoute } from 'astro';
import { downloadResponse } from '../../data/open-data.ts';

/**
 * Every per-capita indicator of every report as CSV, UTF-8 with BOM so Excel shows Chinese correctly.
 * Written for corpora up to WHOLE_DOWNLOAD_LIMIT reports; larger ones get only the per-year files.
 */
export const GET: APIRoute = () => downloadResponse('all', 'indicators.csv');
