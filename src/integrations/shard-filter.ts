/**
 * Middleware of a sharded build (YEARBOOK_SHARD=k/n, src/lib/site/shards.ts): a page another shard renders
 * gets an empty response, which Astro neither renders nor writes. Every page is still listed (the
 * sitemap is the whole site's in every shard), so the merged output equals one build's.
 */
import type { MiddlewareHandler } from 'astro';
import { getLibraries } from '../data/content.ts';
import { parseShard, shardOfPath } from '../lib/site/shards.ts';

const shard = parseShard(process.env['YEARBOOK_SHARD']);
let libraries: Promise<ReadonlySet<string>> | undefined;

export const onRequest: MiddlewareHandler = async (context, next) => {
  if (!shard) return next();
  libraries ??= getLibraries().then((all) => new Set(all.map((l) => l.id)));
  const base = import.meta.env.BASE_URL.replace(/\/$/, '');
  const path = context.url.pathname.slice(base.length) || '/';
  if (shardOfPath(path, await libraries, shard.count) !== shard.index) return new Response(null);
  return next();
};
