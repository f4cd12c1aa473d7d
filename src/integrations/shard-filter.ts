/**
 * Middleware of a sharded build (YEARBOOK_SHARD=k/n, src/lib/site/shards.ts): a page another shard renders
 * gets an empty response, which Astro neither renders nor writes. Every page is still listed (the
 * sitemap is the whole site's in every shard), so the merged output equals one build's.
 */
import type { MiddlewareHandler } from 'astro';
import { thisShardWrites } from '../data/this-shard.ts';

let writes: Promise<(path: string) => boolean> | undefined;

export const onRequest: MiddlewareHandler = async (context, next) => {
  writes ??= thisShardWrites();
  const base = import.meta.env.BASE_URL.replace(/\/$/, '');
  const path = context.url.pathname.slice(base.length) || '/';
  if (!(await writes)(path)) return new Response(null);
  return next();
};
