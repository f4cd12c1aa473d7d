/**
 * Chart specs built at build time from figure rows: plain, serialisable JSON that the chart island
 * draws, that the table beside the chart lists and that the chart's CSV download holds — one object,
 * so the three never disagree. Pure.
 */
import { withUnit } from '../model/figure-format.ts';
import type { FigureRow } from '../model/figure-rows.ts';
import { groupBy } from '../group-by.ts';
import type { Qualifier } from '../model/parse-figure.ts';
import { labelText } from '../model/definition-labels.ts';
import { SCOPES, type Scope } from '../model/scope.ts';
import { FALLBACK_COLOR, OKABE_ITO, type Shape, type Swatch } from './palette.ts';
import { sourcePath } from '../site/paths.ts';

/** One drawn value, with everything needed to show it honestly. */
export interface ChartPoint {
  readonly library: string;
  readonly libraryName: string;
  readonly year: number;
  readonly value: number;
  readonly qualifier: Qualifier;
  /** The figure normalised: "42万多". */
  readonly written: string;
  /** Number, qualifier and unit as the sentence writes them ("3.5万余人"); empty when no sentence was found. */
  readonly wording: string;
  /** What the chart writes on the bar or point: the wording, else the normalised figure with the metric's unit. */
  readonly shown: string;
  /** Who the figure counts, and its definition label references (src/lib/model/definition-labels.ts). */
  readonly scope: Scope;
  readonly labels: readonly string[];
  /** The badges drawn with the value: a wider scope and every label, in Chinese ("总分馆体系，全区总分馆合计"). */
  readonly badges: string;
  readonly period: string;
  readonly discrepancy: string;
  readonly note: string;
  /** Site path (without base) of the sentence that states it. */
  readonly source: string;
  readonly color: string;
}

/** One line (or the one set of bars). */
export interface ChartSeries {
  readonly key: string;
  readonly label: string;
  readonly color: string;
  readonly shape: Shape;
  /** Aligned with the spec's categories; null where there is no figure. */
  readonly points: readonly (ChartPoint | null)[];
}

/** What every chart names itself by: its id and title, what it counts in which unit, and its categories. */
export interface ChartHead {
  readonly id: string;
  readonly title: string;
  /** What is counted: the metric's label (馆藏总量) or a count's (事件数). */
  readonly label: string;
  /** The unit (万册) or counter word (条). */
  readonly unit: string;
  /** Categories as read: libraries or years, or e.g. `2021年3月` (table, CSV, summary). */
  readonly categories: readonly string[];
}

/** One Chinese sentence saying what the chart shows: the aria-label. */
interface Summarised {
  readonly summary: string;
}

/** A chart, as computed at build time. */
export interface ChartSpec extends ChartHead, Summarised {
  readonly kind: 'bar' | 'line';
  readonly metric: string;
  readonly series: readonly ChartSeries[];
  /** True when some value is approximate or a lower bound (drawn hatched/hollow; legend note shown). */
  readonly hasInexact: boolean;
  readonly hasPartYear: boolean;
  /**
   * Set when the chart draws a selection of the libraries (see drawnSpec): which ones, in a sentence
   * (“图中画出数值最大的 10 个馆和最小的 10 个馆，共 1000 个馆”). The table and CSV keep every library.
   */
  readonly selection?: string;
}

/** The Chinese badges of a figure: its scope when wider than the library alone, then its labels. */
export function badgeText(scope: Scope, labels: readonly string[]): string {
  return [...(scope === 'library' ? [] : [SCOPES[scope].zh]), ...labels.map((l) => labelText(l))].join('，');
}

function point(r: FigureRow, swatch: Swatch | undefined): ChartPoint {
  return {
    library: r.library,
    libraryName: r.libraryName,
    year: r.year,
    value: r.value,
    qualifier: r.qualifier as Qualifier,
    written: r.written,
    wording: r.wording,
    shown: r.wording || withUnit(r.written, r.unit),
    scope: r.scope,
    labels: r.labels,
    badges: badgeText(r.scope, r.labels),
    period: r.period,
    discrepancy: r.discrepancy,
    note: r.note,
    source: sourcePath(r),
    color: swatch?.color ?? FALLBACK_COLOR,
  };
}

