/**
 * One row per figure of every report, with the sentence that states it: the open-data table
 * (`/data/figures.json`, `/data/figures.csv`) and the figures tables on pages all read these rows.
 */
import { metric } from './catalog.ts';
import { labelText } from './definition-labels.ts';
import type { Figure } from './normalised-figure.ts';
import type { Scope } from './scope.ts';
import { findSentence, splitSentences, type Sentence } from './sentences.ts';
import { deriveWording, periodLabel, sourceUnitLabel } from './wording.ts';

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
  /** The figure as the frontmatter normalises it (`3.5万余`): the number and qualifier, no unit. */
  readonly written: string;
  /**
   * Number, qualifier and unit exactly as the sentence writes them (`3.5万余人`), cut from `quote`; the
   * author's `wording` when given (the check proves it is in the sentence); empty when no sentence was found.
   */
  readonly wording: string;
  /** Who the figure counts: library, network or area (src/lib/model/scope.ts). */
  readonly scope: Scope;
  /** Definition label references (src/lib/model/definition-labels.ts): the author's, then the derived ones. */
  readonly labels: readonly string[];
  /** The labels' short Chinese texts, joined by ；(仅知识竞答类；原文单位：场). */
  readonly labelsText: string;
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
    const wording = figureWording(f, s?.text);
    const labels = figureLabels(f, wording, m.unit);
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
      wording,
      scope: f.scope,
      labels,
      labelsText: labels.map((l) => labelText(l)).join('；'),
      period: f.period?.written ?? '',
      change: f.change?.written ?? '',
      note: f.note ?? '',
      discrepancy: f.discrepancy ?? '',
      quote: s?.text ?? '',
      quoteLine: s?.line ?? 0,
    };
  });
}

/** A figure's wording in its sentence: the author's when written, else cut from the sentence; '' without one. */
export function figureWording(f: Pick<Figure, 'written' | 'quote' | 'wording'>, sentence: string | undefined): string {
  if (sentence === undefined) return '';
  return f.wording ?? deriveWording(sentence, f.written, f.quote) ?? '';
}

/** The author's labels, then the period's (上半年) and the wording's (原文单位：人). */
export function figureLabels(
  f: Pick<Figure, 'labels' | 'period'>,
  wording: string,
  metricUnit: string,
): readonly string[] {
  const derived = [periodLabel(f.period), sourceUnitLabel(wording, metricUnit)].filter((l) => l !== undefined);
  return [...f.labels, ...derived];
}
