/**
 * Where the words of a chart image's frame (./image-frame.ts) go: the title and unit above the drawing,
 * the legend and notes under them, the footer below. Text widths are estimated (./text-wrap.ts), never
 * measured, so the layout — and the image's height — is the same in the build, in the page's
 * `<img height>` and in the browser's export, whatever font draws it; the estimate errs wide, and the
 * painter passes the line width as `fillText`'s maximum. Pure.
 */
import { barChartSize, CHART_IMAGE } from './chart-files.ts';
import type { ImageFrame, FrameSwatch } from './image-frame.ts';
import type { AnyChartSpec } from './specs.ts';
import { textWidth, wrapText } from './text-wrap.ts';

/** Sizes of the frame in CSS pixels. */
export const FRAME = {
  pad: 16,
  title: 17,
  text: 13,
  small: 12,
  /** Line height as a multiple of the font size. */
  leading: 1.45,
  /** Room for a legend swatch before its label, and between legend items. */
  swatch: 18,
  gap: 18,
} as const;

/** One line of text to draw: its top-left corner, size, weight and whether muted. */
export interface FrameText {
  readonly text: string;
  readonly x: number;
  readonly y: number;
  readonly size: number;
  readonly bold: boolean;
  readonly muted: boolean;
  readonly maxWidth: number;
}

/** A legend swatch to draw, centred at x, y. */
export interface FrameMark {
  readonly x: number;
  readonly y: number;
  readonly swatch: FrameSwatch;
}

/** The whole image: its size, where the chart's drawing goes, and the frame's texts and marks. */
export interface FrameLayout {
  readonly width: number;
  readonly height: number;
  readonly plot: { readonly y: number; readonly height: number };
  /** Where the rule between drawing and footer is drawn. */
  readonly ruleY: number;
  readonly texts: readonly FrameText[];
  readonly marks: readonly FrameMark[];
}

/** The layout of `frame` around a drawing `plotHeight` px tall, `width` px wide. */
export function frameLayout(frame: ImageFrame, width: number, plotHeight: number): FrameLayout {
  const { pad } = FRAME;
  const inner = width - 2 * pad;
  const texts: FrameText[] = [];
  const marks: FrameMark[] = [];
  let y = pad;
  const block = (text: string, size: number, bold = false, muted = false): void => {
    for (const line of wrapText(text, size, inner)) {
      texts.push({ text: line, x: pad, y, size, bold, muted, maxWidth: inner });
      y += Math.ceil(size * FRAME.leading);
    }
  };
  block(frame.title, FRAME.title, true);
  if (frame.unit) block(frame.unit, FRAME.text, false, true);
  if (frame.legend.length) {
    y += 4;
    const row = Math.ceil(FRAME.text * FRAME.leading);
    let x = pad;
    for (const swatch of frame.legend) {
      const w = FRAME.swatch + textWidth(swatch.label, FRAME.text);
      if (x > pad && x + w > width - pad) {
        x = pad;
        y += row;
      }
      marks.push({ x: x + 6, y: y + row / 2, swatch });
      const max = width - pad - x - FRAME.swatch;
      texts.push({
        text: swatch.label,
        x: x + FRAME.swatch,
        y,
        size: FRAME.text,
        bold: false,
        muted: false,
        maxWidth: max,
      });
      x += w + FRAME.gap;
    }
    y += row;
  }
  for (const note of frame.notes) block(note, FRAME.small, false, true);
  const plot = { y: Math.ceil(y + 4), height: plotHeight };
  y = plot.y + plotHeight + 8;
  const ruleY = y;
  y += 8;
  block(frame.source, FRAME.small, false, true);
  block(frame.url ? `${frame.credit} ${frame.url}` : frame.credit, FRAME.small, false, true);
  block(frame.licence, FRAME.small, false, true);
  return { width, height: Math.ceil(y + pad - 4), plot, ruleY, texts, marks };
}

/** What a chart image says and draws: the spec drawn and the words around it. */
export interface ChartImageInput {
  readonly spec: AnyChartSpec;
  readonly frame: ImageFrame;
}

/** The layout of a build-time chart image (`/charts/<id>.png`): CHART_IMAGE wide, its drawing barChartSize tall. */
export const chartImageLayout = ({ spec, frame }: ChartImageInput): FrameLayout =>
  frameLayout(frame, CHART_IMAGE.width, barChartSize(spec.kind === 'bar' ? spec.categories.length : undefined).height);
