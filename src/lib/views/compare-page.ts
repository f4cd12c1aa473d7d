/**
 * What one metric's compare page shows besides its two charts: the metric, its look-alikes and where to
 * read about them, the libraries the charts draw (search filters, the show/hide controls), and the
 * figures to flag (part-year, inconsistent in the source) or explain (an editor's note). Pure.
 */
import type { Swatch } from '../charts/palette.ts';
import { drawnSpec, specPoints, type ChartPoint, type ChartSpec } from '../charts/specs.ts';
import { metric, type Metric } from '../model/catalog.ts';
import { comparePath, metricDocPath } from '../site/paths.ts';

/** A metric's two charts: bars across libraries, lines over years. */
export interface MetricCharts {
  readonly metric: string;
  readonly bar: ChartSpec;
  readonly line: ChartSpec;
}

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
  /** Every library of the line chart (the search filters). */
  readonly libraries: readonly ShownLibrary[];
  /** The libraries one can hide: those the charts draw (all, or the bar chart's selection at scale). */
  readonly toggles: readonly ShownLibrary[];
  /** The bar chart's latest years are not all the same. */
  readonly yearsDiffer: boolean;
  /** Figures of part of a year or inconsistent in their report. */
  readonly flagged: readonly ChartPoint[];
  /** Figures with an editor's note. */
  readonly notes: readonly ChartPoint[];
}

/** What else the page needs: every metric's charts (which have a page), library colours, names in its language. */
export interface ComparePageContext {
  readonly all: readonly { readonly metric: string }[];
  readonly colors: ReadonlyMap<string, Swatch>;
  /** Library id → name in the page's language; without it, the names the charts carry. */
  readonly names?: ReadonlyMap<string, string> | undefined;
}

const named = (names: ComparePageContext['names'], p: ChartPoint): ChartPoint =>
  names?.has(p.library) ? { ...p, libraryName: names.get(p.library) ?? p.libraryName } : p;

/** The compare page of `charts.metric`. A look-alike links to its compare page if it has figures, else to its definition. */
export function comparePage(charts: MetricCharts, { all, colors, names }: ComparePageContext): ComparePageView {
  const m = metric(charts.metric);
  const withData = new Set(all.map((c) => c.metric));
  const points = specPoints(charts.line).map((p) => named(names, p));
  const libraries = charts.line.series.map((s) => ({
    id: s.key,
    name: names?.get(s.key) ?? s.label,
    swatch: colors.get(s.key),
  }));
  const drawnBars = drawnSpec(charts.bar);
  const drawnIds = new Set(specPoints(drawnBars).map((p) => p.library));
  return {
    metric: m,
    lookAlikes: (m.differsFrom ?? []).map((d) => ({
      metric: metric(d.id),
      note: d.note,
      noteEn: d.noteEn,
      path: withData.has(d.id) ? comparePath(d.id) : metricDocPath(d.id),
    })),
    libraries,
    toggles: drawnBars.selection ? libraries.filter((l) => drawnIds.has(l.id)) : libraries,
    yearsDiffer: new Set(specPoints(charts.bar).map((p) => p.year)).size > 1,
    flagged: points.filter((p) => p.period || p.discrepancy),
    notes: points.filter((p) => p.note),
  };
}
