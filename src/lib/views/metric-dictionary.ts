/**
 * The metric dictionary (`/metrics/`): every catalog metric by group, with its look-alikes and who
 * reports it (`reportersByMetric`). Pure.
 */
import { GROUPS, METRICS, metric, type Metric, type MetricGroup } from '../model/catalog.ts';
import { reportersByMetric, reporterLabelZh, type ReporterLabel, type ReporterRow } from './metric-reporters.ts';

/** One entry: the metric, the metrics it is not the same as (with the note), and its reporters' labels. */
export interface DictionaryEntry {
  readonly metric: Metric;
  readonly lookAlikes: readonly { readonly metric: Metric; readonly note: string; readonly noteEn: string }[];
  /** “北海市图书馆（2020、2021）” per library; empty when no report has the metric. */
  readonly reporters: readonly string[];
}

export interface MetricDictionary {
  readonly metricCount: number;
  readonly groups: readonly { readonly group: MetricGroup; readonly entries: readonly DictionaryEntry[] }[];
}

/**
 * The dictionary from every figure row; `names` (library id → name in the page's language) and `label`
 * (how a library and its years read) make it a page of another language.
 */
export function metricDictionary(
  rows: readonly ReporterRow[],
  names?: ReadonlyMap<string, string>,
  label: ReporterLabel = reporterLabelZh,
): MetricDictionary {
  const reporters = reportersByMetric(
    names ? rows.map((r) => ({ ...r, libraryName: names.get(r.library) ?? r.libraryName })) : rows,
    label,
  );
  return {
    metricCount: METRICS.length,
    groups: GROUPS.map((group) => ({
      group,
      entries: METRICS.filter((m) => m.group === group.id).map((m) => ({
        metric: m,
        lookAlikes: (m.differsFrom ?? []).map((d) => ({ metric: metric(d.id), note: d.note, noteEn: d.noteEn })),
        reporters: reporters.get(m.id) ?? [],
      })),
    })),
  };
}
