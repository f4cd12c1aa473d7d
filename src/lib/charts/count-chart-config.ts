/**
 * A count spec (`kind: 'counts'`) → chart.js configuration: bars per category, stacked by library, in
 * each library's colour, segments parted by a background-coloured edge, whole-number ticks, and the
 * total written above each bar when there is room. Pure (colours and font come in as a theme), so the
 * browser island and the build-time PNG renderer draw the same chart.
 */
import type { ChartConfiguration, Plugin } from 'chart.js';
import type { CountSpec } from './specs.ts';

/** Colours and font of the page the chart is drawn on (CSS custom properties in the browser). */
export interface ChartTheme {
  /** Text (labels written on the chart). */
  readonly fg: string;
  /** Axis ticks. */
  readonly muted: string;
  /** Grid lines. */
  readonly grid: string;
  /** Page background (edges between stacked segments). */
  readonly bg: string;
  /** Font family. */
  readonly font: string;
}

/**
 * Size of every text a chart draws (ticks, written values, totals), in CSS pixels: legible on a phone,
 * where chart.js's default 12 px shrinks with the canvas. The PNG renderer uses the same configs.
 */
export const CHART_TEXT_PX = 13;

/** Light-scheme defaults, the same as the site's CSS. */
export const LIGHT_THEME: ChartTheme = { fg: '#222', muted: '#555', grid: '#ddd', bg: '#fff', font: 'sans-serif' };

/** Bars narrower than this get no total above them (it would overlap its neighbours). */
const MIN_LABEL_WIDTH = 14;

/** Writes each category's total above its bar (only the visible libraries are summed). */
function totalsPlugin(theme: ChartTheme): Plugin<'bar'> {
  return {
    id: 'countTotals',
    afterDatasetsDraw(chart) {
      const { ctx } = chart;
      const visible = chart.data.datasets.map((_, i) => i).filter((i) => !chart.getDatasetMeta(i).hidden);
      const top = visible.at(-1);
      if (top === undefined) return;
      ctx.save();
      ctx.font = `${CHART_TEXT_PX}px ${theme.font}`;
      ctx.fillStyle = theme.fg;
      ctx.textAlign = 'center';
      ctx.textBaseline = 'bottom';
      chart.getDatasetMeta(top).data.forEach((el, j) => {
        const total = visible.reduce((n, i) => n + Number(chart.data.datasets[i]?.data[j] ?? 0), 0);
        const width = (el as unknown as { width?: number }).width ?? 0;
        if (total > 0 && width >= MIN_LABEL_WIDTH) ctx.fillText(String(total), el.x, el.y - 3);
      });
      ctx.restore();
    },
  };
}

/** Marks each gap category (a year with nothing to count): a dashed outline and the spec's gap label, no bar. */
function gapsPlugin(spec: CountSpec, theme: ChartTheme): Plugin<'bar'> {
  return {
    id: 'countGaps',
    beforeDatasetsDraw(chart) {
      const x = chart.scales['x'];
      const { top, bottom } = chart.chartArea;
      if (!x) return;
      const { ctx } = chart;
      ctx.save();
      ctx.strokeStyle = theme.muted;
      ctx.fillStyle = theme.muted;
      ctx.setLineDash([4, 3]);
      ctx.font = `${CHART_TEXT_PX}px ${theme.font}`;
      ctx.textAlign = 'center';
      ctx.textBaseline = 'middle';
      spec.gaps.forEach((gap, i) => {
        if (!gap) return;
        const cx = x.getPixelForValue(i);
        const half = Math.max(6, (x.width / Math.max(1, spec.keys.length)) * 0.45);
        ctx.strokeRect(cx - half, top, half * 2, bottom - top);
        if (!spec.gapLabel) return;
        ctx.save();
        ctx.translate(cx, (top + bottom) / 2);
        ctx.rotate(-Math.PI / 2);
        ctx.fillText(spec.gapLabel, 0, 0);
        ctx.restore();
      });
      ctx.restore();
    },
  };
}

/** The chart.js configuration of a count spec; `libraries` limits the series shown (undefined = all). */
export function countChartConfig(
  spec: CountSpec,
  theme: ChartTheme = LIGHT_THEME,
  libraries?: readonly string[],
): ChartConfiguration<'bar', number[], string[]> {
  const series = spec.series.filter((s) => !libraries || libraries.includes(s.key));
  return {
    type: 'bar',
    data: {
      labels: spec.ticks.map((t) => [...t]),
      datasets: series.map((s) => ({
        label: s.label,
        data: [...s.counts],
        backgroundColor: s.color,
        borderColor: theme.bg,
        borderWidth: spec.stacked ? { top: 1 } : 0,
        borderSkipped: 'bottom',
        maxBarThickness: 40,
        categoryPercentage: 0.9,
        barPercentage: 0.9,
      })),
    },
    plugins: [gapsPlugin(spec, theme), totalsPlugin(theme)],
    options: {
      responsive: true,
      maintainAspectRatio: false,
      animation: false,
      events: [],
      layout: { padding: { top: 18, right: 8 } },
      scales: {
        x: {
          stacked: spec.stacked,
          ticks: {
            color: theme.muted,
            autoSkip: true,
            maxRotation: 0,
            font: { family: theme.font, size: CHART_TEXT_PX },
          },
          grid: { display: false },
        },
        y: {
          stacked: spec.stacked,
          beginAtZero: true,
          grace: '5%',
          ticks: {
            color: theme.muted,
            precision: 0,
            maxTicksLimit: 6,
            font: { family: theme.font, size: CHART_TEXT_PX },
          },
          grid: { color: theme.grid },
          border: { display: false },
        },
      },
    },
  };
}
