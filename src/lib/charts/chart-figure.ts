/**
 * What a chart's `<figure>` shows around the drawing, computed from its spec: the heading id, what the
 * island and the image draw (a selection at scale, see drawnSpec) and how tall, the JSON the island reads,
 * the legend, the table rows in reading order, and the reports the numbers come from. Pure; the words
 * around these facts are the page's language (`src/i18n/chart-strings.ts`).
 */
import { barChartSize } from './chart-files.ts';
import type { Shape } from './palette.ts';
import {
  DRAWN_BARS,
  DRAWN_LINES,
  drawnSpec,
  specPoints,
  type AnyChartSpec,
  type ChartPoint,
  type ChartSpec,
  type CountSpec,
} from './specs.ts';

/** Above this many reports the source line counts them: each value in the table links to its sentence. */
export const LISTED_REPORTS = 24;

/** Library id → the name a page shows (English pages); without it, the names the spec carries. */
export type LibraryNames = ReadonlyMap<string, string> | undefined;

/** What a chart draws when it draws a selection of the libraries: the spec's sentence and its numbers. */
export interface DrawnSelection {
  readonly kind: 'bar' | 'line';
  /** The spec's own (Chinese) sentence, e.g. “共 1000 个馆，图中画出数值最大的 10 个和最小的 10 个”. */
  readonly text: string;
  /** Libraries in the table. */
  readonly total: number;
  /** Bars: drawn at each end (largest and smallest); lines: drawn in all. */
  readonly drawn: number;
}

/** One line of a chart's legend: a library's swatch, or a note on how the chart is drawn. */
export type LegendEntry =
  | {
      readonly kind: 'series';
      /** The library id. */
      readonly key: string;
      readonly label: string;
      readonly color: string;
      readonly shape: Shape;
    }
  | { readonly kind: 'selection'; readonly selection: DrawnSelection }
  | { readonly kind: 'inexact'; readonly chart: 'bar' | 'line' }
  | { readonly kind: 'part-year' }
  | { readonly kind: 'badges' }
  | { readonly kind: 'stack-order' };

/** A legend: its entries, and whether it names a stacking order (read bottom up). */
export interface Legend {
  readonly stacked: boolean;
  readonly entries: readonly LegendEntry[];
}

/** Who the numbers of a chart come from: each report named, or (many reports) counted. */
export type ChartSources =
  | { readonly kind: 'list'; readonly reports: readonly { readonly libraryName: string; readonly year: number }[] }
  | {
      readonly kind: 'count';
      readonly libraries: number;
      readonly reports: number;
      readonly from: number;
      readonly to: number;
    };

/** What every chart figure needs, whatever it draws. */
export interface ChartFrameView {
  readonly id: string;
  readonly headingId: string;
  /** The one-sentence summary of what is drawn: the canvas' label and the image's alt text. */
  readonly summary: string;
  /** The spec drawn, as JSON safe inside `<script type="application/json">`. */
  readonly json: string;
  /** The canvas' size class (many bars drawn across; the image's framed height is src/data/chart-images.ts'). */
  readonly size: '' | 'across-m' | 'across-l';
  readonly legend?: Legend;
}

/** What a chart of figures' title says: bars of one year or of each library's latest, or lines over the years. */
export type ChartHeading = { readonly kind: 'bar'; readonly year: number | undefined } | { readonly kind: 'line' };

/** A chart of figures: the frame, and the table of every value with its sources. */
export interface FigureChartView extends ChartFrameView {
  readonly heading: ChartHeading;
  /** Every value, in the table's order: bars as drawn (largest first), lines largest first. */
  readonly rows: readonly ChartPoint[];
  readonly sources: ChartSources;
}

/** The id of a chart's heading: `bar-use.visits` → `chart-bar-use-visits`. */
export const chartHeadingId = (id: string): string => `chart-${id.replace(/[^a-zA-Z0-9-]/g, '-')}`;

/** A spec as JSON inside a `<script>` element: `<` escaped, so no string in it can close the element. */
export const specJson = (spec: AnyChartSpec): string => JSON.stringify(spec).replace(/</g, '\\u003c');

const named = (names: LibraryNames, id: string, fallback: string): string => names?.get(id) ?? fallback;

