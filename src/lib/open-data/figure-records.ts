/**
 * Figure rows as `/data/figures.*` publishes them: a stable id per row (`<library>-<year>-<metric>`; a report
 * states each metric once), the link to the sentence on the site, the precision of the written number, a
 * lower-bound flag and the stated change as a number. Pure: the absolute URL builder comes from the caller.
 */
import type { FigureRow } from '../model/figure-rows.ts';
import { parseChange } from '../model/normalised-figure.ts';
import type { Qualifier } from '../model/parse-figure.ts';
import { LOWER_BOUND_QUALIFIERS, writtenPrecision } from '../model/precision.ts';
import { sourcePath } from '../site/paths.ts';
import { FIGURE_COLUMNS, publish, type PublishedRow } from './columns.ts';

/** One entry of `/data/figures.json` (a CSV row once `labels` is joined). */
export type FigureRecord = PublishedRow<typeof FIGURE_COLUMNS>;

/** The dataset-wide id of a figure row. */
export const figureId = (r: Pick<FigureRow, 'library' | 'year' | 'metric'>): string =>
  `${r.library}-${r.year}-${r.metric}`;

/** The published record of a figure row; `url` turns a site path into an absolute URL (with the base). */
export function figureRecord(row: FigureRow, url: (path: string) => string): FigureRecord {
  const qualifier = row.qualifier as Qualifier;
  return publish(FIGURE_COLUMNS, {
    ...row,
    id: figureId(row),
    lowerBound: LOWER_BOUND_QUALIFIERS.includes(qualifier),
    precision: writtenPrecision(row.written, row.value, qualifier),
    changePercent: row.change ? parseChange(row.change)?.percent : undefined,
    quoteLine: row.quoteLine > 0 ? row.quoteLine : undefined,
    url: url(sourcePath(row)),
  });
}

/** The records of `rows`, one at a time (files are streamed). */
export function* figureRecords(rows: Iterable<FigureRow>, url: (path: string) => string): Generator<FigureRecord> {
  for (const r of rows) yield figureRecord(r, url);
}
