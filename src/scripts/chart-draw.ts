/**
 * Draws one build-time chart spec with chart.js. Loaded lazily by the chart island when a chart
 * scrolls into view. Registers only what the specs use: bar and line controllers, their elements,
 * category / linear / logarithmic scales. Legend and tooltips are HTML beside the chart (cheaper and
 * readable by everyone); each value's written form ("42万多") is drawn on the chart by a tiny plugin.
 * Approximate and lower-bound values are hatched (bars) or hollow with dashed segments (lines).
 */
import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  LinearScale,
  LineController,
  LineElement,
  LogarithmicScale,
  PointElement,
  type ChartConfiguration,
  type Plugin,
  type ScriptableLineSegmentContext,
} from 'chart.js';
import type { ChartPoint, ChartSpec } from '../lib/series.ts';

Chart.register(
  BarController,
  BarElement,
  CategoryScale,
  LinearScale,
  LogarithmicScale,
  LineController,
  LineElement,
  PointElement,
);

/** What the reader chose: the scale and the libraries shown (undefined = all). */
export interface ChartState {
  readonly scale: 'linear' | 'log';
  readonly libraries?: readonly string[] | undefined;
}

const css = (name: string, fallback: string): string =>
  getComputedStyle(document.documentElement).getPropertyValue(name).trim() || fallback;

/** Diagonal hatching in the library's colour: the mark of a value that is not exact. */
function hatch(color: string): CanvasPattern | string {
  const c = document.createElement('canvas');
  c.width = 8;
  c.height = 8;
  const g = c.getContext('2d');
  if (!g) return color;
  g.fillStyle = css('--bg', '#fff');
  g.fillRect(0, 0, 8, 8);
  g.strokeStyle = color;
  g.lineWidth = 2.5;
  g.beginPath();
  g.moveTo(-2, 10);
  g.lineTo(10, -2);
  g.moveTo(-2, 2);
  g.lineTo(2, -2);
  g.moveTo(6, 10);
  g.lineTo(10, 6);
  g.stroke();
  return g.createPattern(c, 'repeat') ?? color;
}

const inexact = (p: ChartPoint | null | undefined): boolean => Boolean(p && p.qualifier !== 'exact');

/** Writes each value as the report wrote it above its bar or point. */
const writtenLabels: Plugin = {
  id: 'writtenLabels',
  afterDatasetsDraw(chart) {
    const { ctx } = chart;
    ctx.save();
    ctx.font = `12px ${css('--font-sans', 'sans-serif')}`;
    ctx.fillStyle = css('--fg', '#222');
    ctx.textAlign = 'center';
    ctx.textBaseline = 'bottom';
    chart.data.datasets.forEach((ds, i) => {
      const meta = chart.getDatasetMeta(i);
      if (meta.hidden) return;
      const pts = (ds as unknown as { points: readonly (ChartPoint | null)[] }).points;
      meta.data.forEach((el, j) => {
        const p = pts[j];
        if (!p) return;
        ctx.fillText(`${p.written}${p.period ? '*' : ''}`, el.x, el.y - 6);
      });
    });
    ctx.restore();
  },
};

function config(spec: ChartSpec, state: ChartState): ChartConfiguration {
  const keep = (lib: string): boolean => !state.libraries || state.libraries.includes(lib);
  const fg = css('--muted', '#555');
  const grid = css('--rule', '#ddd');
  const bg = css('--bg', '#fff');
  let categories = [...spec.categories];
  let datasets: ChartConfiguration['data']['datasets'];
  if (spec.kind === 'bar') {
    const s = spec.series[0];
    const idx = (s?.points ?? []).map((p, i) => (p && keep(p.library) ? i : -1)).filter((i) => i >= 0);
    categories = idx.map((i) => spec.categories[i] ?? '');
    const pts = idx.map((i) => s?.points[i] ?? null);
    datasets = [
      {
        type: 'bar',
        label: spec.label,
        data: pts.map((p) => p?.value ?? null),
        backgroundColor: pts.map((p) => (p && inexact(p) ? hatch(p.color) : (p?.color ?? '#0072B2'))),
        borderColor: pts.map((p) => p?.color ?? '#0072B2'),
        borderWidth: pts.map((p) => (inexact(p) ? 2 : 0)),
        maxBarThickness: 56,
        points: pts,
      } as never,
    ];
  } else {
    datasets = spec.series
      .filter((s) => keep(s.key))
      .map(
        (s) =>
          ({
            type: 'line',
            label: s.label,
            data: s.points.map((p) => p?.value ?? null),
            borderColor: s.color,
            backgroundColor: s.color,
            pointStyle: s.shape,
            pointRadius: 6,
            pointBorderWidth: 2,
            pointBackgroundColor: s.points.map((p) => (inexact(p) ? bg : s.color)),
            pointBorderColor: s.color,
            spanGaps: false,
            points: s.points,
            segment: {
              borderDash: (c: ScriptableLineSegmentContext) =>
                inexact(s.points[c.p0DataIndex]) || inexact(s.points[c.p1DataIndex]) ? [6, 4] : undefined,
            },
          }) as never,
      );
  }
  // A log axis spans whole powers of ten, so a small change is not blown up to fill the chart.
  const values = spec.series
    .flatMap((s) => s.points)
    .filter((p) => p && keep(p.library))
    .map((p) => p?.value ?? 0)
    .filter((v) => v > 0);
  const logMin = values.length ? 10 ** Math.floor(Math.log10(Math.min(...values))) : undefined;
  const logMax = values.length ? 10 ** Math.ceil(Math.log10(Math.max(...values) * 1.05)) : undefined;
  return {
    type: spec.kind,
    data: { labels: categories, datasets },
    plugins: [writtenLabels],
    options: {
      responsive: true,
      maintainAspectRatio: false,
      animation: false,
      events: [],
      layout: { padding: { top: 22, right: 12 } },
      scales: {
        x: { ticks: { color: fg, autoSkip: false, maxRotation: 0 }, grid: { display: false } },
        y: {
          type: state.scale === 'log' ? 'logarithmic' : 'linear',
          beginAtZero: state.scale !== 'log',
          grace: '10%',
          ...(state.scale === 'log' ? { min: logMin, max: logMax } : {}),
          ticks: {
            color: fg,
            maxTicksLimit: 6,
            callback: (v) => (Number(v) >= 1e4 ? `${Number(v) / 1e4}万` : String(v)),
          },
          grid: { color: grid },
          border: { display: false },
        },
      },
    },
  };
}

/** Draw a spec into a canvas; returns how to redraw with another state. */
export function draw(
  canvas: HTMLCanvasElement,
  spec: ChartSpec,
  state: ChartState,
): { update(state: ChartState): void } {
  let chart = new Chart(canvas, config(spec, state));
  return {
    update(next) {
      chart.destroy();
      chart = new Chart(canvas, config(spec, next));
    },
  };
}
