/**
 * What the home page shows, in either language: each library's latest report side by side, one row per
 * home headline metric that at least one of those reports gives. Pure.
 */
import { metric, type Metric } from '../model/catalog.ts';
import type { FigureRow } from '../model/figure-rows.ts';
import { readingZh } from '../model/figure-format.ts';
import type { Qualifier } from '../model/parse-figure.ts';
import { compact } from '../model/sentences.ts';
import { HOME_METRICS } from './profile.ts';

/** What the home page needs of one library: its report years and its latest report's figure rows. */
export interface HomeLibrary {
  /** Years of its reports, oldest first. */
  readonly years: readonly number[];
  /** Figure rows of its latest report. */
  readonly rows: readonly FigureRow[];
}

/** One row of the side-by-side table: the metric, and each library's figure (undefined: not reported). */
export interface HomeRow {
  readonly metric: Metric;
  readonly cells: readonly (FigureRow | undefined)[];
}

/** The side-by-side table: rows in `metrics` order, cells in `libraries` order; metrics nobody gives are left out. */
export function homeTable(libraries: readonly HomeLibrary[], metrics: readonly string[] = HOME_METRICS): HomeRow[] {
  return metrics
    .map((id) => ({ metric: metric(id), cells: libraries.map((l) => l.rows.find((r) => r.metric === id)) }))
    .filter((row) => row.cells.some(Boolean));
}

/** How many reports the libraries have between them. */
export const reportCount = (libraries: readonly HomeLibrary[]): number =>
  libraries.reduce((n, l) => n + l.years.length, 0);

/**
 * A Chinese home cell's plain reading: the number in 万 (364565 → “36.4565万”, to be read beside 379.42万),
 * never rounded; none when it would only repeat the figure as written. (English cells read “364,565”:
 * `readingEn` in src/i18n/format-en.ts.)
 */
export function homeReadingZh(row: Pick<FigureRow, 'value' | 'qualifier' | 'written'>): string | undefined {
  const reading = readingZh(row.value, row.qualifier as Qualifier);
  return compact(reading) === compact(row.written) ? undefined : reading;
}
