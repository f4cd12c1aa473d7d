/**
 * Middleware the build-pool integration adds to `astro build`: when the first page is rendered, it
 * queues what the build's workers make ahead of the pages (src/data/pool-plan.ts). Pages come after,
 * and read the results from the build cache. Does nothing without a pool (dev, YEARBOOK_BUILD_WORKERS=0).
 */
import type { MiddlewareHandler } from 'astro';
import { buildJobs } from '../data/pool-plan.ts';
import { startPooledWork } from '../data/pooled.ts';

export const onRequest: MiddlewareHandler = (_context, next) => {
  startPooledWork(buildJobs);
  return next();
};
