/**
 * Draws one build-time chart spec with chart.js. Loaded lazily by the chart island when a chart
 * scrolls into view. Registers only what the specs use: bar and line controllers, their elements,
 * category / linear / logarithmic scales. Legend and tooltips are HTML beside the chart (cheaper and
 * readable by everyone); each value's written form ("42万多") is drawn on the chart by a tiny plugin.
 * Approximate and lower-bound values are hatched (bars) or hollow with dashed segments (lines).
 */
import { Chart } from 'chart.js';
import { CHART_PARTS } from '../lib/charts/chart-parts.ts';
import * as chartConfig from '../lib/charts/chart-config.ts';
import type { AnyChartSpec } from '../lib/charts/specs.ts';

Chart.register(...CHART_PARTS);

export type { ChartState } from '../lib/charts/chart-config.ts';

const css = (name: string, fallback: string): string =>
  getComputedStyle(document.documentElement).getPropertyValue(name).trim() || fallback;

/** The page's colours and font, read from its CSS custom properties (light or dark scheme). */
export const pageTheme = (): chartConfig.ChartTheme => ({
  fg: css('--fg', '#222'),
  muted: css('--muted', '#555'),
  grid: css('--rule', '#ddd'),
  bg: css('--bg', '#fff'),
  font: css('--font-sans', 'sans-serif'),
});

/** Diagonal hatching in the library's colour: the mark of a value that is not exact. */
function hatch(color: string): CanvasPattern | string {
  const c = document.createElement('canvas');
  c.width = chartConfig.HATCH_TILE;
  c.height = chartConfig.HATCH_TILE;
  const g = c.getContext('2d');
  if (!g) return color;
  chartConfig.paintHatchTile(g, color, css('--bg', '#fff'));
  return g.createPattern(c, 'repeat') ?? color;
}

const configOf = (spec: AnyChartSpec, state: chartConfig.ChartState) =>
  chartConfig.anyChartConfig(spec, state, pageTheme(), hatch);

/** Draw a spec into a canvas; returns how to redraw with another state. */
export function draw(
  canvas: HTMLCanvasElement,
  spec: AnyChartSpec,
  state: chartConfig.ChartState,
): { update(state: chartConfig.ChartState): void } {
  let chart = new Chart(canvas, configOf(spec, state));
  return {
    update(next) {
      chart.destroy();
      chart = new Chart(canvas, configOf(spec, next));
    },
  };
}