/** The selection `drawnSpec` made of `spec`, if any, with the numbers an English sentence needs. */
function selectionOf(spec: ChartSpec, drawn: ChartSpec): DrawnSelection | undefined {
  if (!drawn.selection) return undefined;
  return spec.kind === 'bar'
    ? { kind: 'bar', text: drawn.selection, total: specPoints(spec).length, drawn: DRAWN_BARS / 2 }
    : { kind: 'line', text: drawn.selection, total: spec.series.length, drawn: DRAWN_LINES };
}

/** The legend of a chart of figures: the selection, each drawn line's library, and how inexact values look. */
function figureLegend(spec: ChartSpec, drawn: ChartSpec, names: LibraryNames): Legend {
  const selection = selectionOf(spec, drawn);
  const entries: LegendEntry[] = [
    ...(selection ? [{ kind: 'selection', selection } as const] : []),
    ...(drawn.kind === 'line'
      ? drawn.series.map((s) => ({
          kind: 'series' as const,
          key: s.key,
          label: named(names, s.key, s.label),
          color: s.color,
          shape: s.shape,
        }))
      : []),
    ...(drawn.hasInexact ? [{ kind: 'inexact', chart: spec.kind } as const] : []),
    ...(drawn.hasPartYear ? [{ kind: 'part-year' } as const] : []),
    ...(specPoints(spec).some((p) => p.badges) ? [{ kind: 'badges' } as const] : []),
  ];
  return { stacked: false, entries };
}

/** The reports behind `points`, each once, by library then year; counted when there are many. */
export function chartSources(points: readonly ChartPoint[], names?: LibraryNames): ChartSources {
  const reports = [...new Map(points.map((p) => [`${p.library}-${p.year}`, p])).values()].sort(
    (a, b) => a.library.localeCompare(b.library) || a.year - b.year,
  );
  if (reports.length <= LISTED_REPORTS)
    return {
      kind: 'list',
      reports: reports.map((p) => ({ libraryName: named(names, p.library, p.libraryName), year: p.year })),
    };
  const years = points.map((p) => p.year);
  return {
    kind: 'count',
    libraries: new Set(points.map((p) => p.library)).size,
    reports: reports.length,
    from: Math.min(...years),
    to: Math.max(...years),
  };
}

/** What `spec`'s title says (barSpec and lineSpec name it so in Chinese): the year when all bars share one. */
export function chartHeading(spec: ChartSpec): ChartHeading {
  if (spec.kind === 'line') return { kind: 'line' };
  const years = new Set(specPoints(spec).map((p) => p.year));
  return { kind: 'bar', year: years.size === 1 ? [...years][0] : undefined };
}

/** Everything a chart of figures shows; `names` gives libraries the page's names (table, legend, sources). */
export function figureChartView(spec: ChartSpec, names?: LibraryNames): FigureChartView {
  const points = specPoints(spec);
  const rows =
    spec.kind === 'bar'
      ? points
      : [...points].sort((a, b) => b.value - a.value || a.library.localeCompare(b.library) || a.year - b.year);
  const drawn = drawnSpec(spec);
  const { size } = barChartSize(drawn.kind === 'bar' ? drawn.categories.length : undefined);
  return {
    id: spec.id,
    headingId: chartHeadingId(spec.id),
    heading: chartHeading(spec),
    summary: drawn.summary,
    json: specJson(drawn),
    size,
    legend: figureLegend(spec, drawn, names),
    rows: names ? rows.map((p) => ({ ...p, libraryName: named(names, p.library, p.libraryName) })) : rows,
    sources: chartSources(points, names),
  };
}

/** Everything a chart of counts shows around its table: a legend naming the stacking order when stacked. */
export function countChartView(spec: CountSpec, names?: LibraryNames): ChartFrameView {
  const series = spec.series.map((s) => ({
    kind: 'series' as const,
    key: s.key,
    label: named(names, s.key, s.label),
    color: s.color,
    shape: s.shape,
  }));
  return {
    id: spec.id,
    headingId: chartHeadingId(spec.id),
    summary: spec.summary,
    json: specJson(spec),
    size: '',
    ...(spec.stacked ? { legend: { stacked: true, entries: [...series, { kind: 'stack-order' } as const] } } : {}),
  };
}
