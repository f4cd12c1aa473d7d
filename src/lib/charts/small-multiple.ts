/**
 * A small multiple's drawing: one library's metric over the years as bars in a 100×40 SVG viewBox, the
 * tallest 38 high; inexact values are drawn hollow and dashed; a year without a report is a gap. Pure.
 */
import { FALLBACK_COLOR } from './palette.ts';
import type { ChartSpec } from './specs.ts';

/** The viewBox of a small multiple's SVG, and the height of its tallest bar. */
export const MULTIPLE_BOX = { width: 100, height: 40, tallest: 38 } as const;

/** The SVG's `viewBox` attribute. */
export const MULTIPLE_VIEWBOX = `0 0 ${MULTIPLE_BOX.width} ${MULTIPLE_BOX.height}`;

/** One bar, in viewBox units. */
export interface MultipleBar {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  /** Exact values are filled; the others (约, 余, 多 …) outlined and dashed. */
  readonly exact: boolean;
}

export interface SmallMultipleBars {
  /** The library's colour (the spec's one series). */
  readonly color: string;
  /** Aligned with the spec's years; null where there is no report. */
  readonly bars: readonly (MultipleBar | null)[];
}

/** The bars of a one-library spec's small multiple (`profileSpecs`). */
export function smallMultipleBars(spec: ChartSpec): SmallMultipleBars {
  const series = spec.series[0];
  const points = series?.points ?? [];
  const max = Math.max(1, ...points.map((p) => p?.value ?? 0));
  const w = MULTIPLE_BOX.width / Math.max(1, points.length);
  return {
    color: series?.color ?? FALLBACK_COLOR,
    bars: points.map((p, i) => {
      if (!p) return null;
      const height = (p.value / max) * MULTIPLE_BOX.tallest;
      return {
        x: i * w + w * 0.2,
        y: MULTIPLE_BOX.height - height,
        width: w * 0.6,
        height,
        exact: p.qualifier === 'exact',
      };
    }),
  };
}
