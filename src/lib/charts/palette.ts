/**
 * One colour and one marker shape per library, the same on every chart. Colours are the Okabe–Ito
 * colour-blind-safe set, ordered so the first ones keep ≥ 3:1 contrast on both the light and the dark
 * background; shapes make colour never the only signal. Assignment is by library id order, so adding
 * a library never changes the colours of the others' ids that sort before it.
 */

/** Okabe–Ito, reordered for contrast on light and dark backgrounds (yellow and black last/omitted). */
export const OKABE_ITO = ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#E69F00', '#56B4E9', '#F0E442'] as const;

/** The colour of a series or point the palette has no swatch for (the first colour). */
export const FALLBACK_COLOR = OKABE_ITO[0];

/** chart.js point styles, one per library after the colour. */
export const SHAPES = ['circle', 'rect', 'triangle', 'rectRot', 'star', 'crossRot', 'cross'] as const;
export type Shape = (typeof SHAPES)[number];

/** A library's colour and shape. */
export interface Swatch {
  readonly color: string;
  readonly shape: Shape;
}

/** Colour and shape for every library id, assigned in sorted id order (stable, deterministic). */
export function palette(libraryIds: readonly string[]): ReadonlyMap<string, Swatch> {
  const ids = [...new Set(libraryIds)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return new Map(
    ids.map((id, i) => [
      id,
      {
        color: OKABE_ITO[i % OKABE_ITO.length] as string,
        shape: SHAPES[i % SHAPES.length] as Shape,
      },
    ]),
  );
}
