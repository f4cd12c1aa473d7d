/**
 * Links from a figure to the sentence that states it. Pure.
 *
 * A figure links to its report page at `#num-<group>-<key>`: the number itself in the report text,
 * marked by the remark plugin `remark-figure-numbers` inside its sentence; CSS `:target` highlights
 * the number and `:has(:target)` its sentence on arrival. A figure whose sentence is not found links
 * to its row of the report's figures table (`#fig-<group>-<key>`) instead. No script: the sentence is
 * found at build time by `findSentence`, the same code that fills the open-data `quote` column and
 * that the plugin uses. (A Text Fragment `:~:text=` is not added: where the browser follows it, the
 * element id is no longer the `:target`, so the number would not be highlighted.)
 */

/** The id of a figure's row in its report's figures table: `use.circulation` → `fig-use-circulation`. */
export const figureAnchor = (metricId: string): string => `fig-${metricId.replace(/\./g, '-')}`;

/** The id of a figure's number in the report text: `use.circulation` → `num-use-circulation`. */
export const numberAnchor = (metricId: string): string => `num-${metricId.replace(/\./g, '-')}`;

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

/** The site path of a report page. */
export const reportPath = (r: { library: string; year: number }): string => `/reports/${r.library}/${r.year}/`;

/** Where a figure is stated: its number in the report text, or (sentence unknown) its figures-table row. */
export function sourcePath(row: { library: string; year: number; metric: string; quote: string }): string {
  return `${reportPath(row)}#${row.quote ? numberAnchor(row.metric) : figureAnchor(row.metric)}`;
}

/** The compare page of a metric: `collection.total` → `/compare/collection/total/`. */
export const comparePath = (metricId: string): string => `/compare/${metricId.replace('.', '/')}/`;

/** The metric dictionary entry of a metric. */
export const metricDocPath = (metricId: string): string => `/metrics/#${metricId}`;

/** The search page, with a query when given: `/search/?q=%E9%A6%86%E8%97%8F`. */
export const searchPath = (query?: string): string =>
  query === undefined ? '/search/' : `/search/?q=${encodeURIComponent(query)}`;
