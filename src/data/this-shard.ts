/**
 * Which site paths this build writes: all of them, or in a sharded national build (YEARBOOK_SHARD=k/n,
 * src/lib/site/shards.ts) those of its own libraries — the same rule the shard's page filter applies.
 */
import { parseShard, shardOfPath } from '../lib/site/shards.ts';
import { getLibraries } from './content.ts';

/** A test for "this build writes `path`" (a path without the base). */
export async function thisShardWrites(): Promise<(path: string) => boolean> {
  const shard = parseShard(process.env['YEARBOOK_SHARD']);
  if (!shard) return () => true;
  const libraries = new Set((await getLibraries()).map((l) => l.id));
  return (path) => shardOfPath(path, libraries, shard.count) === shard.index;
}
