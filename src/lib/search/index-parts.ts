/**
 * Splits the pages the search index covers into parts of bounded size. Pure.
 *
 * Pagefind keeps a whole index in memory until it writes it, so one index over a large site needs more
 * memory than a build machine has. The build indexes each part on its own (one Pagefind process at a
 * time) and the search page merges the parts in the browser. A site that fits the budget stays one part.
 *
 * Which pages go together: all pages of one library (`reports/<id>/…`, `libraries/<id>/`,
 * `timeline/<id>/`) form a unit, and each cross-library section (`compare/`, `metrics/`, …) another;
 * units are taken in a fixed order (sections, then libraries by id) and packed in sequence. A part is
 * closed when the next unit would not fit, or — once it is two-thirds full — before a unit whose id
 * hashes to an "anchor" (about one in six). Anchors depend on the id alone, so boundaries fall at the same
 * libraries from build to build: adding or growing one library usually changes its own part and maybe the
 * next, where plain greedy packing would move every boundary after it. Unchanged parts are written
 * byte-identical, so browsers keep them cached across deploys. (Parts fill to ~80% of the budget on
 * average; this also keeps the number of parts, which each query fetches from, close to the minimum.)
 */

/** One page file, as the build found it. */
export interface IndexedFile {
  /** Path relative to the output folder, with `/` separators, e.g. `reports/beihai/2021/index.html`. */
  readonly path: string;
  /** Size in bytes. */
  readonly bytes: number;
}

/** The most one part may hold (a single file larger than `bytes` still gets a part of its own). */
export interface PartBudget {
  readonly bytes: number;
  readonly pages: number;
}

/** Roughly one unit in this many is an anchor (see the module comment): tuned with the test's sweep. */
const ANCHOR_EVERY = 6;

/** The unit a page belongs to: its library's id for per-library pages, else its top-level section. */
export function unitOf(path: string): string {
  const [section = '', id] = path.split('/');
  return ['reports', 'libraries', 'timeline'].includes(section) && id && !id.endsWith('.html')
    ? `library:${id}`
    : `section:${section}`;
}

/** FNV-1a (32-bit) of a string: a small stable hash, the same on every machine and Node version. */
function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (const byte of new TextEncoder().encode(s)) h = Math.imul(h ^ byte, 0x01000193) >>> 0;
  return h;
}

// The top byte: FNV's low bits mix poorly (they depend only on the low bits of each character).
const isAnchor = (unit: string): boolean => (fnv1a(unit) >>> 24) % ANCHOR_EVERY === 0;

/** Code-unit order: the same on every machine, unlike a locale compare. */
const byCodeUnit = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The parts, each a list of paths: every file in exactly one part, deterministic for the same input in
 * any order. One part when everything fits the budget — also when there is no file, so the search page
 * always finds a first bundle.
 */
export function searchParts(files: readonly IndexedFile[], budget: PartBudget): string[][] {
  if (!(budget.bytes > 0 && budget.pages >= 1))
    throw new RangeError(`bad search part budget ${JSON.stringify(budget)}`);
  const units = new Map<string, IndexedFile[]>();
  for (const f of [...files].sort((a, b) => byCodeUnit(a.path, b.path))) {
    const key = unitOf(f.path);
    const unit = units.get(key);
    if (unit) unit.push(f);
    else units.set(key, [f]);
  }
  const order = [...units.keys()].sort((a, b) => byCodeUnit(rank(a), rank(b)));
  const total = files.reduce((sum, f) => sum + f.bytes, 0);
  if (total <= budget.bytes && files.length <= budget.pages) {
    return [order.flatMap((key) => (units.get(key) ?? []).map((f) => f.path))];
  }

  const parts: string[][] = [];
  let current: string[] = [];
  let bytes = 0;
  const close = (): void => {
    if (current.length) parts.push(current);
    current = [];
    bytes = 0;
  };
  for (const key of order) {
    const unit = units.get(key) ?? [];
    const size = unit.reduce((sum, f) => sum + f.bytes, 0);
    const fitsAlone = size <= budget.bytes && unit.length <= budget.pages;
    const overflows = bytes + size > budget.bytes || current.length + unit.length > budget.pages;
    if ((overflows && fitsAlone) || (isAnchor(key) && 3 * bytes >= 2 * budget.bytes)) close();
    // A unit larger than a whole part (a big cross-library section) is split file by file.
    for (const f of unit) {
      if (current.length && (bytes + f.bytes > budget.bytes || current.length + 1 > budget.pages)) close();
      current.push(f.path);
      bytes += f.bytes;
    }
  }
  close();
  return parts;
}

/** Sort key of a unit: cross-library sections first, then libraries by id. */
const rank = (unit: string): string => (unit.startsWith('section:') ? `0${unit}` : `1${unit}`);

/**
 * The URL Pagefind records for a page, relative to the site's base (the search page adds the base):
 * `reports/x/2021/index.html` → `/reports/x/2021/`, the same as Pagefind computes when it reads a folder.
 */
export function pageUrl(path: string): string {
  return `/${path.replace(/(^|\/)index\.html$/, '$1')}`;
}

/** Where part `i` (0-based) is written, relative to the `pagefind/` folder: the first part is the folder itself. */
export const partFolder = (i: number): string => (i === 0 ? '' : `part-${i + 1}/`);

