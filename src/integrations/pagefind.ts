/**
 * Builds the Pagefind search index as the last step of `astro build`, with Pagefind's Node API over the
 * output folder (wherever YEARBOOK_OUT_DIR puts it), into `<outDir>/pagefind/`. The index holds URLs
 * relative to the output folder; the search page passes the base path to Pagefind as `baseUrl`, so the
 * same index works at the root and under a sub-path. Pages opt in with `data-pagefind-body`.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import * as pagefind from 'pagefind';

/**
 * Files Pagefind reads (globs relative to the output folder): reports, library profiles, compare and
 * metric pages, awards, and the per-library timelines (`timeline/<id>/`, not the all-library pages).
 */
export const INDEXED = [
  'reports/**/*.html',
  'libraries/**/*.html',
  'compare/**/*.html',
  'metrics/**/*.html',
  'awards/**/*.html',
  'timeline/*/index.html',
] as const;

/** The integration. Pagefind's extended binary (from the npm package) segments Chinese. */
export function pagefindIndex(): AstroIntegration {
  return {
    name: 'yearbook:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        // If Pagefind's own process dies (e.g. killed when out of memory), its pending reply never comes,
        // Node's event loop empties and the build would exit 0 without an index: fail it instead.
        let finished = false;
        const died = (): void => {
          if (finished) return;
          logger.error('Pagefind stopped before writing the search index (its process died — out of memory?)');
          process.exitCode = 1;
        };
        process.once('beforeExit', died);
        try {
          const { index, errors } = await pagefind.createIndex();
          if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
          // Only the page types that carry `data-pagefind-body` are read at all: Pagefind would otherwise
          // parse every page (the all-library timeline, /en/, …) only to skip it — most of its time at scale.
          let pages = 0;
          for (const glob of INDEXED) {
            const added = await index.addDirectory({ path: site, glob });
            if (added.errors.length) throw new Error(`Pagefind: ${added.errors.join('; ')}`);
            pages += added.page_count;
          }
          const written = await index.writeFiles({ outputPath: join(site, 'pagefind') });
          if (written.errors.length) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
          logger.info(`search index: ${pages} pages → ${written.outputPath}`);
          finished = true;
        } finally {
          process.off('beforeExit', died);
          await pagefind.close();
        }
      },
    },
  };
}
