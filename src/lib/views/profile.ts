/**
 * What a library's profile shows, computed from its figure rows. Pure: headline figures of the latest
 * year with their change (computed from the previous report, or as the report states it), the metrics
 * with several years (small multiples), and the parts of a whole (events by type, staff by title).
 */
import type { FigureRow } from '../model/figure-rows.ts';
import {
  impliedPrior,
  reportIndicators,
  yearOverYear,
  type Indicator,
  type IndicatorInput,
  type InputFigures,
} from '../model/indicators.ts';
import type { Qualifier } from '../model/parse-figure.ts';

/**
 * The headline metrics, in the order they are shown: a profile shows the first ones its report gives;
 * the home page's side-by-side table shows those marked `home` (fewer, so the table fits a phone).
 * The social card picks from the same list.
 */
const HEADLINES = [
  { metric: 'collection.total', home: true },
  { metric: 'use.visits', home: true },
  { metric: 'use.loans', home: true },
  { metric: 'use.circulation', home: true },
  { metric: 'users.newCards', home: false },
  { metric: 'users.newRegistered', home: false },
  { metric: 'events.total', home: true },
  { metric: 'events.participants', home: true },
  { metric: 'network.members', home: false },
  { metric: 'network.branches', home: true },
  { metric: 'staff.actual', home: false },
  { metric: 'online.followers', home: false },
] as const;

/** Metrics shown as headline figures, in this order, when the report gives them. */
export const HEADLINE_METRICS: readonly string[] = HEADLINES.map((h) => h.metric);

/** The headline metrics of the home page's table, in the same order. */
export const HOME_METRICS: readonly string[] = HEADLINES.filter((h) => h.home).map((h) => h.metric);

/** Parts shown side by side on the profile. */
export const PARTS = {
  events: ['events.lectures', 'events.exhibitions', 'events.outreach', 'events.training', 'events.other'],
  titles: ['staff.senior', 'staff.intermediate', 'staff.junior'],
  education: ['staff.eduPostgrad', 'staff.eduBachelor', 'staff.eduCollege'],
} as const;

/** A figure row as indicator input. */
export const toInput = (r: FigureRow): IndicatorInput => ({
  value: r.value,
  qualifier: r.qualifier as Qualifier,
  written: r.written,
  period: r.period,
  change: r.change,
  scope: r.scope,
});

/** The figures of one report, keyed by metric, as indicator inputs. */
export function inputsOf(rows: readonly FigureRow[]): InputFigures {
  return Object.fromEntries(rows.map((r) => [r.metric, toInput(r)]));
}

/** A headline figure and how it changed. */
export interface Headline {
  readonly row: FigureRow;
  /** Computed from the previous year's report, when there is one with this metric. */
  readonly computed?: Indicator | undefined;
  /** The prior-year value implied by the change the report states. */
  readonly implied?: Indicator | undefined;
}

/**
 * Every figure of `year` as a headline (a profile's headline shows everything the library reported), the
 * usual headline metrics first in their order, then the rest in catalog order; each with its change from
 * `year − 1` (computed or as stated). `limit` keeps the first few (the social card).
 */
export function headlines(rows: readonly FigureRow[], year: number, limit = Infinity): Headline[] {
  const cur = rows.filter((r) => r.year === year);
  const prev = rows.filter((r) => r.year === year - 1);
  const rank = (metric: string): number => {
    const i = HEADLINE_METRICS.indexOf(metric);
    return i < 0 ? HEADLINE_METRICS.length : i;
  };
  // Stable sort: rows come in catalog order, so the rest keep it.
  const ordered = [...cur].sort((a, b) => rank(a.metric) - rank(b.metric));
  return ordered.slice(0, limit).map((row) => {
    const id = row.metric;
    // A change is computed only between figures of the same scope: a network total is no successor to a library's.
    const before = prev.find((r) => r.metric === id && r.scope === row.scope);
    const computed = before
      ? yearOverYear(id, { year: year - 1, figure: toInput(before) }, { year, figure: toInput(row) })
      : undefined;
    const implied = row.change ? impliedPrior(id, year, toInput(row)) : undefined;
    return { row, computed, implied };
  });
}

/** Metrics the library reports in two or more years, with their rows oldest first, in catalog order of `order`. */
export function multiYear(
  rows: readonly FigureRow[],
  order: readonly string[],
): { metric: string; rows: FigureRow[] }[] {
  return order
    .map((metric) => ({ metric, rows: rows.filter((r) => r.metric === metric).sort((a, b) => a.year - b.year) }))
    .filter((m) => m.rows.length >= 2);
}

/** Derived indicators of one year that need no population (per-capita ones: src/lib/views/per-capita-view.ts). */
export function yearIndicators(rows: readonly FigureRow[], year: number): Indicator[] {
  return reportIndicators(inputsOf(rows.filter((r) => r.year === year)));
}
