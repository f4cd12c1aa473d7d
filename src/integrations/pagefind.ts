/**
 * Builds the Pagefind search index as the last step of `astro build`, with Pagefind's Node API over the
 * output folder (wherever YEARBOOK_OUT_DIR puts it), into `<outDir>/pagefind/`. The index holds URLs
 * relative to the output folder; the search page passes the base path to Pagefind as `baseUrl`, so the
 * same index works at the root and under a sub-path. Pages opt in with `data-pagefind-body`.
 *
 * Pagefind holds a whole index in memory until it writes it (~23× the HTML it reads), so a large site is
 * indexed in parts of bounded size (`src/lib/search/index-parts.ts`), one Pagefind process per part, each
 * closed before the next starts: the build's peak is one part's, not the site's. Part 1 is written to
 * `pagefind/` (a small site has only this one), part N to `pagefind/part-N/`, and `pagefind/parts.json`
 * lists the extra parts for the search page to merge (Pagefind's `mergeIndex`).
 */
import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { globSync, readdirSync, rmSync, statSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { join, relative, sep } from 'node:path';
import * as pagefind from 'pagefind';
import { sharedBuildCache } from '../lib/cache-store.ts';
import {
  budgetFrom,
  FILTER_KEYS,
  filterKeysIn,
  htmlLang,
  pageUrl,
  PLACEHOLDER_VALUE,
  partFolder,
  partsManifest,
  searchParts,
  usedByMerge,
  type IndexedFile,
} from '../lib/search/index-parts.ts';

/**
 * Files Pagefind reads (globs relative to the output folder): reports, library profiles, compare and
 * metric pages, awards, and the per-library timelines (`timeline/<id>/`, not the all-library pages).
 * Only the page types that carry `data-pagefind-body` are read at all: Pagefind would otherwise parse
 * every page (the all-library timeline, /en/, …) only to skip it.
 */
export const INDEXED = [
  'reports/**/*.html',
  'libraries/**/*.html',
  'compare/**/*.html',
  'metrics/**/*.html',
  'awards/**/*.html',
  'timeline/*/index.html',
] as const;

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

type PagefindApi = typeof pagefind;

/**
 * Pagefind's Node API runs one indexer process per module instance; instance `n` > 0 is the same module
 * imported under another URL (`?indexer=n`), so it starts a process of its own.
 */
async function pagefindApi(n: number): Promise<PagefindApi> {
  if (n === 0) return pagefind;
  return (await nativeImport(`${import.meta.resolve('pagefind')}?indexer=${n}`)) as PagefindApi;
}

/**
 * Node's own `import()`: this module is loaded through Vite's module runner (with the Astro config), which
 * is closed by the time the build is done and would not load the same file twice anyway.
 */
// eslint-disable-next-line @typescript-eslint/no-implied-eval -- a fixed string, no input: the only way past Vite's rewrite of import()
const nativeImport = new Function('specifier', 'return import(specifier)') as (specifier: string) => Promise<unknown>;

/**
 * Indexes `paths` (relative to `site`) with a fresh process of `api` into `outputPath`, then stops it.
 * With `placeholder`, adds the record that gives the part every filter key (see FILTER_KEYS).
 */
async function indexPart(
  api: PagefindApi,
  site: string,
  paths: readonly string[],
  outputPath: string,
  placeholder: boolean,
): Promise<void> {
  try {
    const { index, errors } = await api.createIndex();
    if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
    let language: string | undefined;
    // Pages are added one after another in path order: Pagefind numbers them in the order they arrive, so
    // adding several at once made the index differ from build to build (and a cached part unreproducible).
    for (const path of paths) {
      const content = await readFile(join(site, path), 'utf8');
      const unknown = filterKeysIn(content).filter((k) => !(FILTER_KEYS as readonly string[]).includes(k));
      if (unknown.length) {
        throw new Error(
          `${path}: search filter "${unknown.join('", "')}" is not in FILTER_KEYS (src/lib/search/index-parts.ts)`,
        );
      }
      language ??= htmlLang(content);
      const added = await index.addHTMLFile({ url: pageUrl(path), content });
      if (added.errors.length) throw new Error(`Pagefind (${path}): ${added.errors.join('; ')}`);
    }
    if (placeholder && language) {
      // No text, so no query finds it; its filter value is never selected, so no filter does either.
      const filters = Object.fromEntries(FILTER_KEYS.map((k) => [k, [PLACEHOLDER_VALUE]]));
      const added = await index.addCustomRecord({ url: '/', content: '', language, filters });
      if (added.errors.length) throw new Error(`Pagefind (placeholder record): ${added.errors.join('; ')}`);
    }
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
    await index.deleteIndex();
  } finally {
    // Ends the process, so the memory of this part is returned before the next one starts.
    await api.close();
  }
}

/** What a part's index depends on besides the code: its position, whether it has a placeholder, its pages. */
async function partKey(site: string, paths: readonly string[], i: number, placeholder: boolean): Promise<string> {
  const hash = createHash('sha1').update(`${i}\0${placeholder}\0`);
  for (const path of paths)
    hash
      .update(`${path}\0`)
      .update(await readFile(join(site, path)))
      .update('\0');
  return hash.digest('hex');
}

/** Removes from an extra part's folder what merging it never loads (scripts, UI, WebAssembly). */
function trimMergedPart(folder: string): void {
  for (const entry of readdirSync(folder, { recursive: true, withFileTypes: true })) {
    const path = relative(folder, join(entry.parentPath, entry.name)).split(sep).join('/');
    if (entry.isFile() && !usedByMerge(path)) rmSync(join(folder, path));
  }
}

/** The integration. Pagefind's extended binary (from the npm package) segments Chinese. */
export function pagefindIndex(): AstroIntegration {
  return {
    name: 'yearbook:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const budget = budgetFrom(process.env['YEARBOOK_SEARCH_PART_BYTES']);
        const files = indexedFiles(site);
        const parts = searchParts(files, budget);
        const bytes = new Map(files.map((f) => [f.path, f.bytes]));
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
          const root = join(site, 'pagefind');
          const cache = sharedBuildCache();
          let reused = 0;
          const indexOne = async (api: PagefindApi, i: number): Promise<void> => {
            const paths = parts[i] ?? [];
            const outputPath = join(root, partFolder(i));
            // A part whose pages are byte for byte those of an earlier build gets that build's index (the
            // index of the same pages is the same: the build is deterministic, scripts/determinism.sh).
            const key = cache && (await partKey(site, paths, i, parts.length > 1));
            if (key && cache.restoreDir('pagefind-part', key, outputPath)) {
              reused++;
              return;
            }
            await indexPart(api, site, paths, outputPath, parts.length > 1);
            if (i > 0) trimMergedPart(outputPath);
            if (key) cache.storeDir('pagefind-part', key, outputPath);
            const mb = paths.reduce((sum, p) => sum + (bytes.get(p) ?? 0), 0) / 1e6;
            logger.info(
              `search index part ${i + 1}/${parts.length}: ${paths.length} pages, ${mb.toFixed(1)} MB → ${outputPath}`,
            );
          };
          // Part 1 alone first: its folder holds the others. Then each indexer takes the next part left.
          if (parts.length) await indexOne(pagefind, 0);
          let next = 1;
          const indexers = indexerCount(process.env['YEARBOOK_SEARCH_INDEXERS'], availableParallelism());
          const indexer = async (n: number): Promise<void> => {
            const api = await pagefindApi(n);
            for (let i = next++; i < parts.length; i = next++) await indexOne(api, i);
          };
          await Promise.all(Array.from({ length: Math.min(indexers, parts.length - 1) }, (_, n) => indexer(n)));
          if (reused) logger.info(`search index: ${reused} of ${parts.length} part(s) unchanged, reused`);
          await writeFile(join(root, 'parts.json'), `${JSON.stringify(partsManifest(parts.length))}\n`);
          logger.info(`search index: ${files.length} pages in ${parts.length} part(s) → ${root}`);
          finished = true;
        } finally {
          process.off('beforeExit', died);
        }
      },
    },
  };
}
