/**
 * The activity totals each report states itself (约327场, 301场次, 18期 …), set beside the chart of
 * 大事记 entries so that chart is not read as a count of activities. Pure: figure rows in, one entry per
 * report out.
 */
import type { FigureRow } from '../model/figure-rows.ts';

/** The totals a report states: its events and participants. */
export const TOTAL_METRICS = ['events.total', 'events.participants'] as const;
/** Event counts by kind: shown for a report that states no overall total. */
export const PART_METRICS = [
  'events.lectures',
  'events.exhibitions',
  'events.outreach',
  'events.training',
  'events.other',
] as const;

/** One report's stated activity figures. */
export interface StatedActivity {
  readonly library: string;
  readonly libraryName: string;
  readonly year: number;
  /** In catalog order; each with its wording, labels and sentence. */
  readonly rows: readonly FigureRow[];
}

/**
 * Every report's stated activity figures among `rows`: its totals, or when it states no total, its counts by
 * kind. Libraries in the order of `libraries`, years ascending.
 */
export function statedActivity(rows: readonly FigureRow[], libraries: readonly string[]): StatedActivity[] {
  const wanted = new Set<string>([...TOTAL_METRICS, ...PART_METRICS]);
  const byReport = new Map<string, FigureRow[]>();
  for (const r of rows) {
    if (!wanted.has(r.metric) || !libraries.includes(r.library)) continue;
    const key = `${r.library}/${r.year}`;
    byReport.set(key, [...(byReport.get(key) ?? []), r]);
  }
  const order = new Map(libraries.map((id, i) => [id, i]));
  return [...byReport.values()]
    .map((list) => {
      const first = list[0] as FigureRow;
      const hasTotal = list.some((r) => r.metric === 'events.total');
      const keep = hasTotal ? list.filter((r) => (TOTAL_METRICS as readonly string[]).includes(r.metric)) : list;
      return { library: first.library, libraryName: first.libraryName, year: first.year, rows: keep };
    })
    .sort((a, b) => (order.get(a.library) ?? 0) - (order.get(b.library) ?? 0) || a.year - b.year);
}
