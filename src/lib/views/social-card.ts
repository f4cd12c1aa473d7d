/**
 * What a social card's chart shows, as a chart spec the build-time renderer draws with the chart
 * island's own configuration. A library's card: its first headline metric reported in two or more
 * years, over the years; else its first headline metric, as bars beside the other libraries' latest
 * figures (the library itself always among the bars shown). The site's card: the headline metric the
 * most libraries report, across libraries. Pure: figure rows in, spec and state out; what the cards share
 * across libraries (`cardContext`) is computed once, so each card costs only its own library's rows.
 */
import type { ChartState } from '../charts/chart-config.ts';
import type { FigureRow } from '../model/figure-rows.ts';
import { groupBy } from '../group-by.ts';
import type { Swatch } from '../charts/palette.ts';
import { HEADLINE_METRICS } from './profile.ts';
import { barSpec, lineSpec, type ChartSpec } from '../charts/specs.ts';

/** A card's chart: the spec and the state it is drawn in (which libraries' bars are shown). */
export interface CardChart {
  readonly spec: ChartSpec;
  readonly state: ChartState;
}

/** At most this many bars on a card: the card is small and the labels must stay readable. */
export const CARD_MAX_BARS = 5;

/**
 * What every card shares, computed once per build from all figure rows: a library's card then needs
 * only that library's rows (drawing 1,000 cards used to walk the whole corpus 1,000 times).
 */
export interface CardContext {
  readonly colors: ReadonlyMap<string, Swatch>;
  /**
   * Each headline metric with library-alone figures: its bars across libraries (each library's latest). A
   * network or area total is never a bar beside them (src/lib/model/scope.ts).
   */
  readonly bars: ReadonlyMap<string, ChartSpec>;
  /** The site card's metric: the headline metric the most libraries report a positive figure of. */
  readonly siteMetric: string | undefined;
}

const isHeadline = (metric: string): boolean => HEADLINE_METRICS.includes(metric);

/** The cards' shared context from every figure row of the corpus (one pass, then one bar chart per headline metric). */
export function cardContext(rows: readonly FigureRow[], colors: ReadonlyMap<string, Swatch>): CardContext {
  const byMetric = groupBy(
    rows.filter((r) => isHeadline(r.metric) && r.scope === 'library'),
    (r) => r.metric,
  );
  const bars = new Map(
    HEADLINE_METRICS.flatMap((m) => {
      const spec = barSpec(byMetric.get(m) ?? [], m, colors, undefined, 'library');
      return spec ? [[m, spec] as const] : [];
    }),
  );
  const reporters = (m: string): number =>
    new Set((byMetric.get(m) ?? []).filter((r) => r.value > 0).map((r) => r.library)).size;
  const counts = new Map<string, number>(HEADLINE_METRICS.map((m) => [m, reporters(m)]));
  const count = (m: string): number => counts.get(m) ?? 0;
  const best = [...HEADLINE_METRICS].sort((a, b) => count(b) - count(a))[0];
  return { colors, bars, siteMetric: best && count(best) > 0 ? best : undefined };
}

/** `spec`'s bars limited to `max`, always including `library`: largest first, the library in place of the last. */
function barsOf(spec: ChartSpec | undefined, library: string | undefined, max: number): CardChart | undefined {
  if (!spec) return undefined;
  const order = (spec.series[0]?.points ?? []).flatMap((p) => (p ? [p.library] : []));
  if (order.length <= max) return { spec, state: { scale: 'linear' } };
  const kept = order.slice(0, max);
  if (library && order.includes(library) && !kept.includes(library)) kept[max - 1] = library;
  return { spec, state: { scale: 'linear', libraries: kept } };
}

/** The site card's chart; undefined when no library reports a headline metric. */
export function siteCardChart(context: CardContext, max = CARD_MAX_BARS): CardChart | undefined {
  return context.siteMetric === undefined ? undefined : barsOf(context.bars.get(context.siteMetric), undefined, max);
}

/**
 * A library's card chart from its own rows (`own`; rows of other libraries are ignored) and the shared
 * context; undefined when the library has no positive headline figure.
 */
export function libraryCardChart(
  own: readonly FigureRow[],
  library: string,
  context: CardContext,
  max = CARD_MAX_BARS,
): CardChart | undefined {
  const mine = own.filter((r) => r.library === library);
  const positive = mine.filter((r) => r.value > 0 && isHeadline(r.metric));
  const years = (m: string): number => new Set(positive.filter((r) => r.metric === m).map((r) => r.year)).size;
  const overYears = HEADLINE_METRICS.find((m) => years(m) >= 2);
  if (overYears) {
    const spec = lineSpec(mine, overYears, context.colors, [library]);
    if (spec) return { spec, state: { scale: 'linear' } };
  }
  // The bars compare libraries: only a library-alone figure of this library may stand among them.
  const first = HEADLINE_METRICS.find((m) => positive.some((r) => r.metric === m && r.scope === 'library'));
  return first ? barsOf(context.bars.get(first), library, max) : undefined;
}

/**
 * The chart of a library's card (`library`), or of the site's card (undefined), from every figure row;
 * undefined when there are no figures. For one card; the card route builds the context once instead.
 */
export function cardChart(
  rows: readonly FigureRow[],
  library: string | undefined,
  colors: ReadonlyMap<string, Swatch>,
  max = CARD_MAX_BARS,
): CardChart | undefined {
  const context = cardContext(rows, colors);
  return library === undefined ? siteCardChart(context, max) : libraryCardChart(rows, library, context, max);
}

/** The small print under a card's chart: how to read it. */
export function cardNote(chart: CardChart | undefined): string {
  if (!chart) return '本站收录的报告中还没有这个馆的主要数字。';
  const marks = [
    chart.spec.hasInexact ? (chart.spec.kind === 'bar' ? '斜线填充＝约数或下限' : '空心点、虚线＝约数或下限') : '',
    chart.spec.hasPartYear ? '＊＝非全年数据' : '',
  ].filter(Boolean);
  return `图中数字照报告原文写法${marks.length ? `；${marks.join('；')}` : ''}。每个数字在网站上都链接到原句。`;
}
