/**
 * Who reports each metric, for the metric dictionaries (`/metrics/`, `/en/metrics/`): one label per
 * library, `北海市图书馆（2020、2021）`. Built once from all figure rows in one pass (the page used to filter
 * every row for every row, which grew with the square of the corpus).
 */

/** The fields of a figure row this needs. */
export interface ReporterRow {
  readonly metric: string;
  readonly library: string;
  readonly libraryName: string;
  readonly year: number;
}

/** One library's label from its name and years (row order, no repeats). */
export type ReporterLabel = (name: string, years: readonly number[]) => string;

/** The Chinese label: `北海市图书馆（2020、2021）`. */
export const reporterLabelZh: ReporterLabel = (name, years) => `${name}（${years.join('、')}）`;

/** The English label: `Beihai City Library (2020, 2021)`. */
export const reporterLabelEn: ReporterLabel = (name, years) => `${name} (${years.join(', ')})`;

/**
 * Metric id → labels (`库名（年、年）` unless `label` says otherwise), libraries in the order of their
 * first row, years in row order without repeats; identical labels (two libraries of the same name and
 * years) appear once.
 */
export function reportersByMetric(
  rows: readonly ReporterRow[],
  label: ReporterLabel = reporterLabelZh,
): Map<string, string[]> {
  const byMetric = new Map<string, Map<string, { name: string; years: Set<number> }>>();
  for (const r of rows) {
    let libs = byMetric.get(r.metric);
    if (!libs) {
      libs = new Map<string, { name: string; years: Set<number> }>();
      byMetric.set(r.metric, libs);
    }
    let lib = libs.get(r.library);
    if (!lib) libs.set(r.library, (lib = { name: r.libraryName, years: new Set() }));
    lib.years.add(r.year);
  }
  return new Map(
    [...byMetric].map(([metric, libs]) => [
      metric,
      [...new Set([...libs.values()].map((l) => label(l.name, [...l.years])))],
    ]),
  );
}
