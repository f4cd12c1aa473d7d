/**
 * A search index readers can choose a slice of. Pure.
 *
 * On a small site the index is one part and every query searches all of it. Once the indexed pages no
 * longer fit one part, a query over every part costs a phone too much: each part adds its entry,
 * metadata, filter and word chunks, and a common word's chunks grow with every report. So a large index
 * is cut by province, the way readers narrow a search: the cross-library pages (metric dictionary,
 * awards) form the common part, always searched; every library's pages go to its province's part, and
 * small provinces share a part (packed in name order, each whole, within the part budget; a province
 * larger than a part gets parts of its own, cut by `searchParts`). The search page asks which province —
 * or all of them — and loads only the parts that hold it. Every indexed page carries the `scope` filter
 * (its province, or COMMON_SCOPE), so a province's search excludes the other provinces sharing its part.
 */
import { searchParts, unitOf, type IndexedFile, type PartBudget } from './index-parts.ts';

/** The `scope` filter value of the cross-library pages, searched whatever province is chosen. */
export const COMMON_SCOPE = '全国';

/** The filter the build adds to every page of a scoped index (pages never declare it themselves). */
export const SCOPE_KEY = 'scope';

/** One part of the index: its pages, and the provinces whose pages it holds (none for a common part). */
export interface PlannedPart {
  readonly paths: readonly string[];
  readonly scopes: readonly string[];
}

/** How the index is cut: `scoped` when the pages did not fit one part and carry the `scope` filter. */
export interface SearchPlan {
  readonly scoped: boolean;
  readonly parts: readonly PlannedPart[];
}

/** Code-unit order: the same on every machine, unlike a locale compare. */
const byCodeUnit = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

const total = (files: readonly IndexedFile[]): number => files.reduce((sum, f) => sum + f.bytes, 0);

/**
 * The parts for `files`. `scopeOf` gives a library's province (by library id); a library it does not
 * know is an error, so no page silently falls out of every province's search.
 */
export function searchPlan(
  files: readonly IndexedFile[],
  budget: PartBudget,
  scopeOf: (library: string) => string | undefined,
): SearchPlan {
  const fits = (fs: readonly IndexedFile[]): boolean => total(fs) <= budget.bytes && fs.length <= budget.pages;
  if (fits(files)) return { scoped: false, parts: searchParts(files, budget).map((paths) => ({ paths, scopes: [] })) };

  const common: IndexedFile[] = [];
  const byScope = new Map<string, IndexedFile[]>();
  for (const f of files) {
    const unit = unitOf(f.path);
    if (!unit.startsWith('library:')) {
      common.push(f);
      continue;
    }
    const library = unit.slice('library:'.length);
    const scope = scopeOf(library);
    if (scope === undefined) throw new Error(`search index: no province for library "${library}" (${f.path})`);
    if (scope === COMMON_SCOPE) throw new Error(`search index: province "${scope}" is the common scope's name`);
    const list = byScope.get(scope);
    if (list) list.push(f);
    else byScope.set(scope, [f]);
  }

  const parts: PlannedPart[] = searchParts(common, budget).map((paths) => ({ paths, scopes: [] }));
  let current: { paths: string[]; scopes: string[]; bytes: number; pages: number } | undefined;
  const close = (): void => {
    if (current) parts.push({ paths: current.paths, scopes: current.scopes });
    current = undefined;
  };
  for (const scope of [...byScope.keys()].sort(byCodeUnit)) {
    const own = byScope.get(scope) ?? [];
    if (!fits(own)) {
      close();
      for (const paths of searchParts(own, budget)) parts.push({ paths, scopes: [scope] });
      continue;
    }
    const bytes = total(own);
    if (current && (current.bytes + bytes > budget.bytes || current.pages + own.length > budget.pages)) close();
    current ??= { paths: [], scopes: [], bytes: 0, pages: 0 };
    // Within a part, pages in the order searchParts gives them (by library, then path).
    current.paths.push(...(searchParts(own, { bytes: Infinity, pages: Infinity })[0] ?? []));
    current.scopes.push(scope);
    current.bytes += bytes;
    current.pages += own.length;
  }
  close();
  return { scoped: true, parts };
}

/** The `scope` filter value of a page of a scoped index. */
export function pageScope(path: string, scopeOf: (library: string) => string | undefined): string {
  const unit = unitOf(path);
  return unit.startsWith('library:') ? (scopeOf(unit.slice('library:'.length)) ?? COMMON_SCOPE) : COMMON_SCOPE;
}
