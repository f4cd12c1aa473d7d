/**
 * What the awards page shows: every award of the corpus by report year (newest first), the honours
 * counted by level, the entries that are not honours counted by kind, and each library's count. Pure;
 * the page puts its language's words around it.
 */
import { countBy, groupBy } from '../group-by.ts';
import { isHonour, levelCounts, otherKindCounts, type AwardRow } from '../model/awards.ts';

export interface AwardsPageView {
  /** Every entry, honours or not. */
  readonly total: number;
  /** Titles, prizes and selections: what the counts by level count. */
  readonly honours: number;
  readonly levels: ReturnType<typeof levelCounts>;
  /** Cases presented and other entries, by kind: named, not counted as honours. */
  readonly others: ReturnType<typeof otherKindCounts>;
  /** Every library in the given order, with its count (0 included). */
  readonly perLibrary: readonly { readonly id: string; readonly name: string; readonly count: number }[];
  /** Report years, newest first, each with its awards in `awards` order. */
  readonly years: readonly { readonly year: number; readonly awards: readonly AwardRow[] }[];
}

/** `awards` newest first (`collectAwards`); `libraries` in display order; `names` id → name. */
export function awardsPageView(
  awards: readonly AwardRow[],
  libraries: readonly { readonly id: string }[],
  names: ReadonlyMap<string, string>,
): AwardsPageView {
  // Counted and grouped in one pass each, not one filter over every award per library or year.
  const perLibrary = countBy(awards, (a) => a.library);
  const byYear = groupBy(awards, (a) => a.year);
  return {
    total: awards.length,
    honours: awards.filter((a) => isHonour(a.kind)).length,
    levels: levelCounts(awards),
    others: otherKindCounts(awards),
    perLibrary: libraries.map(({ id }) => ({ id, name: names.get(id) ?? id, count: perLibrary.get(id) ?? 0 })),
    years: [...byYear.keys()].sort((a, b) => b - a).map((year) => ({ year, awards: byYear.get(year) ?? [] })),
  };
}
