/**
 * The size budget of a report page's text (`npm run bench:size`): the HTML that renders the report's text
 * (the page's `<article>`) against the text itself (its MDX body), both gzip'd. Pure.
 *
 * Why not a plain ratio: besides the text, the article carries a fixed part (the search metadata, the
 * wrapper) and one link per figure number the text states (to the metric's compare page, with a title and
 * an accessible label, about 40–50 B gzip each). For a 20 KB report that is lost in the 1.3×; for a short
 * report with many figures it is not (a correct 1 KB report with 20 figures measured 1.49×). So the budget
 * is 1.3× the text plus a fixed allowance plus an allowance per marked number: a short report passes, a
 * bloated rendering (text doubled, markup per character) still fails.
 */

/** How many times the gzip'd text the article may take, before the allowances. */
export const REPORT_RATIO = 1.3;
/** gzip bytes for the article's fixed part: search metadata and wrapper. */
export const FIXED_ALLOWANCE = 192;
/** gzip bytes for each figure number the text marks (measured 40–50 B). */
export const PER_MARK_ALLOWANCE = 48;

/** The figure numbers marked in an article's HTML (`<a … class="figure-number">`). */
export function countFigureMarks(articleHtml: string): number {
  return articleHtml.match(/class="figure-number"/g)?.length ?? 0;
}

/** The most gzip bytes an article may take for a text of `textBytes` gzip bytes with `marks` marked numbers. */
export function articleBudget(textBytes: number, marks: number): number {
  return Math.round(REPORT_RATIO * textBytes + FIXED_ALLOWANCE + PER_MARK_ALLOWANCE * marks);
}

/** One report page as measured. */
export interface ReportSize {
  readonly page: string;
  /** gzip bytes of the report's text (MDX body). */
  readonly text: number;
  /** gzip bytes of the page's `<article>`. */
  readonly article: number;
  /** figure numbers marked in the article. */
  readonly marks: number;
}

/** Why a report page exceeds its budget, or undefined when it does not. */
export function reportSizeFailure(r: ReportSize): string | undefined {
  if (r.article === 0) return `${r.page}: no <article> holding the report's text`;
  const budget = articleBudget(r.text, r.marks);
  if (r.article <= budget) return undefined;
  return `${r.page}: the report text's HTML (<article>) is ${r.article} B gzip, budget ${budget} B (${REPORT_RATIO}× the text's ${r.text} B + ${FIXED_ALLOWANCE} B + ${PER_MARK_ALLOWANCE} B for each of ${r.marks} marked figures)`;
}
