/**
 * What a social card's chart shows, as a chart spec the build-time renderer draws with the chart
 * island's own configuration. A library's card: its first headline metric reported in two or more
 * years, over the years; else its first headline metric, as bars beside the other libraries' latest
 * figures (the library itself always among the bars shown). The site's card: the headline metric the
 * most libraries report, across libraries. Pure: figure rows in, spec and state out.
 */
import type { ChartState } from './chart-config.ts';
import type { FigureRow } from './figure-rows.ts';
import type { Swatch } from './palette.ts';
import { HEADLINE_METRICS } from './profile.ts';
import { barSpec, lineSpec, type ChartSpec } from './series.ts';

/** A card's chart: the spec and the state it is drawn in (which libraries' bars are shown). */
export interface CardChart {
  readonly spec: ChartSpec;
  readonly state: ChartState;
}

/** At most this many bars on a card: the card is small and the labels must stay readable. */
export const CARD_MAX_BARS = 5;

/** The bar chart of `metric` across libraries, limited to `max` bars that always include `library`. */
function barsOf(
  rows: readonly FigureRow[],
  metric: string,
  colors: ReadonlyMap<string, Swatch>,
  library: string | undefined,
  max: number,
): CardChart | undefined {
  const spec = barSpec(rows, metric, colors);
  if (!spec) return undefined;
  // Bars come largest first: keep the largest ones, and the card's library in place of the last.
  const order = (spec.series[0]?.points ?? []).flatMap((p) => (p ? [p.library] : []));
  if (order.length <= max) return { spec, state: { scale: 'linear' } };
  const kept = order.slice(0, max);
  if (library && order.includes(library) && !kept.includes(library)) kept[max - 1] = library;
  return { spec, state: { scale: 'linear', libraries: kept } };
}

/** The chart of a library's card (`library`), or of the site's card (undefined); undefined when there are no figures. */
export function cardChart(
  rows: readonly FigureRow[],
  library: string | undefined,
  colors: ReadonlyMap<string, Swatch>,
  max = CARD_MAX_BARS,
): CardChart | undefined {
  const positive = rows.filter((r) => r.value > 0 && HEADLINE_METRICS.includes(r.metric as never));
  if (library === undefined) {
    const reporters = (m: string): number => new Set(positive.filter((r) => r.metric === m).map((r) => r.library)).size;
    const best = [...HEADLINE_METRICS].sort((a, b) => reporters(b) - reporters(a))[0];
    return best && reporters(best) > 0 ? barsOf(rows, best, colors, undefined, max) : undefined;
  }
  const mine = positive.filter((r) => r.library === library);
  const years = (m: string): number => new Set(mine.filter((r) => r.metric === m).map((r) => r.year)).size;
  const overYears = HEADLINE_METRICS.find((m) => years(m) >= 2);
  if (overYears) {
    const spec = lineSpec(rows, overYears, colors, [library]);
    if (spec) return { spec, state: { scale: 'linear' } };
  }
  const first = HEADLINE_METRICS.find((m) => years(m) >= 1);
  return first ? barsOf(rows, first, colors, library, max) : undefined;
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
