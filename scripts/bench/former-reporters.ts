/**
 * The /metrics/ page's former way of listing who reports a metric: for each row of the metric, filter all
 * rows again (quadratic in the corpus). Kept as the benchmark's baseline (scripts/bench/pipeline.ts) and as
 * the reference the unit test holds `reportersByMetric` to (tests/unit/views/metric-reporters.test.ts).
 */
import type { ReporterRow } from '../../src/lib/views/metric-reporters.ts';

/** `libraryName（year、year）` for each library that reports metric `id`, in first-row order. */
export const formerReporters = (rows: readonly ReporterRow[], id: string): string[] => [
  ...new Set(
    rows
      .filter((r) => r.metric === id)
      .map(
        (r) =>
          `${r.libraryName}（${[...new Set(rows.filter((x) => x.metric === id && x.library === r.library).map((x) => x.year))].join('、')}）`,
      ),
  ),
];
