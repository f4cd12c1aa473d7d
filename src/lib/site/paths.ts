/**
 * Every site path the pages link to, without the deployment base (pages add it with `href`, src/data/content.ts;
 * elsewhere `joinBase`). One module, so a URL is written once and a route's file name has one builder. Pure.
 *
 * Provenance: a figure links to its report page at `#num-<group>-<key>`: the number itself in the report text,
 * marked by the remark plugin `remark-figure-numbers` inside its sentence; CSS `:target` highlights the number
 * and `:has(:target)` its sentence on arrival. A figure whose sentence is not found links to its row of the
 * report's figures table (`#fig-<group>-<key>`) instead. No script: the sentence is found at build time by
 * `findSentence`, the same code that fills the open-data `quote` column and that the plugin uses. (A Text
 * Fragment `:~:text=` is not added: where the browser follows it, the element id is no longer the `:target`,
 * so the number would not be highlighted.)
 */
import type { PlanEvidence } from '../model/plan-outcomes.ts';

/** The site path of a report page. */
export const reportPath = (r: { library: string; year: number }): string => `/reports/${r.library}/${r.year}/`;

/** A library's profile page. */
export const libraryPath = (id: string): string => `/libraries/${id}/`;

/** The timeline of one library, or of all libraries. */
export const timelinePath = (library?: string): string => (library ? `/timeline/${library}/` : '/timeline/');

/** A page of the all-library timeline, given its path under /timeline/year/ (`2021/03/2`). */
export const periodPath = (path: string): string => `/timeline/year/${path}/`;

/** An event's place in its report's text. */
export const eventPath = (e: { library: string; year: number; id: string }): string => `${reportPath(e)}#${e.id}`;

/** The compare page of a metric: `collection.total` → `/compare/collection/total/`. */
export const comparePath = (metricId: string): string => `/compare/${metricId.replace('.', '/')}/`;

/** The metric dictionary entry of a metric. */
export const metricDocPath = (metricId: string): string => `/metrics/#${metricId}`;

/** The id of a figure's row in its report's figures table: `use.circulation` → `fig-use-circulation`. */
export const figureAnchor = (metricId: string): string => `fig-${metricId.replace(/\./g, '-')}`;

/** The id of a figure's number in the report text: `use.circulation` → `num-use-circulation`. */
export const numberAnchor = (metricId: string): string => `num-${metricId.replace(/\./g, '-')}`;

/** Where a figure is stated: its number in the report text, or (sentence unknown) its figures-table row. */
export function sourcePath(row: { library: string; year: number; metric: string; quote: string }): string {
  return `${reportPath(row)}#${row.quote ? numberAnchor(row.metric) : figureAnchor(row.metric)}`;
}

/** Percent-encode a Text Fragment term: its syntax characters `-`, `,` and `&` included. */
const term = (s: string): string => encodeURIComponent(s).replace(/-/g, '%2D');

/** Characters of each end of a long sentence used as the fragment's start and end terms. */
const START = 14;
const END = 8;

/**
 * The Text Fragment directive for a sentence: the whole sentence when short, else `start,end`
 * (start and end of the same sentence, both at sentence boundaries, so CJK word bounds never break it).
 */
export function textFragment(sentence: string): string {
  const s = sentence.trim().replace(/\s+/g, ' ');
  if (!s) return '';
  const chars = [...s];
  if (chars.length <= START + END + 4) return `:~:text=${term(s)}`;
  return `:~:text=${term(chars.slice(0, START).join('').trim())},${term(chars.slice(-END).join('').trim())}`;
}

/** Where a plan's evidence is, in the report at `report`: the event's anchor, or the sentence as a Text Fragment. */
export function evidencePath(report: string, e: PlanEvidence): string {
  return 'event' in e ? `${report}#${e.event}` : `${report}#${textFragment(e.quote)}`;
}

/** A chart id as a path segment: ids are `[A-Za-z0-9.-]`, anything else would be a bug upstream. */
export function chartSegment(id: string): string {
  if (!/^[A-Za-z0-9][A-Za-z0-9.-]*$/.test(id)) throw new Error(`Chart id "${id}" is not a safe path segment`);
  return id;
}

/** A chart's build-time PNG. */
export const chartImagePath = (id: string): string => `/charts/${chartSegment(id)}.png`;

/** A chart's embeddable page. */
export const embedPath = (id: string): string => `/embed/${chartSegment(id)}/`;

/** A chart's CSV download (compare, profile and count charts alike): exactly the points it draws. */
export const chartCsvPath = (spec: { readonly id: string }): string => `/data/charts/${chartSegment(spec.id)}.csv`;
/** The search page, with a query when given: `/search/?q=%E9%A6%86%E8%97%8F`. */
export const searchPath = (query?: string): string =>
  query === undefined ? '/search/' : `/search/?q=${encodeURIComponent(query)}`;
