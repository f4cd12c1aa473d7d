/**
 * Where the words of a chart image's frame (./image-frame.ts) go: the title and unit above the drawing,
 * the legend and notes under them, the footer below. Text widths are estimated from the characters
 * (a CJK character is one em, Latin ones less), never measured, so the layout — and the image's height —
 * is the same in the build, in the page's `<img height>` and in the browser's export, whatever font draws
 * it; the estimate errs wide, and the painter passes the line width as `fillText`'s maximum. Pure.
 */
import { barChartSize, CHART_IMAGE } from './chart-files.ts';
import type { ImageFrame, FrameSwatch } from './image-frame.ts';
import type { AnyChartSpec } from './specs.ts';

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

const WIDE =
  /[\u1100-\u11ff\u2e80-\ua4cf\uac00-\ud7af\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\u{20000}-\u{3fffd}]/u;

/** Estimated advance of one character, in ems: wide for CJK and full-width forms, generous for Latin. */
function advance(ch: string): number {
  if (WIDE.test(ch) || ch === '“' || ch === '”' || ch === '—' || ch === '…') return 1;
  if (ch === ' ') return 0.3;
  if (/[mwMW@%]/.test(ch)) return 0.95;
  if (/[A-Z]/.test(ch)) return 0.72;
  return 0.62;
}

/** Estimated width of `text` at `size` px (never below what Noto Sans SC or a system CJK font draws). */
export const textWidth = (text: string, size: number): number => [...text].reduce((w, ch) => w + advance(ch) * size, 0);

/** Closing punctuation never starts a line: it stays with the character before it. */
const CLOSING = new Set([...'，。、；：！？）」』”’》】,.;:!?)']);

/** Break units: a CJK character (with closing punctuation after it), or a run of other characters and its spaces. */
function tokens(text: string): string[] {
  const out: string[] = [];
  let word = '';
  for (const ch of text) {
    if (CLOSING.has(ch) && (word || out.length)) {
      if (word) word += ch;
      else out[out.length - 1] += ch;
    } else if (WIDE.test(ch)) {
      if (word) out.push(word);
      word = '';
      out.push(ch);
    } else if (/\s/.test(ch)) {
      if (word) out.push(word + ch);
      else if (out.length) out[out.length - 1] += ch;
      word = '';
    } else word += ch;
  }
  if (word) out.push(word);
  return out;
}

/** `text` broken into lines no wider than `width`: between CJK characters, at spaces, or inside a long word. */
export function wrapText(text: string, size: number, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const token of tokens(text)) {
    if (textWidth((line + token).trimEnd(), size) <= width) {
      line += token;
      continue;
    }
    if (line) lines.push(line.trimEnd());
    line = '';
    // A word longer than the line (a URL) is cut where it must be.
    for (const ch of token) {
      if (line && textWidth((line + ch).trimEnd(), size) > width) {
        lines.push(line.trimEnd());
        line = '';
      }
      line += ch;
    }
  }
  if (line.trim()) lines.push(line.trimEnd());
  return lines;
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
