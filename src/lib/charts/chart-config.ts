/**
 * A chart spec → chart.js configuration. Pure: the page's colours and font come in as a theme and the
 * hatching of inexact bars as a function, so the browser island (src/browser/chart-draw.ts) and the
 * build-time PNG renderer (src/images/chart-png.ts) draw exactly the same chart from the same spec.
 * Approximate and lower-bound values are hatched (bars) or hollow with dashed segments (lines); each
 * value's wording ("42万多人次") and badges are drawn above its bar or point. On a log axis bars become points.
 */
import type { ChartConfiguration, Plugin, ScriptableLineSegmentContext } from 'chart.js';
import { CHART_TEXT_PX, countChartConfig, type ChartTheme } from './count-chart-config.ts';
import { ACROSS_FROM } from './chart-files.ts';
import type { AnyChartSpec, ChartPoint, ChartSpec } from './specs.ts';
import { FALLBACK_COLOR } from './palette.ts';

export type { ChartTheme } from './count-chart-config.ts';

/** What the reader chose: the scale and the libraries shown (undefined = all). */
export interface ChartState {
  readonly scale: 'linear' | 'log';
  readonly libraries?: readonly string[] | undefined;
}

/** The default state: linear scale, every library. */
export const DEFAULT_STATE: ChartState = { scale: 'linear' };

/** Makes the fill of an inexact bar: a hatch pattern in `color` (or the colour itself where none can be made). */
export type HatchFill = (color: string) => CanvasPattern | string;

/** Side of the square hatch tile, in canvas pixels. */
export const HATCH_TILE = 8;

/** Minimal 2D context the hatch tile needs (the DOM's and @napi-rs/canvas's both fit). */
interface TileContext {
  fillStyle: unknown;
  strokeStyle: unknown;
  lineWidth: number;
  fillRect(x: number, y: number, w: number, h: number): void;
  beginPath(): void;
  moveTo(x: number, y: number): void;
  lineTo(x: number, y: number): void;
  stroke(): void;
}

/** Paint one HATCH_TILE × HATCH_TILE tile of diagonal hatching in `color` on `bg`. */
export function paintHatchTile(g: TileContext, color: string, bg: string): void {
  g.fillStyle = bg;
  g.fillRect(0, 0, HATCH_TILE, HATCH_TILE);
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
}

const inexact = (p: ChartPoint | null | undefined): boolean => Boolean(p && p.qualifier !== 'exact');

/**
 * Writes each value as the report words it above its bar or point (`*` marks a part-year figure), and its
 * badges (a wider scope, definition labels) in brackets: they travel with the number, on the page and in
 * the PNG alike.
 */
function writtenLabels(theme: ChartTheme): Plugin {
  return {
    id: 'writtenLabels',
    afterDatasetsDraw(chart) {
      const { ctx } = chart;
      ctx.save();
      ctx.font = `${CHART_TEXT_PX}px ${theme.font}`;
      ctx.fillStyle = theme.fg;
      // Above an upright bar or a point; after a bar drawn across.
      const across = chart.options.indexAxis === 'y';
      ctx.textAlign = across ? 'left' : 'center';
      ctx.textBaseline = across ? 'middle' : 'bottom';
      chart.data.datasets.forEach((ds, i) => {
        const meta = chart.getDatasetMeta(i);
        if (meta.hidden) return;
        const pts = (ds as unknown as { points: readonly (ChartPoint | null)[] }).points;
        meta.data.forEach((el, j) => {
          const p = pts[j];
          if (!p) return;
          const text = `${p.shown}${p.period ? '*' : ''}`;
          const badges = p.badges ? `［${p.badges}］` : '';
          if (across) {
            ctx.fillText(badges ? `${text} ${badges}` : text, el.x + 6, el.y);
            return;
          }
          ctx.fillText(text, el.x, el.y - 6);
          if (badges) {
            ctx.fillStyle = theme.muted;
            ctx.fillText(badges, el.x, el.y - 22);
            ctx.fillStyle = theme.fg;
          }
        });
      });
      ctx.restore();
    },
  };
}

/** Axis tick text: values of 10 000 and more in 万, as the reports write them. */
export const tickLabel = (v: number | string): string => (Number(v) >= 1e4 ? `${Number(v) / 1e4}万` : String(v));

/** The range of a log axis: whole powers of ten around the shown values (undefined when none is > 0). */
export function logRange(values: readonly number[]): { min: number; max: number } | undefined {
  const positive = values.filter((v) => v > 0);
  if (!positive.length) return undefined;
  return {
    min: 10 ** Math.floor(Math.log10(Math.min(...positive))),
    max: 10 ** Math.ceil(Math.log10(Math.max(...positive) * 1.05)),
  };
}