/**
 * The default budget, from a measurement on the 400-report benchmark corpus (Pagefind 1.6; peak = the
 * `pagefind_extended` process's VmHWM, reached while `writeFiles` builds the bundle). The peak grows
 * linearly with the HTML read, and depends on the page type: per-library pages (reports, profiles,
 * timelines) cost ~28 MB per MB (40 MB → 1.18 GB, 48 MB → 1.36 GB), compare tables far less (a 34 MB part
 * of them peaked near 0.3 GB); a mix of all, ~23 MB per MB (80 MB → 1.86 GB; the whole 162 MB, one index,
 * → 3.9 GB). 40 MB of the costliest pages stays near 1.2 GB, well under 1.5 GB. The page cap only matters
 * for sites of many tiny pages.
 */
export const DEFAULT_BUDGET: PartBudget = { bytes: 40_000_000, pages: 2_000 };

/**
 * The budget for a build: the default, or `YEARBOOK_SEARCH_PART_BYTES` (a whole number of bytes) when
 * set — tests lower it to split a small site into several parts.
 */
export function budgetFrom(bytes: string | undefined): PartBudget {
  if (bytes === undefined || bytes === '') return DEFAULT_BUDGET;
  const n = Number(bytes);
  if (!Number.isSafeInteger(n) || n <= 0) {
    throw new RangeError(`YEARBOOK_SEARCH_PART_BYTES must be a whole number of bytes, got "${bytes}"`);
  }
  return { ...DEFAULT_BUDGET, bytes: n };
}

/** `pagefind/parts.json`: the bundles the search page merges into the first one. */
export interface PartsManifest {
  /** Folders relative to `pagefind/`, e.g. `part-2/`; empty for a one-part index. */
  readonly parts: readonly string[];
  /**
   * A scoped index (`scopes.ts`): each province and the extra parts holding its pages, in name order.
   * Empty when the index is not scoped: then every query searches every part.
   */
  readonly scopes: readonly ManifestScope[];
}

/** One province of a scoped index. */
export interface ManifestScope {
  readonly name: string;
  /** Folders (from `parts`) to merge for this province; the first part is always searched. */
  readonly parts: readonly string[];
}

/**
 * The manifest for parts whose scopes are `scopes` (one list per part, the first part's included; a part
 * of cross-library pages has none). An unscoped index passes lists that are all empty.
 */
export function partsManifest(scopes: readonly (readonly string[])[]): PartsManifest {
  const names = [...new Set(scopes.flat())].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return {
    parts: scopes.slice(1).map((_, i) => partFolder(i + 1)),
    scopes: names.map((name) => ({
      name,
      parts: scopes.flatMap((s, i) => (i > 0 && s.includes(name) ? [partFolder(i)] : [])),
    })),
  };
}

/**
 * Whether a file Pagefind wrote into an extra part (path relative to that part's folder) is used when the
 * part is merged: its entry, metadata and chunks are; its copies of the scripts, UI and WebAssembly
 * (~0.6 MB per part) never are — the first part's serve the whole search.
 */
export const usedByMerge = (path: string): boolean =>
  path === 'pagefind-entry.json' || /^[^/]+\.pf_meta$/.test(path) || /^(index|fragment|filter)\//.test(path);

const isPartFolder = (p: unknown): p is string => typeof p === 'string' && /^part-\d+\/$/.test(p);

/** Reads a fetched manifest, refusing anything but `part-N/` folders (they become URLs to load). */
export function readPartsManifest(json: unknown): PartsManifest {
  const bad = (): TypeError =>
    new TypeError('pagefind/parts.json: expected { "parts": ["part-2/", …], "scopes": [{ "name", "parts" }, …] }');
  const m = (json ?? {}) as Partial<Record<keyof PartsManifest, unknown>>;
  const { parts, scopes = [] } = m;
  if (!Array.isArray(parts) || !parts.every(isPartFolder) || !Array.isArray(scopes)) throw bad();
  for (const s of scopes as unknown[]) {
    const { name, parts: own } = (s ?? {}) as Partial<Record<keyof ManifestScope, unknown>>;
    if (typeof name !== 'string' || !Array.isArray(own) || !own.every((p) => isPartFolder(p) && parts.includes(p)))
      throw bad();
  }
  return { parts, scopes: scopes as ManifestScope[] };
}

/**
 * The filter keys pages carry (`src/components/pages/SearchMeta.astro`). Every part of a split index must know
 * each of them: Pagefind ignores a filter on a key its index lacks, so a part without library pages (one
 * of compare tables) would answer a library-filtered query with all its matches. The build gives each
 * part a placeholder record holding every key, and fails on a page with a key missing here.
 */
export const FILTER_KEYS = ['library', 'year'] as const;

/** The placeholder record's filter value: never a real one; the search page hides it from its selects. */
export const PLACEHOLDER_VALUE = '∅';

/** The filter keys a page's HTML declares (`data-pagefind-filter="key:value"` or `="key"`). */
export const filterKeysIn = (html: string): string[] => [
  ...new Set([...html.matchAll(/data-pagefind-filter="([^":,]+)/g)].map((m) => (m[1] ?? '').trim())),
];

/** The language Pagefind files a page under: its `<html lang>`, lower-cased (`zh-CN` → `zh-cn`). */
export const htmlLang = (html: string): string | undefined =>
  /<html[^>]*\slang="([^"]+)"/i.exec(html)?.[1]?.toLowerCase();
