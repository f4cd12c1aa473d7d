/**
 * Creates the between-builds cache (src/lib/cache-store.ts) for `astro build` in the configured cache
 * folder, keyed by the digest of the site's code (`src/`, `astro.config.mjs`, `package-lock.json`), and
 * removes at the end of a successful build the entries it did not use.
 */
import type { AstroConfig, AstroIntegration } from 'astro';
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { diskCache, filesDigest, shareBuildCache, sharedBuildCache, type BuildCache } from '../lib/cache-store.ts';

/** What the cache's validity depends on besides each entry's own key. */
export const CODE_PATHS = ['src', 'astro.config.mjs', 'package-lock.json'] as const;

/**
 * This build's cache, created and shared on first use: the content check (which runs first) and this
 * integration both ask for it in `astro:config:setup`.
 */
export function openBuildCache(config: Pick<AstroConfig, 'cacheDir' | 'root'>): BuildCache {
  const shared = sharedBuildCache();
  if (shared) return shared;
  const dir = fileURLToPath(new URL('yearbook/', config.cacheDir));
  mkdirSync(dir, { recursive: true });
  const cache = diskCache(dir, filesDigest(fileURLToPath(config.root), CODE_PATHS));
  shareBuildCache(cache);
  return cache;
}

export function buildCache(): AstroIntegration {
  let cache: BuildCache | undefined;
  return {
    name: 'yearbook:build-cache',
    hooks: {
      'astro:config:setup': ({ config, command }) => {
        if (command !== 'build') return;
        cache = openBuildCache(config);
      },
      'astro:build:done': ({ logger }) => {
        if (!cache) return;
        const removed = cache.prune();
        // Entries the build's workers wrote are read by the pages, so they count as read here.
        logger.info(
          `cache: ${cache.stats.hits} entries read, ${cache.stats.misses} missed, ${removed} old entries removed`,
        );
        shareBuildCache(undefined);
      },
    },
  };
}
