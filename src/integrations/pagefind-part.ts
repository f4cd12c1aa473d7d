/**
 * One part of the search index: its pages read, prepared (`src/lib/search/index-html.ts`) and added to a
 * fresh Pagefind process in path order, written to its folder, the process stopped. Used by the search
 * index integration (`pagefind.ts`), which decides the parts and runs several at once.
 */
import { createHash } from 'node:crypto';
import { readdirSync, rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import * as pagefind from 'pagefind';
import { indexHtml } from '../lib/search/index-html.ts';
import {
  FILTER_KEYS,
  filterKeysIn,
  htmlLang,
  pageUrl,
  PLACEHOLDER_VALUE,
  usedByMerge,
} from '../lib/search/index-parts.ts';
import { SCOPE_KEY } from '../lib/search/scopes.ts';

export type PagefindApi = typeof pagefind;

/**
 * Pagefind's Node API runs one indexer process per module instance; instance `n` > 0 is the same module
 * imported under another URL (`?indexer=n`), so it starts a process of its own.
 */
export async function pagefindApi(n: number): Promise<PagefindApi> {
  if (n === 0) return pagefind;
  return (await nativeImport(`${import.meta.resolve('pagefind')}?indexer=${n}`)) as PagefindApi;
}

/**
 * Node's own `import()`: this module is loaded through Vite's module runner (with the Astro config), which
 * is closed by the time the build is done and would not load the same file twice anyway.
 */
// eslint-disable-next-line @typescript-eslint/no-implied-eval -- a fixed string, no input: the only way past Vite's rewrite of import()
const nativeImport = new Function('specifier', 'return import(specifier)') as (specifier: string) => Promise<unknown>;

/** What to index: pages (relative to `site`) and the filters the build adds to each (the province scope). */
export interface PartInput {
  readonly site: string;
  readonly paths: readonly string[];
  /** Filters the build adds to a page (key → value), e.g. `{ scope: '广东省' }`; none when not scoped. */
  readonly added: (path: string) => Readonly<Record<string, string>>;
  /** Filter keys every part must know (see FILTER_KEYS); with more than one part, a placeholder has them all. */
  readonly placeholderKeys: readonly string[] | undefined;
}

/** A page as the index reads it; fails on a filter key the search page does not know or one the build adds. */
async function pageForIndex(input: PartInput, path: string): Promise<string> {
  const content = await readFile(join(input.site, path), 'utf8');
  const keys = filterKeysIn(content);
  const unknown = keys.filter((k) => !(FILTER_KEYS as readonly string[]).includes(k));
  if (unknown.length) {
    const why = unknown.includes(SCOPE_KEY) ? `"${SCOPE_KEY}" is added by the build` : 'it is not in FILTER_KEYS';
    throw new Error(`${path}: search filter "${unknown.join('", "')}": ${why} (src/lib/search/index-parts.ts)`);
  }
  return indexHtml(content, input.added(path));
}

/**
 * The key of a part's index besides the code (which the cache's own key holds): its position, placeholder,
 * and each page's path, filters added and bytes as built. What a page is indexed as (`pageForIndex`) is a
 * function of these and the code, so the same key means the same index. A part is checked when it is
 * indexed (`pageForIndex` refuses unknown filter keys); a reused part's pages are byte for byte those of the
 * build that indexed and checked them. The bytes as read, not the text prepared for Pagefind: preparing and
 * encoding every indexed page again, in every build, took about 1.3 s at 400 reports.
 */
export async function partKey(input: PartInput, i: number): Promise<string> {
  const hash = createHash('sha1').update(`${i}\0${JSON.stringify(input.placeholderKeys ?? null)}\0`);
  for (const path of input.paths)
    hash
      .update(`${path}\0${JSON.stringify(input.added(path))}\0`)
      .update(await readFile(join(input.site, path)))
      .update('\0');
  return hash.digest('hex');
}

/** Indexes the part with a fresh process of `api` into `outputPath`, then stops it. */
export async function indexPart(api: PagefindApi, input: PartInput, outputPath: string): Promise<void> {
  try {
    const { index, errors } = await api.createIndex();
    if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
    let language: string | undefined;
    // Pages are added one after another in path order: Pagefind numbers them in the order they arrive, so
    // adding several at once made the index differ from build to build (and a cached part unreproducible).
    for (const path of input.paths) {
      const content = await pageForIndex(input, path);
      language ??= htmlLang(content);
      const added = await index.addHTMLFile({ url: pageUrl(path), content });
      if (added.errors.length) throw new Error(`Pagefind (${path}): ${added.errors.join('; ')}`);
    }
    if (input.placeholderKeys && language) {
      // No text, so no query finds it; its filter value is never selected, so no filter does either.
      const filters = Object.fromEntries(input.placeholderKeys.map((k) => [k, [PLACEHOLDER_VALUE]]));
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

/** Removes from an extra part's folder what merging it never loads (scripts, UI, WebAssembly). */
export function trimMergedPart(folder: string): void {
  for (const entry of readdirSync(folder, { recursive: true, withFileTypes: true })) {
    const path = relative(folder, join(entry.parentPath, entry.name)).split(sep).join('/');
    if (entry.isFile() && !usedByMerge(path)) rmSync(join(folder, path));
  }
}