/** The points of a spec that exist, in series then category order. */
export const specPoints = (spec: ChartSpec): ChartPoint[] =>
  spec.series.flatMap((s) => s.points.filter((p): p is ChartPoint => p !== null));

const flags = (points: readonly ChartPoint[]) => ({
  hasInexact: points.some((p) => p.qualifier !== 'exact'),
  hasPartYear: points.some((p) => p.period !== ''),
});

/** The id suffix and title note of a chart of one scope: none for the library alone, the default. */
const scopeSuffix = (scope: Scope | undefined): { id: string; title: string } =>
  scope === undefined || scope === 'library'
    ? { id: '', title: '' }
    : { id: `-${scope}`, title: `（${SCOPES[scope].zh}）` };

/**
 * Bars across libraries: one bar per library for `year`, or (no year) each library's latest figure,
 * the year named in the category when the years differ. Bars sorted by value, largest first. With
 * `scope`, only figures of that scope: a network total is never a plain bar beside library-alone ones.
 */
export function barSpec(
  rows: readonly FigureRow[],
  metricId: string,
  colors: ReadonlyMap<string, Swatch>,
  year?: number,
  scope?: Scope,
): ChartSpec | undefined {
  const own = rows.filter(
    (r) =>
      r.metric === metricId && (year === undefined || r.year === year) && (scope === undefined || r.scope === scope),
  );
  const latest = new Map<string, FigureRow>();
  for (const r of own) if ((latest.get(r.library)?.year ?? -1) < r.year) latest.set(r.library, r);
  const chosen = [...latest.values()].sort((a, b) => b.value - a.value || a.library.localeCompare(b.library));
  const first = chosen[0];
  if (!first) return undefined;
  const sameYear = chosen.every((r) => r.year === first.year);
  const categories = chosen.map((r) => (sameYear ? r.libraryName : `${r.libraryName}（${r.year}年）`));
  const points = chosen.map((r) => point(r, colors.get(r.library)));
  const suffix = scopeSuffix(scope);
  const title = `${first.label}：${sameYear ? `${first.year}年各馆` : '各馆最近一年'}${suffix.title}`;
  const spec: Omit<ChartSpec, 'summary'> = {
    id: `bar-${metricId}${year ? `-${year}` : ''}${suffix.id}`,
    kind: 'bar',
    title,
    metric: metricId,
    label: first.label,
    unit: first.unit,
    categories,
    series: [{ key: 'all', label: first.label, color: points[0]?.color ?? FALLBACK_COLOR, shape: 'rect', points }],
    ...flags(points),
  };
  return { ...spec, summary: summarize(spec) };
}

/**
 * Lines over years: one line per library, categories are every year any library reports the metric.
 * With `scope`, only figures of that scope.
 */
