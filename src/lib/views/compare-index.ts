/**
 * The list of compare pages: every metric that has figures, grouped as in the catalog, each with the
 * libraries that report it and how many values its charts hold. Pure.
 */
import { GROUPS, metric, type Metric, type MetricGroup } from '../model/catalog.ts';
import type { MetricCharts } from './compare-page.ts';

/** One metric of the list. */
export interface CompareIndexItem {
  readonly metric: Metric;
  /** Libraries that report it, in the charts' order, each once. */
  readonly libraries: readonly string[];
  /** Values its line chart holds (every library and year). */
  readonly values: number;
}

/** A catalog group with the metrics of it that have figures; groups without any are left out. */
export interface CompareIndexGroup {
  readonly group: MetricGroup;
  readonly items: readonly CompareIndexItem[];
}

/** The groups of the compare index; `names` (library id → name in the page's language) renames libraries. */
export function compareIndex(
  charts: readonly MetricCharts[],
  names?: ReadonlyMap<string, string>,
): CompareIndexGroup[] {
  return GROUPS.map((group) => ({
    group,
    items: charts
      .filter((c) => metric(c.metric).group === group.id)
      .map((c) => {
        const rows = c.panels.flatMap((p) => p.rows);
        // In the charts' order (by library id), each library once.
        const ids = [...new Map(rows.map((r) => [r.library, r.libraryName]))].sort(([a], [b]) => a.localeCompare(b));
        return {
          metric: metric(c.metric),
          libraries: ids.map(([id, name]) => names?.get(id) ?? name),
          values: rows.length,
        };
      }),
  })).filter((g) => g.items.length > 0);
}
