/**
 * Social images (PNG, 1200×630) drawn at build time with @napi-rs/canvas. The CJK font comes with the
 * npm dependencies (@fontsource/noto-sans-sc, whose unicode-range subsets are all registered under one
 * family; Skia falls back across them by character), so every build machine renders the same image.
 */
import { createCanvas, GlobalFonts } from '@napi-rs/canvas';
import { readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { CardBar } from '../lib/social-card.ts';
import { SOCIAL_IMAGE } from '../lib/social.ts';

const FAMILY = 'Yearbook Noto Sans SC';
let fontsReady = false;

function registerFonts(): void {
  if (fontsReady) return;
  const pkg = dirname(createRequire(import.meta.url).resolve('@fontsource/noto-sans-sc/package.json'));
  const files = join(pkg, 'files');
  for (const f of readdirSync(files).sort()) {
    if (/-(400|700)-normal\.woff2$/.test(f)) GlobalFonts.registerFromPath(join(files, f), FAMILY);
  }
  fontsReady = true;
}

/** What one card shows. */
export interface Card {
  readonly title: string;
  readonly subtitle: string;
  readonly bars: readonly CardBar[];
  /** Small print under the bars. */
  readonly note: string;
  /** Bar colour. */
  readonly color: string;
}

const INK = '#1f2328';
const MUTED = '#5a6069';
const TRACK = '#e8e5de';

/** Draw text, shrinking the font until it fits `maxWidth`. */
function fitText(
  ctx: ReturnType<ReturnType<typeof createCanvas>['getContext']>,
  text: string,
  x: number,
  y: number,
  weight: number,
  size: number,
  maxWidth: number,
): void {
  let s = size;
  do {
    ctx.font = `${weight} ${s}px "${FAMILY}"`;
    s -= 2;
  } while (ctx.measureText(text).width > maxWidth && s > 12);
  ctx.fillText(text, x, y);
}

/** The card as PNG bytes. */
export async function renderCard(card: Card): Promise<Buffer> {
  registerFonts();
  const { width: W, height: H } = SOCIAL_IMAGE;
  const canvas = createCanvas(W, H);
  const ctx = canvas.getContext('2d');
  ctx.fillStyle = '#fdfcf9';
  ctx.fillRect(0, 0, W, H);
  ctx.fillStyle = card.color;
  ctx.fillRect(0, 0, 16, H);
  ctx.textBaseline = 'alphabetic';
  const left = 72;
  ctx.fillStyle = MUTED;
  fitText(ctx, '图书馆年鉴 · Library Yearbook', left, 80, 400, 28, W - 2 * left);
  ctx.fillStyle = INK;
  fitText(ctx, card.title, left, 160, 700, 68, W - 2 * left);
  ctx.fillStyle = MUTED;
  fitText(ctx, card.subtitle, left, 212, 400, 30, W - 2 * left);

  const top = 262;
  const rowH = card.bars.length ? Math.min(60, (H - top - 70) / card.bars.length) : 0;
  const labelW = 300;
  const barX = left + labelW;
  const barMax = W - barX - left - 260;
  card.bars.forEach((b, i) => {
    const y = top + i * rowH;
    ctx.fillStyle = INK;
    fitText(ctx, b.label, left, y + rowH * 0.62, 400, 28, labelW - 20);
    ctx.fillStyle = TRACK;
    ctx.fillRect(barX, y + rowH * 0.2, barMax, rowH * 0.55);
    ctx.fillStyle = card.color;
    ctx.fillRect(barX, y + rowH * 0.2, Math.max(4, barMax * b.fraction), rowH * 0.55);
    ctx.fillStyle = INK;
    fitText(ctx, b.text, barX + barMax + 20, y + rowH * 0.62, 700, 30, 240);
  });
  ctx.fillStyle = MUTED;
  fitText(ctx, card.note, left, H - 40, 400, 22, W - 2 * left);
  return canvas.encode('png');
}
