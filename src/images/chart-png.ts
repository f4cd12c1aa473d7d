/**
 * Chart specs drawn to PNG at build time: chart.js on @napi-rs/canvas, with the same configuration the
 * chart island uses in the browser (src/lib/charts/chart-config.ts), the light colours, the bundled Noto Sans
 * SC (src/images/cjk-font.ts), a fixed size and pixel ratio and no animation — so two builds on any
 * machines write the same bytes. The PNGs are the charts' view without JavaScript, their printed image
 * (`/charts/<id>.png`) and the charts of the social cards. A chart's own image is framed (renderChartPng):
 * title, unit, legend, notes, sources and licence drawn around it (src/lib/charts/image-frame.ts), so the
 * file says what it shows once saved. (chart.js's title and legend plugins are not used for it: they do
 * not wrap long text, have no footer, and would shrink the drawing inside the same canvas.)
 */
import { createCanvas, type Canvas } from '@napi-rs/canvas';
import { Chart, type ChartItem, type Plugin } from 'chart.js';
import { CHART_PARTS } from '../lib/charts/chart-parts.ts';
import {
  anyChartConfig,
  DEFAULT_STATE,
  HATCH_TILE,
  paintHatchTile,
  type ChartState,
  type ChartTheme,
} from '../lib/charts/chart-config.ts';
import { CHART_IMAGE } from '../lib/charts/chart-files.ts';
import { paintFrame } from '../lib/charts/image-draw.ts';
import { chartImageLayout, type ChartImageInput } from '../lib/charts/image-layout.ts';
import { LIGHT_THEME } from '../lib/charts/count-chart-config.ts';
import type { AnyChartSpec } from '../lib/charts/specs.ts';
import { assertDrawable, FONT_FAMILY, registerCjkFont } from './cjk-font.ts';

Chart.register(...CHART_PARTS);

/** The light scheme with the bundled font: what every image is drawn in. */
export const IMAGE_THEME: ChartTheme = { ...LIGHT_THEME, font: `"${FONT_FAMILY}"` };

/** Fills the chart's background, so the image reads on any page and prints as it looks. */
const background = (color: string): Plugin => ({
  id: 'imageBackground',
  beforeDraw(chart) {
    const { ctx } = chart;
    ctx.save();
    ctx.fillStyle = color;
    ctx.fillRect(0, 0, chart.width, chart.height);
    ctx.restore();
  },
});

function hatch(color: string): CanvasPattern | string {
  const tile = createCanvas(HATCH_TILE, HATCH_TILE);
  const g = tile.getContext('2d');
  paintHatchTile(g, color, IMAGE_THEME.bg);
  return g.createPattern(tile, 'repeat') ?? color;
}

/** Draw `spec` on a new canvas of `width`×`height` CSS pixels at `ratio`. */
export function drawChart(
  spec: AnyChartSpec,
  { width, height, ratio }: { width: number; height: number; ratio: number } = CHART_IMAGE,
  state: ChartState = DEFAULT_STATE,
): Canvas {
  registerCjkFont();
  Chart.defaults.font.family = IMAGE_THEME.font;
  const canvas = createCanvas(width, height);
  const ctx = canvas.getContext('2d');
  // Every text chart.js draws must come from the bundled font (see cjk-font.ts): its family, its characters.
  const fillText = ctx.fillText.bind(ctx);
  ctx.fillText = (text: string, x: number, y: number, maxWidth?: number) => {
    if (!ctx.font.includes(FONT_FAMILY))
      throw new Error(`Chart text "${text}" is set in "${ctx.font}", not the bundled font`);
    assertDrawable(text);
    if (maxWidth === undefined) fillText(text, x, y);
    else fillText(text, x, y, maxWidth);
  };
  const config = anyChartConfig(spec, state, IMAGE_THEME, hatch);
  const chart = new Chart(ctx as unknown as ChartItem, {
    ...config,
    plugins: [background(IMAGE_THEME.bg), ...(config.plugins ?? [])],
    options: { ...config.options, responsive: false, devicePixelRatio: ratio, animation: false },
  });
  // Stop chart.js tracking the instance; destroy() would also clear the canvas, so keep a copy.
  const copy = createCanvas(canvas.width, canvas.height);
  copy.getContext('2d').drawImage(canvas, 0, 0);
  chart.destroy();
  return copy;
}

/**
 * A chart's image as PNG bytes: its spec drawn CHART_IMAGE wide (taller for many bars drawn across:
 * barChartSize), framed by the words of `frame` (src/lib/charts/image-layout.ts places them).
 */
export async function renderChartPng({ spec, frame }: ChartImageInput): Promise<Buffer> {
  const layout = chartImageLayout({ spec, frame });
  const { width, ratio } = CHART_IMAGE;
  const plot = drawChart(spec, { width, height: layout.plot.height, ratio });
  for (const t of layout.texts) assertDrawable(t.text);
  const canvas = createCanvas(width * ratio, layout.height * ratio);
  const g = canvas.getContext('2d');
  g.scale(ratio, ratio);
  paintFrame(g, layout, IMAGE_THEME);
  g.drawImage(plot, 0, layout.plot.y, width, layout.plot.height);
  return canvas.encode('png');
}
