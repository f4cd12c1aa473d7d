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

/** The integration. Pagefind's extended binary (from the npm package) segments Chinese. */
export function pagefindIndex(): AstroIntegration {
  return {
    name: 'yearbook:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        try {
          const { index, errors } = await pagefind.createIndex();
          if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
          const added = await index.addDirectory({ path: site });
          if (added.errors.length) throw new Error(`Pagefind: ${added.errors.join('; ')}`);
          const written = await index.writeFiles({ outputPath: join(site, 'pagefind') });
          if (written.errors.length) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
          logger.info(`search index: ${added.page_count} pages → ${written.outputPath}`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
