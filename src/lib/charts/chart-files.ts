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

/** The HTML that embeds a chart: an `<iframe>` of its embed page (`url` absolute) titled for screen readers. */
export function embedSnippet({ url, title, height = 560 }: { url: string; title: string; height?: number }): string {
  return `<iframe src="${escapeAttr(url)}" title="${escapeAttr(title)}" width="100%" height="${height}" loading="lazy" style="border:0"></iframe>`;
}
