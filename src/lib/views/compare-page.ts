/**
 * What one metric's compare page shows besides its panels of charts by scope (./compare.ts): the metric, its look-alikes and where to
 * read about them, the libraries the charts draw (search filters, the show/hide controls), and the
 * figures to flag (part-year, inconsistent in the source) or explain (an editor's note). Pure.
 */
import type { Swatch } from '../charts/palette.ts';
import { drawnSpec, specPoints } from '../charts/specs.ts';
import { metric, type Metric } from '../model/catalog.ts';
import type { FigureRow } from '../model/figure-rows.ts';
import { comparePath, metricDocPath } from '../site/paths.ts';
import type { CompareView } from './compare.ts';

/** A metric's compare page data: its panels by scope and their charts (`compareView` in ./compare.ts). */
export type MetricCharts = CompareView;

/** A library a compare page's charts show. */
export interface ShownLibrary {
  readonly id: string;
  readonly name: string;
  readonly swatch: Swatch | undefined;
}

/** A metric this one is not the same as: note in both languages, and its page (site path, no base). */
export interface LookAlike {
  readonly metric: Metric;
  readonly note: string;
  readonly noteEn: string;
  readonly path: string;
}

export interface ComparePageView {
  readonly metric: Metric;
  readonly lookAlikes: readonly LookAlike[];
  /** Every library with a figure of the metric (the search filters). */
  readonly libraries: readonly ShownLibrary[];
  /** The libraries one can hide: those the charts draw (all, or the bar chart's selection at scale). */
  readonly toggles: readonly ShownLibrary[];
  /** In some panel's ranking, the libraries' latest years are not all the same. */
  readonly yearsDiffer: boolean;
  /** Figures of part of a year or inconsistent in their report. */
  readonly flagged: readonly FigureRow[];
  /** Figures with an editor's note. */
  readonly notes: readonly FigureRow[];
}

/** What else the page needs: every metric's charts (which have a page), library colours, names in its language. */
export interface ComparePageContext {
  readonly all: readonly { readonly metric: string }[];
  readonly colors: ReadonlyMap<string, Swatch>;
  /** Library id → name in the page's language; without it, the names the figures carry. */
  readonly names?: ReadonlyMap<string, string> | undefined;
}

const named = (names: ComparePageContext['names'], r: FigureRow): FigureRow =>
  names?.has(r.library) ? { ...r, libraryName: names.get(r.library) ?? r.libraryName } : r;

/** The compare page of `charts.metric`. A look-alike links to its compare page if it has figures, else to its definition. */
export function comparePage(charts: MetricCharts, { all, colors, names }: ComparePageContext): ComparePageView {
  const m = metric(charts.metric);
  const withData = new Set(all.map((c) => c.metric));
  const rows = charts.panels.flatMap((p) => p.rows).map((r) => named(names, r));
  const libraries = [...new Map(rows.map((r) => [r.library, r.libraryName]))].map(([id, name]) => ({
    id,
    name,
    swatch: colors.get(id),
  }));
  const drawnIds = new Set(charts.specs.flatMap((c) => specPoints(drawnSpec(c)).map((p) => p.library)));
  return {
    metric: m,
    lookAlikes: (m.differsFrom ?? []).map((d) => ({
      metric: metric(d.id),
      note: d.note,
      noteEn: d.noteEn,
      path: withData.has(d.id) ? comparePath(d.id) : metricDocPath(d.id),
    })),
    libraries,
    toggles: libraries.filter((l) => drawnIds.has(l.id)),
    yearsDiffer: charts.panels.some((p) => p.bar && new Set(p.latest.map((r) => r.year)).size > 1),
    flagged: rows.filter((r) => r.period || r.discrepancy),
    notes: rows.filter((r) => r.note),
  };
}
