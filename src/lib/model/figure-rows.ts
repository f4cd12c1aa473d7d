/**
 * One row per figure of every report, with the sentence that states it: the open-data table
 * (`/data/figures.json`, `/data/figures.csv`) and the figures tables on pages all read these rows.
 */
import { metric } from './catalog.ts';
import type { Figure } from './normalised-figure.ts';
import { findSentence, splitSentences, type Sentence } from './sentences.ts';

/** The minimal report view the rows need. */
export interface RowReport {
  readonly library: string;
  readonly libraryName: string;
  readonly year: number;
  readonly figures: Readonly<Record<string, Figure>>;
  readonly body: string;
}

/** One figure of one report, flattened for tables and downloads. */
export interface FigureRow {
  readonly library: string;
  readonly libraryName: string;
  readonly year: number;
  readonly metric: string;
  readonly label: string;
  readonly value: number;
  readonly qualifier: string;
  readonly unit: string;
  readonly written: string;
  readonly period: string;
  readonly change: string;
  readonly note: string;
  readonly discrepancy: string;
  /** The sentence of the report stating the figure; empty when it cannot be found (a build warning). */
  readonly quote: string;
  /** 1-based line of that sentence in the report body; 0 when not found. */
  readonly quoteLine: number;
}

/**
 * Rows for one report, in catalog order. `found` (metric id → sentence), when given, holds the sentences
 * already matched in this same body by the content check, so the build does not match them twice.
 */
export function figureRows(
  report: RowReport,
  found?: ReadonlyMap<string, Pick<Sentence, 'text' | 'line'> | undefined>,
): FigureRow[] {
  let sentences: Sentence[] | undefined;
  return Object.values(report.figures).map((f) => {
    const m = metric(f.metric);
    const s = found?.has(f.metric)
      ? found.get(f.metric)
      : findSentence((sentences ??= splitSentences(report.body)), f.written, m.keywords, f.quote);
    return {
      library: report.library,
      libraryName: report.libraryName,
      year: report.year,
      metric: f.metric,
      label: m.label,
      value: f.value,
      qualifier: f.qualifier,
      unit: m.unit,
      written: f.written,
      period: f.period?.written ?? '',
      change: f.change?.written ?? '',
      note: f.note ?? '',
      discrepancy: f.discrepancy ?? '',
      quote: s?.text ?? '',
      quoteLine: s?.line ?? 0,
    };
  });
}

/** The columns of the open-data table, in order. */
export const ROW_COLUMNS = [
  'library',
  'libraryName',
  'year',
  'metric',
  'label',
  'value',
  'qualifier',
  'unit',
  'written',
  'period',
  'change',
  'note',
  'discrepancy',
  'quote',
] as const satisfies readonly (keyof FigureRow)[];
