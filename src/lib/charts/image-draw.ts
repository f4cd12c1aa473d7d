/**
 * Paints a chart image's frame (./image-layout.ts) on a 2D context — the build's @napi-rs/canvas or the
 * browser's canvas alike — in the chart's theme: background, texts, legend swatches (chart.js's own point
 * shapes, as the chart draws them) and the rule above the footer. The chart's drawing is put in
 * `layout.plot` by the caller.
 */
import { drawPoint } from 'chart.js/helpers';
import type { ChartTheme } from './count-chart-config.ts';
import { FRAME, type FrameLayout } from './image-layout.ts';

/** The part of a 2D context the frame needs (the DOM's and @napi-rs/canvas's both fit). */
export interface FrameContext {
  fillStyle: unknown;
  strokeStyle: unknown;
  lineWidth: number;
  font: string;
  textAlign: string;
  textBaseline: string;
  fillRect(x: number, y: number, w: number, h: number): void;
  fillText(text: string, x: number, y: number, maxWidth?: number): void;
  beginPath(): void;
  moveTo(x: number, y: number): void;
  lineTo(x: number, y: number): void;
  stroke(): void;
  save(): void;
  restore(): void;
}

/** Paint `layout`'s background, texts, swatches and rule; the drawing goes in `layout.plot` afterwards. */
export function paintFrame(g: FrameContext, layout: FrameLayout, theme: ChartTheme): void {
  g.save();
  g.fillStyle = theme.bg;
  g.fillRect(0, 0, layout.width, layout.height);
  g.textAlign = 'left';
  g.textBaseline = 'middle';
  for (const t of layout.texts) {
    g.font = `${t.bold ? 'bold ' : ''}${t.size}px ${theme.font}`;
    g.fillStyle = t.muted ? theme.muted : theme.fg;
    g.fillText(t.text, t.x, t.y + (t.size * FRAME.leading) / 2, t.maxWidth);
  }
  for (const m of layout.marks) {
    g.fillStyle = m.swatch.color;
    g.strokeStyle = m.swatch.color;
    g.lineWidth = 1.5;
    drawPoint(
      g as unknown as CanvasRenderingContext2D,
      { pointStyle: m.swatch.shape, radius: 5, borderWidth: 1.5, rotation: 0 },
      m.x,
      m.y,
    );
  }
  g.strokeStyle = theme.grid;
  g.lineWidth = 1;
  g.beginPath();
  g.moveTo(FRAME.pad, layout.ruleY + 0.5);
  g.lineTo(layout.width - FRAME.pad, layout.ruleY + 0.5);
  g.stroke();
  g.restore();
}
