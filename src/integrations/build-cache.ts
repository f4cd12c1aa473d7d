/**
 * Creates the between-builds cache (src/lib/cache-store.ts) for `astro build` in the configured cache
 * folder, keyed by the digest of the site's code (`src/`, `astro.config.mjs`, `package-lock.json`), and
 * removes at the end of a successful build the entries it did not use.
 */
import type { AstroIntegration } from 'astro';
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { diskCache, filesDigest, shareBuildCache, type BuildCache } from '../lib/cache-store.ts';

/** What the cache's validity depends on besides each entry's own key. */
export const CODE_PATHS = ['src', 'astro.config.mjs', 'package-lock.json'] as const;

export function buildCache(): AstroIntegration {
  let cache: BuildCache | undefined;
  return {
    name: 'yearbook:build-cache',
    hooks: {
      'astro:config:setup': ({ config, command }) => {
        if (command !== 'build') return;
        const dir = fileURLToPath(new URL('yearbook/', config.cacheDir));
        mkdirSync(dir, { recursive: true });
        cache = diskCache(dir, filesDigest(fileURLToPath(config.root), CODE_PATHS));
        shareBuildCache(cache);
      },
      'astro:build:done': ({ logger }) => {
        if (!cache) return;
        const removed = cache.prune();
        logger.info(`cache: ${cache.stats.hits} reused, ${cache.stats.misses} made, ${removed} old entries removed`);
        shareBuildCache(undefined);
      },
    },
  };
}
