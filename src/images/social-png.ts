/**
 * Social cards (PNG, 1200×630) drawn at build time with @napi-rs/canvas: the name (Chinese), a line
 * about it, and a chart of its key metric drawn by the same chart.js renderer as the chart images
 * (src/images/chart-png.ts, the chart island's configuration). The bundled Noto Sans SC
 * (src/images/cjk-font.ts) is the only font, so every build machine draws the same card.
 */
import { createCanvas, type SKRSContext2D } from '@napi-rs/canvas';
import type { CardChart } from '../lib/views/social-card.ts';
import { SOCIAL_IMAGE } from '../lib/site/social-meta.ts';
import { drawChart } from './chart-png.ts';
import { assertDrawable, FONT_FAMILY, registerCjkFont } from './cjk-font.ts';

/** What one card shows. */
export interface Card {
  readonly title: string;
  readonly subtitle: string;
  /** The chart, if there are figures to show. */
  readonly chart: CardChart | undefined;
  /** Small print under the chart. */
  readonly note: string;
  /** The accent stripe's colour. */
  readonly color: string;
}

const INK = '#1f2328';
const MUTED = '#5a6069';
const LEFT = 72;
/** The chart's box on the card, in card pixels; it is drawn at half that size and pixel ratio 2. */
const CHART_BOX = { x: LEFT, y: 282, width: 1200 - 2 * LEFT, height: 288 } as const;

/** Draw text, shrinking the font until it fits `maxWidth`. */
function fitText(
  ctx: SKRSContext2D,
  text: string,
  x: number,
  y: number,
  weight: number,
  size: number,
  maxWidth: number,
): void {
  assertDrawable(text);
  let s = size;
  do {
    ctx.font = `${weight} ${s}px "${FONT_FAMILY}"`;
    s -= 2;
  } while (ctx.measureText(text).width > maxWidth && s > 12);
  ctx.fillText(text, x, y);
}

/** The card as PNG bytes. */
export async function renderCard(card: Card): Promise<Buffer> {
  registerCjkFont();
  const { width: W, height: H } = SOCIAL_IMAGE;
  const canvas = createCanvas(W, H);
  const ctx = canvas.getContext('2d');
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, W, H);
  ctx.fillStyle = card.color;
  ctx.fillRect(0, 0, 16, H);
  ctx.textBaseline = 'alphabetic';
  ctx.fillStyle = MUTED;
  fitText(ctx, '图书馆年鉴 · Library Yearbook', LEFT, 72, 400, 26, W - 2 * LEFT);
  ctx.fillStyle = INK;
  fitText(ctx, card.title, LEFT, 148, 700, 64, W - 2 * LEFT);
  ctx.fillStyle = MUTED;
  fitText(ctx, card.subtitle, LEFT, 198, 400, 28, W - 2 * LEFT);
  if (card.chart) {
    const { spec, state } = card.chart;
    ctx.fillStyle = INK;
    fitText(ctx, `${spec.title}（${spec.unit}）`, LEFT, 258, 700, 30, W - 2 * LEFT);
    const chart = drawChart(spec, { width: CHART_BOX.width / 2, height: CHART_BOX.height / 2, ratio: 2 }, state);
    ctx.drawImage(chart, CHART_BOX.x, CHART_BOX.y, CHART_BOX.width, CHART_BOX.height);
  }
  ctx.fillStyle = MUTED;
  fitText(ctx, card.note, LEFT, H - 28, 400, 22, W - 2 * LEFT);
  return canvas.encode('png');
}
