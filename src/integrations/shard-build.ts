/**
 * A sharded national build (scripts/shard.ts): with YEARBOOK_SHARD=k/n, `astro build` writes only the
 * pages of shard k (shard-filter.ts) and leaves the search index to the merge, which builds it over
 * every shard's pages. Without the variable, nothing changes.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { parseShard } from '../lib/site/shards.ts';

export function shards(): AstroIntegration {
  return {
    name: 'yearbook:shards',
    hooks: {
      'astro:config:setup': ({ command, addMiddleware, logger }) => {
        const shard = parseShard(process.env['YEARBOOK_SHARD']);
        if (command !== 'build' || !shard) return;
        logger.info(`shard ${shard.index} of ${shard.count}: only its pages are written (scripts/shard.ts merges)`);
        addMiddleware({ entrypoint: fileURLToPath(new URL('./shard-filter.ts', import.meta.url)), order: 'pre' });
      },
    },
  };
}
