/**
 * Links from a figure to the sentence that states it. Pure.
 *
 * A figure links to its report page at `#fig-<group>-<key>` — the row of the report's figures table,
 * which quotes the sentence and is highlighted by CSS `:target` — followed by a Text Fragment
 * (`:~:text=start,end`) built from that sentence, which Chromium, Safari and Firefox scroll to and
 * highlight in the report text itself (`::target-text`). A browser without Text Fragments ignores the
 * directive and lands on the table row. No script, no rehype plugin: the sentence is found at build
 * time by `findSentence`, the same code that fills the open-data `quote` column.
 */

/** The id of a figure's row in its report's figures table: `use.circulation` → `fig-use-circulation`. */
export const figureAnchor = (metricId: string): string => `fig-${metricId.replace(/\./g, '-')}`;

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

/** Where a figure is stated: its report page, its table row, and the sentence as a Text Fragment. */
export function sourcePath(row: { library: string; year: number; metric: string; quote: string }): string {
  return `${reportPath(row)}#${figureAnchor(row.metric)}${textFragment(row.quote)}`;
}

/** The compare page of a metric: `collection.total` → `/compare/collection/total/`. */
export const comparePath = (metricId: string): string => `/compare/${metricId.replace('.', '/')}/`;

/** The metric dictionary entry of a metric. */
export const metricDocPath = (metricId: string): string => `/metrics/#${metricId}`;
