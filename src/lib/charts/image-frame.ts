/**
 * What a chart image carries around its drawing so that it stands alone once saved or printed: the title,
 * the unit, a legend of the libraries drawn (when more than one is), the notes on how values are drawn,
 * and a footer naming the reports the numbers come from, the site (with the page's address when known)
 * and the data's licence. The build-time PNG (`/charts/<id>.png`, src/images/chart-png.ts) and the
 * browser's “下载 PNG” (src/browser/chart-export.ts) both frame their drawing with it (./image-layout.ts
 * places it, ./image-draw.ts paints it). Pure: the words come in already worded in the image's language.
 */
import type { Legend, LegendEntry } from './chart-figure.ts';
import type { Shape } from './palette.ts';

/** One library in an image's legend: its colour and marker, as on the page. */
export interface FrameSwatch {
  /** The library id (the browser drops the libraries the reader hid). */
  readonly key: string;
  readonly label: string;
  readonly color: string;
  readonly shape: Shape;
}

/** The words around a chart image, every one already in the image's language. */
export interface ImageFrame {
  /** The chart's title, its scope included (“馆藏总量：2021年各馆（总分馆体系）”). */
  readonly title: string;
  /** The unit, worded (“单位：万册”). */
  readonly unit: string;
  /** The libraries drawn, when more than one is (a single series needs no key). */
  readonly legend: readonly FrameSwatch[];
  /** How values are drawn (hatched = approximate, ＊ = part-year, a selection of the libraries …). */
  readonly notes: readonly string[];
  /** The source sentence (“来源：北海市图书馆 2021年工作总结。”). */
  readonly source: string;
  /** The site's name; the page's address follows it when known. */
  readonly credit: string;
  /** The absolute address of the page the chart belongs to (the browser sets the one it was saved from). */
  readonly url?: string | undefined;
  /** The data's licence, worded (“数据许可：CC BY 4.0 https://…”). */
  readonly licence: string;
}

/** A legend note that is not a library. */
export type LegendNote = Exclude<LegendEntry, { kind: 'series' }>;

/** How the image's language words its unit and its notes. */
export interface FrameWords {
  readonly unit: (unit: string) => string;
  readonly note: (entry: LegendNote) => string;
}

/** What a frame is made of: the page's title, unit, legend and source line, the site and its licence. */
export interface FrameInput {
  readonly title: string;
  readonly unit: string;
  readonly legend?: Legend | undefined;
  readonly source: string;
  readonly credit: string;
  readonly url?: string | undefined;
  readonly licence: string;
}

/** The frame of a chart image: a legend only when it names more than one library; notes in the legend's order. */
export function imageFrame(input: FrameInput, words: FrameWords): ImageFrame {
  const entries = input.legend?.entries ?? [];
  const swatches = entries.flatMap((e) =>
    e.kind === 'series' ? [{ key: e.key, label: e.label, color: e.color, shape: e.shape }] : [],
  );
  return {
    title: input.title,
    unit: input.unit ? words.unit(input.unit) : '',
    legend: swatches.length > 1 ? swatches : [],
    notes: entries.flatMap((e) => (e.kind === 'series' ? [] : [words.note(e)])),
    source: input.source,
    credit: input.credit,
    ...(input.url ? { url: input.url } : {}),
    licence: input.licence,
  };
}

/** The frame with only the libraries the reader shows (`undefined`: all) in its legend. */
export function frameShowing(frame: ImageFrame, libraries: readonly string[] | undefined): ImageFrame {
  if (!libraries) return frame;
  const legend = frame.legend.filter((s) => libraries.includes(s.key));
  return { ...frame, legend: legend.length > 1 ? legend : [] };
}