export function lineSpec(
  rows: readonly FigureRow[],
  metricId: string,
  colors: ReadonlyMap<string, Swatch>,
  only?: readonly string[],
  scope?: Scope,
): ChartSpec | undefined {
  const own = rows.filter(
    (r) => r.metric === metricId && (!only || only.includes(r.library)) && (scope === undefined || r.scope === scope),
  );
  const first = own[0];
  if (!first) return undefined;
  // Every year from the first to the last, so a gap between reports shows as a gap, not as one step.
  const seen = own.map((r) => r.year);
  const lo = Math.min(...seen);
  const years = Array.from({ length: Math.max(...seen) - lo + 1 }, (_, i) => lo + i);
  // Grouped once: filtering `own` per library grows with the square of the libraries (compare pages).
  const byLibrary = groupBy(own, (r) => r.library);
  const libs = [...byLibrary.keys()].sort((a, b) => a.localeCompare(b));
  const series: ChartSeries[] = libs.map((lib) => {
    const sw = colors.get(lib);
    const mine = byLibrary.get(lib) ?? [];
    return {
      key: lib,
      label: mine[0]?.libraryName ?? lib,
      color: sw?.color ?? FALLBACK_COLOR,
      shape: sw?.shape ?? 'circle',
      points: years.map((y) => {
        const r = mine.find((m) => m.year === y);
        return r ? point(r, sw) : null;
      }),
    };
  });
  const suffix = scopeSuffix(scope);
  const spec: Omit<ChartSpec, 'summary'> = {
    id: `line-${metricId}${only ? `-${only.join('-')}` : ''}${suffix.id}`,
    kind: 'line',
    title: `${first.label}：历年${suffix.title}`,
    metric: metricId,
    label: first.label,
    unit: first.unit,
    categories: years.map((y) => `${y}年`),
    series,
    ...flags(series.flatMap((s) => s.points.filter((p): p is ChartPoint => p !== null))),
  };
  return { ...spec, summary: summarize(spec) };
}

/** One sentence, in Chinese, saying what the chart shows and what stands out. */
export function summarize(spec: Omit<ChartSpec, 'summary'>): string {
  const pts = specPoints(spec as ChartSpec);
  if (spec.kind === 'bar') {
    const list = pts
      .map((p) => `${p.libraryName}${p.shown}（${p.year}年${p.badges ? `，${p.badges}` : ''}）`)
      .join('，');
    const top = pts[0];
    const count = spec.selection ?? `共 ${pts.length} 个馆`;
    return `柱状图，${spec.title}，${count}：${list}${pts.length > 1 && top ? `；${top.libraryName}最多` : ''}。`;
  }
  const parts = spec.series.map((s) => {
    const own = s.points.filter((p): p is ChartPoint => p !== null);
    return `${s.label}${own.map((p) => `${p.year}年${p.shown}${p.badges ? `（${p.badges}）` : ''}`).join('、')}`;
  });
  return `折线图，${spec.label}历年变化${spec.selection ? `（${spec.selection}）` : ''}：${parts.join('；')}。`;
}

/**
 * At most this many bars (half the largest values, half the smallest) and lines (distinct palette colours)
 * are drawn; beyond that a chart of every library is unreadable — on a phone, in print, as an image — and
 * costs seconds per image to draw. The table and the CSV beside the chart keep every library.
 */
export const DRAWN_BARS = 20;
export const DRAWN_LINES = OKABE_ITO.length;

/** A line's latest value, for ranking lines (−∞ when it has none). */
const latestValue = (s: ChartSeries): number => {
  for (let i = s.points.length - 1; i >= 0; i--) {
    const p = s.points[i];
    if (p) return p.value;
  }
  return -Infinity;
};

/**
 * What a chart draws of `spec`: the spec itself when it has few libraries; otherwise a selection, named in
 * `selection` and in the summary — bars: the DRAWN_BARS / 2 largest and smallest values with a gap between
 * (“⋯ 另 980 个馆”, no bar); lines: the DRAWN_LINES libraries with the largest latest values, in the
 * spec's order. Values are never merged or recomputed: each drawn point is one of the spec's.
 */
