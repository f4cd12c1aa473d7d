/**
 * The small multiples of a library profile as chart specs: one bar strip per metric the library reports
 * in two or more years. The same `lineSpec` as the compare pages (restricted to the library), so the
 * profile's small multiple, its table and its CSV download (`/data/charts/<id>.csv`) hold one set of
 * points. Pure.
 */
import type { FigureRow } from '../model/figure-rows.ts';
import { groupBy } from '../group-by.ts';
import type { Swatch } from '../charts/palette.ts';
import { multiYear } from './profile.ts';
import { lineSpec, type ChartSpec } from '../charts/specs.ts';

/** One library's small multiples, in the order of `metrics` (the catalog's). */
export function profileSpecs(
  rows: readonly FigureRow[],
  library: string,
  metrics: readonly string[],
  colors: ReadonlyMap<string, Swatch>,
): ChartSpec[] {
  const own = rows.filter((r) => r.library === library);
  return multiYear(own, metrics).flatMap((m) => lineSpec(own, m.metric, colors, [library]) ?? []);
}

/** Every library's small multiples (for the CSV endpoint), libraries in id order. */
export function allProfileSpecs(
  rows: readonly FigureRow[],
  metrics: readonly string[],
  colors: ReadonlyMap<string, Swatch>,
): ChartSpec[] {
  // Grouped once: each library's specs then read its own rows, not every row of the corpus.
  const byLibrary = groupBy(rows, (r) => r.library);
  const libraries = [...byLibrary.keys()].sort((a, b) => a.localeCompare(b));
  return libraries.flatMap((lib) => profileSpecs(byLibrary.get(lib) ?? [], lib, metrics, colors));
}

/** The years a profile's small multiple spans (its categories are written `2021年`), for column heads. */
export const specYears = (spec: Pick<ChartSpec, 'categories'>): number[] =>
  spec.categories.map((c) => Number.parseInt(c, 10));
