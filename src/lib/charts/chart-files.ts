/**
 * A chart's other forms: the size of its build-time PNG, its download's file name and the `<iframe>` snippet
 * that embeds it elsewhere (their paths, `/charts/<id>.png` and `/embed/<id>/`, are in src/lib/site/paths.ts).
 * Pure.
 */
import { chartSegment } from '../site/paths.ts';

/** Size of a chart image in CSS pixels and its pixel ratio (the PNG has width×ratio by height×ratio pixels). */
export const CHART_IMAGE = { width: 760, height: 300, ratio: 2 } as const;

/**
 * From this many bars on, a bar chart is drawn across — names on the left, one per line, each value after
 * its bar — because upright bars' names and values overlap (on a phone already from five or six).
 */
export const ACROSS_FROM = 7;

/** How tall a chart of `bars` bars (undefined: not a bar chart) is drawn: its size class and image height. */
export function barChartSize(bars: number | undefined): { size: '' | 'across-m' | 'across-l'; height: number } {
  if (bars === undefined || bars < ACROSS_FROM) return { size: '', height: CHART_IMAGE.height };
  return bars <= 12 ? { size: 'across-m', height: 420 } : { size: 'across-l', height: 600 };
}

/** The file name of a chart's PNG download. */
export const chartFileName = (id: string): string => `${chartSegment(id)}.png`;

const escapeAttr = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The message an embed page posts to the page framing it: `{ type: EMBED_HEIGHT_MESSAGE, height }` (CSS px). */
export const EMBED_HEIGHT_MESSAGE = 'library-yearbook:embed-height';

/**
 * The frame's height when no script resizes it (the embedding page's CSP forbids inline script): tall
 * enough for a chart with a short table at desktop widths; taller content scrolls inside the frame.
 */
export const EMBED_FALLBACK_HEIGHT = 800;

/**
 * The HTML that embeds a chart: an `<iframe>` of its embed page (`url` absolute) titled for screen readers,
 * and a few lines that listen for the embed's height (EMBED_HEIGHT_MESSAGE) and size the frame to it, so the
 * chart, its table and its source line show without an inner scrollbar at any width. Only messages from
 * the embed's own origin and window count. Without script the frame keeps its fixed `height`.
 */
export function embedSnippet({
  url,
  title,
  height = EMBED_FALLBACK_HEIGHT,
}: {
  url: string;
  title: string;
  height?: number;
}): string {
  const origin = new URL(url).origin;
  const iframe = `<iframe src="${escapeAttr(url)}" title="${escapeAttr(title)}" width="100%" height="${height}" loading="lazy" style="border:0" data-library-yearbook></iframe>`;
  const listener =
    `<script>addEventListener("message",function(e){var d=e.data;` +
    `if(e.origin!==${JSON.stringify(origin)}||!d||d.type!==${JSON.stringify(EMBED_HEIGHT_MESSAGE)})return;` +
    `document.querySelectorAll("iframe[data-library-yearbook]").forEach(function(f){` +
    `if(f.contentWindow===e.source)f.style.height=Math.ceil(d.height)+"px"})});</script>`;
  return `${iframe}\n${listener}`;
}