/** The chart.js configuration of a bar or line spec in `state`. */
export function chartConfig(
  spec: ChartSpec,
  state: ChartState,
  theme: ChartTheme,
  hatch: HatchFill = (color) => color,
): ChartConfiguration {
  const keep = (lib: string): boolean => !state.libraries || state.libraries.includes(lib);
  let categories = [...spec.categories];
  let datasets: ChartConfiguration['data']['datasets'];
  if (spec.kind === 'bar') {
    const s = spec.series[0];
    // A null point is the gap of a drawn selection (“⋯ 另 980 个馆”, see drawnSpec): kept, with no bar.
    const idx = (s?.points ?? []).map((p, i) => (p === null || keep(p.library) ? i : -1)).filter((i) => i >= 0);
    categories = idx.map((i) => spec.categories[i] ?? '');
    const pts = idx.map((i) => s?.points[i] ?? null);
    // On a log axis a bar's length means nothing (it starts at an arbitrary power of ten): points instead.
    datasets = [
      state.scale === 'log'
        ? ({
            type: 'line',
            label: spec.label,
            data: pts.map((p) => p?.value ?? null),
            showLine: false,
            pointStyle: 'rectRot',
            pointRadius: 7,
            pointBorderWidth: 2,
            pointBackgroundColor: pts.map((p) => (inexact(p) ? theme.bg : (p?.color ?? FALLBACK_COLOR))),
            pointBorderColor: pts.map((p) => p?.color ?? FALLBACK_COLOR),
            points: pts,
          } as never)
        : ({
            type: 'bar',
            label: spec.label,
            data: pts.map((p) => p?.value ?? null),
            backgroundColor: pts.map((p) => (p && inexact(p) ? hatch(p.color) : (p?.color ?? FALLBACK_COLOR))),
            borderColor: pts.map((p) => p?.color ?? FALLBACK_COLOR),
            borderWidth: pts.map((p) => (inexact(p) ? 2 : 0)),
            maxBarThickness: 56,
            points: pts,
          } as never),
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
            pointBackgroundColor: s.points.map((p) => (inexact(p) ? theme.bg : s.color)),
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
  const log =
    state.scale === 'log'
      ? logRange(
          spec.series
            .flatMap((s) => s.points)
            .filter((p): p is ChartPoint => p !== null && keep(p.library))
            .map((p) => p.value),
        )
      : undefined;
  const font = { family: theme.font, size: CHART_TEXT_PX };
  const hasBadges = spec.series.some((s) => s.points.some((p) => p?.badges));
  // Many bars are drawn across (names on the left, values after the bars): see ACROSS_FROM.
  const across = spec.kind === 'bar' && categories.length >= ACROSS_FROM;
  const categoryAxis = {
    // Categories in the middle of their band (bars' default, for lines too): no value label sits on an edge.
    offset: true,
    ticks: { color: theme.muted, autoSkip: false, maxRotation: 0, font },
    grid: { display: false },
  };
  const valueAxis = {
    type: state.scale === 'log' ? 'logarithmic' : 'linear',
    beginAtZero: state.scale !== 'log',
    grace: '10%',
    ...(log ?? {}),
    ticks: { color: theme.muted, maxTicksLimit: 6, font, callback: (v: number | string) => tickLabel(v) },
    grid: { color: theme.grid },
    border: { display: false },
  } as const;
  return {
    type: spec.kind,
    data: { labels: categories, datasets },
    plugins: [writtenLabels(theme)],
    options: {
      responsive: true,
      maintainAspectRatio: false,
      animation: false,
      events: [],
      ...(across ? { indexAxis: 'y' as const } : {}),
      // Room for the written values: above the highest bar or point, or after the longest bar drawn across.
      layout: {
        padding: across ? { top: 4, right: hasBadges ? 200 : 84 } : { top: hasBadges ? 38 : 22, right: 12 },
      },
      scales: across ? { y: categoryAxis, x: valueAxis } : { x: categoryAxis, y: valueAxis },
    },
  };
}

/** The configuration of any spec the island draws: bar/line charts and count charts alike. */
export function anyChartConfig(
  spec: AnyChartSpec,
  state: ChartState,
  theme: ChartTheme,
  hatch?: HatchFill,
): ChartConfiguration {
  return spec.kind === 'counts'
    ? countChartConfig(spec, theme, state.libraries)
    : chartConfig(spec, state, theme, hatch);
}
