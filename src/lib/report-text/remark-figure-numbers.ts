/**
 * remark plugin (thin adapter): given a report's figures and their sentences in `file.data.report` (matched
 * once by the content check with `findSentence`, as for the open-data `quote` column), mark each number
 * where the text states it — a link to the metric's compare page with the id `num-<group>-<key>` that
 * provenance links target — and put the marked metrics on `file.data.figureNumbers`. The work is done by
 * `markNumbers` (mark-tree.ts). A file without `file.data.report` is not a report and is left as it is.
 * tests/unit/report-text/remark-figure-numbers.test.ts compiles `.mdx` with it, as Astro would.
 */
import type { RemarkPlugin } from '@astrojs/markdown-remark';
import { metric } from '../model/catalog.ts';
import { markNumbers, type MdNode } from './mark-tree.ts';
import { comparePath, numberAnchor } from '../site/paths.ts';
import { joinBase } from '../site/base-path.ts';
import type { PreparedReport } from './prepared-report.ts';

declare module 'vfile' {
  interface DataMap {
    /** Metric ids whose number is marked in the text, set by remark-figure-numbers. */
    figureNumbers: string[];
  }
}

export interface RemarkFigureNumbersOptions {
  /** The deployment base path (`/` or `/yearbook/`), for the compare links. */
  base: string;
}

/** The plugin: `unified().use(remarkFigureNumbers, { base })`, with the report's figures in `file.data.report`. */
export const remarkFigureNumbers: RemarkPlugin<[RemarkFigureNumbersOptions]> = (options) => {
  return (tree, file): void => {
    const report: PreparedReport | undefined = file.data.report;
    if (!report) return;
    const figures = report.figures;
    const { marked, missing } = markNumbers(tree as unknown as MdNode, figures, {
      id: numberAnchor,
      href: (id) => joinBase(options.base, comparePath(id)),
      label: (id, text) => `${metric(id).label} ${text}`,
      title: (id) => `${metric(id).label}：各馆比较`,
    });
    for (const id of missing) file.message(`${id}: the number of this figure was not found in its sentence's block`);
    file.data.figureNumbers = marked;
  };
};
