/**
 * Builds the Pagefind search index as the last step of `astro build`, with Pagefind's Node API over the
 * output folder (wherever YEARBOOK_OUT_DIR puts it), into `<outDir>/pagefind/`. The index holds URLs
 * relative to the output folder; the search page passes the base path to Pagefind as `baseUrl`, so the
 * same index works at the root and under a sub-path.
 *
 * What is searchable is decided here, in one place: INDEXED lists the page types the index reads. Within
 * those pages, `data-pagefind-body` marks the part of the page that is indexed (a page type not in
 * INDEXED is never read, whatever its markup says).
 *
 * Pagefind holds a whole index in memory until it writes it (~23× the HTML it reads), so a large site is
 * indexed in parts of bounded size, one Pagefind process per part, each closed before the next starts:
 * the build's peak is one part's, not the site's. Part 1 is written to `pagefind/` (a small site has
 * only this one), part N to `pagefind/part-N/`, and `pagefind/parts.json` lists the extra parts for the
 * search page to merge (Pagefind's `mergeIndex`). A site too large for one part is cut by province
 * (`src/lib/search/scopes.ts`), and the search page loads only the province a reader chooses.
 */
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { globSync, statSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { join, resolve, sep } from 'node:path';
import { sharedBuildCache } from '../lib/cache-store.ts';
import { budgetFrom, FILTER_KEYS, partFolder, partsManifest, type IndexedFile } from '../lib/search/index-parts.ts';
import { pageScope, SCOPE_KEY, searchPlan } from '../lib/search/scopes.ts';
import { parseShard } from '../lib/site/shards.ts';
import { CONTENT_DIR } from '../content-dir.ts';
import { libraryProvinces } from './library-provinces.ts';
import { indexPart, pagefindApi, partKey, trimMergedPart, type PagefindApi, type PartInput } from './pagefind-part.ts';

/**
 * Files Pagefind reads (globs relative to the output folder): what readers search — the report texts,
 * the library profiles, the awards and the metric dictionary. Not the compare tables (41 pages of every
 * library's numbers, mostly the same words; the metric dictionary explains each metric) nor the
 * timelines (their entries are the reports' 大事记, which the report pages hold), nor `/en/`.
 */
export const INDEXED = ['reports/**/*.html', 'libraries/**/*.html', 'metrics/**/*.html', 'awards/**/*.html'] as const;

/** The files INDEXED matches under `site`, with their sizes. */
function indexedFiles(site: string): IndexedFile[] {
  const paths = new Set(INDEXED.flatMap((glob) => globSync(glob, { cwd: site }).map((p) => p.split(sep).join('/'))));
  return [...paths].map((path) => ({ path, bytes: statSync(join(site, path)).size }));
}

/** At most this many parts are indexed at once (each Pagefind process holds one part's index in memory). */
export const MAX_INDEXERS = 4;

/** How many parts to index at once: YEARBOOK_SEARCH_INDEXERS, else the machine's cores, within 1…MAX_INDEXERS. */
export function indexerCount(env: string | undefined, cores: number): number {
  const asked = env === undefined || env === '' ? cores : Number(env);
  if (!Number.isInteger(asked) || asked < 1)
    throw new Error(`YEARBOOK_SEARCH_INDEXERS="${env}" is not a whole number ≥ 1`);
  return Math.min(asked, MAX_INDEXERS);
}

/** What the index needs to say how it went (Astro's integration logger, or the console in scripts/shard.ts). */
export type IndexLogger = Pick<AstroIntegrationLogger, 'info' | 'error'>;

/**
 * Builds the search index of the site in `site` (an output folder) into `site/pagefind/`; `contentDir`
 * (absolute) gives the libraries' provinces. The build calls it when it is done; a sharded build's
 * merge (scripts/shard.ts) calls it over the merged output.
 */
export async function buildSearchIndex(site: string, contentDir: string, logger: IndexLogger): Promise<void> {
  const budget = budgetFrom(process.env['YEARBOOK_SEARCH_PART_BYTES']);
  const files = indexedFiles(site);
  const provinces = libraryProvinces(contentDir);
  const scopeOf = (library: string): string | undefined => provinces.get(library);
  const plan = searchPlan(files, budget, scopeOf);
  const bytes = new Map(files.map((f) => [f.path, f.bytes]));
  const placeholderKeys = plan.parts.length > 1 ? [...FILTER_KEYS, ...(plan.scoped ? [SCOPE_KEY] : [])] : undefined;
  const input = (i: number): PartInput => ({
    site,
    paths: plan.parts[i]?.paths ?? [],
    added: (path) => (plan.scoped ? { [SCOPE_KEY]: pageScope(path, scopeOf) } : {}),
    placeholderKeys,
  });
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
    const out = join(site, 'pagefind');
    const cache = sharedBuildCache();
    let reused = 0;
    const count = plan.parts.length;
    const indexOne = async (api: PagefindApi, i: number): Promise<void> => {
      const part = input(i);
      const outputPath = join(out, partFolder(i));
      // A part whose pages are byte for byte those of an earlier build gets that build's index (the
      // index of the same pages is the same: the build is deterministic, scripts/determinism.sh).
      const key = cache && (await partKey(part, i));
      if (key && cache.restoreDir('pagefind-part', key, outputPath)) {
        reused++;
        return;
      }
      await indexPart(api, part, outputPath);
      if (i > 0) trimMergedPart(outputPath);
      if (key) cache.storeDir('pagefind-part', key, outputPath);
      const mb = part.paths.reduce((sum, p) => sum + (bytes.get(p) ?? 0), 0) / 1e6;
      const scopes = plan.parts[i]?.scopes.join('、') ?? '';
      logger.info(
        `search index part ${i + 1}/${count}: ${part.paths.length} pages, ${mb.toFixed(1)} MB${scopes ? ` (${scopes})` : ''} → ${outputPath}`,
      );
    };
    // Part 1 alone first: its folder holds the others. Then each indexer takes the next part left.
    if (count) await indexOne(await pagefindApi(0), 0);
    let next = 1;
    const indexers = indexerCount(process.env['YEARBOOK_SEARCH_INDEXERS'], availableParallelism());
    const indexer = async (n: number): Promise<void> => {
      const api = await pagefindApi(n);
      for (let i = next++; i < count; i = next++) await indexOne(api, i);
    };
    await Promise.all(Array.from({ length: Math.min(indexers, count - 1) }, (_, n) => indexer(n)));
    if (reused) logger.info(`search index: ${reused} of ${count} part(s) unchanged, reused`);
    const manifest = partsManifest(plan.parts.map((p) => p.scopes));
    await writeFile(join(out, 'parts.json'), `${JSON.stringify(manifest)}\n`);
    const scoped = plan.scoped ? `, by province (${manifest.scopes.length})` : '';
    logger.info(`search index: ${files.length} pages in ${count} part(s)${scoped} → ${out}`);
    finished = true;
  } finally {
    process.off('beforeExit', died);
  }
}

/** The integration. Pagefind's extended binary (from the npm package) segments Chinese. */
export function pagefindIndex(): AstroIntegration {
  let root = process.cwd();
  return {
    name: 'yearbook:pagefind',
    hooks: {
      'astro:config:setup': ({ config }) => {
        root = fileURLToPath(config.root);
      },
      'astro:build:done': async ({ dir, logger }) => {
        // A shard has only some of the pages: the merge indexes them all (scripts/shard.ts).
        if (parseShard(process.env['YEARBOOK_SHARD'])) return;
        await buildSearchIndex(fileURLToPath(dir), resolve(root, CONTENT_DIR), logger);
      },
    },
  };
}