export function drawnSpec(spec: ChartSpec): ChartSpec {
  if (spec.kind === 'bar') {
    const s = spec.series[0];
    if (!s || s.points.length <= DRAWN_BARS) return spec;
    const half = DRAWN_BARS / 2;
    const n = s.points.length;
    const ends = <T>(xs: readonly T[]): (T | null)[] => [...xs.slice(0, half), null, ...xs.slice(n - half)];
    const categories = ends(spec.categories).map((c) => c ?? `⋯ 另 ${n - 2 * half} 个馆`);
    const points = ends(s.points);
    const view: Omit<ChartSpec, 'summary'> = {
      ...spec,
      categories,
      series: [{ ...s, points }],
      selection: `共 ${n} 个馆，图中画出数值最大的 ${half} 个和最小的 ${half} 个`,
    };
    return { ...view, ...flags(specPoints(view as ChartSpec)), summary: summarize(view) };
  }
  if (spec.series.length <= DRAWN_LINES) return spec;
  const top = new Set(
    [...spec.series]
      .sort((a, b) => latestValue(b) - latestValue(a) || a.key.localeCompare(b.key))
      .slice(0, DRAWN_LINES)
      .map((s) => s.key),
  );
  const view: Omit<ChartSpec, 'summary'> = {
    ...spec,
    series: spec.series.filter((s) => top.has(s.key)),
    selection: `共 ${spec.series.length} 个馆，图中画出各馆最近一年数值最大的 ${DRAWN_LINES} 个`,
  };
  return { ...view, ...flags(specPoints(view as ChartSpec)), summary: summarize(view) };
}

/** The columns of a chart's CSV download, in order. */
export const CHART_CSV_COLUMNS = [
  'library',
  'libraryName',
  'year',
  'metric',
  'label',
  'value',
  'qualifier',
  'written',
  'wording',
  'unit',
  'scope',
  'labels',
  'labelsText',
  'period',
  'discrepancy',
  'source',
] as const;

/** The rows of a chart's CSV: exactly the points drawn, with `source` as an absolute URL. */
export function specCsvRows(
  spec: ChartSpec,
  siteUrl: (path: string) => string,
): Record<(typeof CHART_CSV_COLUMNS)[number], string | number>[] {
  return specPoints(spec).map((p) => ({
    library: p.library,
    libraryName: p.libraryName,
    year: p.year,
    metric: spec.metric,
    label: spec.label,
    value: p.value,
    qualifier: p.qualifier,
    written: p.written,
    wording: p.wording,
    unit: spec.unit,
    scope: p.scope,
    labels: p.labels.join(' '),
    labelsText: p.labels.map((l) => labelText(l)).join('；'),
    period: p.period,
    discrepancy: p.discrepancy,
    source: siteUrl(p.source),
  }));
}

/** One part of a count chart: one library's integer counts, aligned with the spec's categories. */
export interface CountSeries {
  readonly key: string;
  readonly label: string;
  readonly color: string;
  readonly shape: Shape;
  readonly counts: readonly number[];
}

/**
 * A chart of integer counts per category (e.g. chronicle events per month) and per library: stacked
 * bars when there are several libraries. Exact by nature, so no qualifiers or written forms.
 */
export interface CountSpec extends ChartHead, Summarised {
  readonly kind: 'counts';
  /** Machine keys of the categories, e.g. `2021-03` (the CSV's first column). */
  readonly keys: readonly string[];
  /** Short axis labels, one or two lines each (`['1月', '2021年']`, `['2月']`). */
  readonly ticks: readonly (readonly string[])[];
  readonly series: readonly CountSeries[];
  /** Sum over the series per category. */
  readonly totals: readonly number[];
  /** Categories that are gaps (a year with nothing to count): drawn empty and named, '' in the CSV. */
  readonly gaps: readonly boolean[];
  /** Written across each gap on the chart, e.g. 无大事记. */
  readonly gapLabel: string;
  readonly stacked: boolean;
}

/** Any chart the island draws. */
export type AnyChartSpec = ChartSpec | CountSpec;

/** What `countSpec` needs: categories and one row of counts per library, in display (stacking) order. */
export interface CountInput extends ChartHead {
  readonly keys: readonly string[];
  readonly ticks?: readonly (readonly string[])[];
  /** Gap categories (aligned with `keys`); none by default. */
  readonly gaps?: readonly boolean[];
  readonly gapLabel?: string;
  readonly series: readonly { key: string; label: string; counts: readonly number[] }[];
  /** How the summary counts categories: `个月` (default `个类别`). */
  readonly per?: string;
  /** Said at the end of the summary, e.g. counts left out of the chart. */
  readonly footnote?: string;
}

