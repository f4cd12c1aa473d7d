/**
 * A national build split across machines (scripts/shard.ts): shard k of n renders the pages of its
 * libraries — every page whose path names one of them (`/reports/<id>/…`, `/libraries/<id>/`,
 * `/og/<id>.png`, `/charts/monthly-<id>.png`, their English twins, …) — and shard 1 also every page that
 * names no library (compare, metrics, timelines by year, downloads, home). Each shard loads the whole
 * corpus, so a page is the same bytes whichever machine renders it; the merge takes each file from the
 * shard that wrote it and builds the search index over the result. Pure.
 */

/** Shard `index` (1-based) of `count`. */
export interface Shard {
  readonly index: number;
  readonly count: number;
}

/** `YEARBOOK_SHARD=k/n`, or undefined for a whole build; anything else is an error naming the variable. */
export function parseShard(env: string | undefined): Shard | undefined {
  if (env === undefined || env === '') return undefined;
  const m = /^(\d+)\/(\d+)$/.exec(env.trim());
  const index = Number(m?.[1]);
  const count = Number(m?.[2]);
  if (!m || count < 1 || index < 1 || index > count)
    throw new Error(`YEARBOOK_SHARD="${env}" must be k/n with 1 ≤ k ≤ n, e.g. 2/4`);
  return { index, count };
}

/** FNV-1a (32-bit): a small stable hash, the same on every machine. */
function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (const byte of new TextEncoder().encode(s)) h = Math.imul(h ^ byte, 0x01000193) >>> 0;
  return h;
}

/** The shard (1-based) that renders the pages of library `id`. */
export const libraryShard = (id: string, count: number): number => 1 + ((fnv1a(id) >>> 8) % count);

/**
 * The library a site path belongs to, if any: the first segment that is a library id, as it is or as a
 * file stem (`beihai.png`, `monthly-beihai.png`, `monthly-beihai.csv`, `monthly-beihai`).
 */
export function libraryOfPath(path: string, libraries: ReadonlySet<string>): string | undefined {
  for (const segment of path.split('/')) {
    const stem = segment.replace(/\.(png|csv|json|html)$/, '').replace(/^monthly-/, '');
    if (libraries.has(stem)) return stem;
  }
  return undefined;
}

/** The shard that renders the page at `path` (relative to the base): its library's, or 1. */
export function shardOfPath(path: string, libraries: ReadonlySet<string>, count: number): number {
  const library = libraryOfPath(path, libraries);
  return library === undefined ? 1 : libraryShard(library, count);
}