/** A count chart with each library's colour and shape; throws if a row of counts does not fit the categories. */
export function countSpec(input: CountInput, colors: ReadonlyMap<string, Swatch>): CountSpec {
  const n = input.keys.length;
  if (input.categories.length !== n)
    throw new Error(`countSpec ${input.id}: ${n} keys, ${input.categories.length} categories`);
  for (const s of input.series) {
    if (s.counts.length !== n)
      throw new Error(`countSpec ${input.id}: ${s.key} has ${s.counts.length} counts for ${n} categories`);
    if (s.counts.some((c) => !Number.isInteger(c) || c < 0))
      throw new Error(`countSpec ${input.id}: ${s.key} has a count that is not a whole number ≥ 0`);
  }
  const series: CountSeries[] = input.series.map((s) => ({
    key: s.key,
    label: s.label,
    color: colors.get(s.key)?.color ?? FALLBACK_COLOR,
    shape: colors.get(s.key)?.shape ?? 'rect',
    counts: [...s.counts],
  }));
  const totals = input.keys.map((_, i) => series.reduce((sum, s) => sum + (s.counts[i] ?? 0), 0));
  const spec: Omit<CountSpec, 'summary'> = {
    id: input.id,
    kind: 'counts',
    title: input.title,
    label: input.label,
    unit: input.unit,
    keys: [...input.keys],
    categories: [...input.categories],
    ticks: input.ticks ? input.ticks.map((t) => [...t]) : input.categories.map((c) => [c]),
    series,
    totals,
    gaps: input.keys.map((_, i) => input.gaps?.[i] ?? false),
    gapLabel: input.gapLabel ?? '',
    stacked: series.length > 1,
  };
  return { ...spec, summary: summarizeCounts(spec, input.per, input.footnote) };
}

/** One sentence: the span, the total, the busiest category and each library's share. */
export function summarizeCounts(spec: Omit<CountSpec, 'summary'>, per = '个类别', footnote = ''): string {
  const total = spec.totals.reduce((a, b) => a + b, 0);
  const counted = spec.categories.filter((_, i) => !spec.gaps[i]);
  const first = counted[0] ?? '';
  const last = counted.at(-1) ?? '';
  const span = counted.length > 1 ? `${first}至${last}` : first;
  const max = Math.max(0, ...spec.totals);
  const peaks = spec.categories.filter((_, i) => spec.totals[i] === max && max > 0);
  const peak = peaks.length
    ? `；最多的是${peaks.slice(0, 3).join('、')}${peaks.length > 3 ? '等' : ''}（各 ${max} ${spec.unit}）`
    : '';
  const kind = spec.stacked ? '堆叠柱状图' : '柱状图';
  const parts = spec.stacked
    ? `；其中${spec.series.map((s) => `${s.label} ${s.counts.reduce((a, b) => a + b, 0)} ${spec.unit}`).join('、')}`
    : '';
  const note = footnote ? `；${footnote}` : '';
  return `${kind}，${spec.title}：${span}共 ${counted.length} ${per}，合计 ${total} ${spec.unit}${peak}${parts}${note}。`;
}

/** The columns of a count chart's CSV download, in order. */
export const COUNT_CSV_COLUMNS = ['key', 'category', 'library', 'libraryName', 'label', 'count'] as const;

/**
 * The rows of a count chart's CSV: exactly the bars drawn, one per category and library, zeros included;
 * a gap's count is empty (nothing was counted there), not 0.
 */
export function countCsvRows(spec: CountSpec): Record<(typeof COUNT_CSV_COLUMNS)[number], string | number>[] {
  return spec.keys.flatMap((key, i) =>
    spec.series.map((s) => ({
      key,
      category: spec.categories[i] ?? key,
      library: s.key,
      libraryName: s.label,
      label: spec.label,
      count: spec.gaps[i] ? '' : (s.counts[i] ?? 0),
    })),
  );
}
