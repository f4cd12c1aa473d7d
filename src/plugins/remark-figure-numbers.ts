/**
 * remark plugin (thin adapter): in a report under the content folder, mark each number the frontmatter
 * records as a figure where the text states it — a link to the metric's compare page with the id
 * `num-<group>-<key>` that provenance links target — and put the marked metrics on
 * `file.data.figureNumbers`. The work is done by `markNumbers` (src/lib/mark-tree.ts); the sentence of
 * each figure is found by `findSentence`, as for the open-data `quote` column.
 *
 * The site's report renderer (src/lib/report-html.ts) runs it with the sentences the content check found
 * (`file.data.report`); on its own, in any MDX compile, it finds them from the frontmatter
 * (tests/unit/remark-figure-numbers.test.ts compiles `.mdx` with it).
 */
import { resolve, sep } from 'node:path';
import type { RemarkPlugin } from '@astrojs/markdown-remark';
import type { VFile } from 'vfile';
import { metric } from '../lib/catalog.ts';
import { blankFrontmatter } from '../lib/chronicle.ts';
import { markNumbers, type LineFigure, type MdNode } from '../lib/mark-tree.ts';
import { comparePath, numberAnchor } from '../lib/provenance.ts';
import { findSentence, splitSentences } from '../lib/sentences.ts';
import { joinBase } from '../lib/url.ts';
import { figuresSchema } from '../schemas/figures.ts';

declare module 'vfile' {
  interface DataMap {
    /** Metric ids whose number is marked in the text, set by remark-figure-numbers. */
    figureNumbers: string[];
  }
}

export interface RemarkFigureNumbersOptions {
  /** The content folder (relative to the working directory or absolute); other files are skipped. */
  contentDir: string;
  /** The deployment base path (`/` or `/yearbook/`), for the compare links. */
  base: string;
}

/**
 * The figures of a file compiled on its own (frontmatter in `file.data.astro`), each with its sentence;
 * the site's renderer (src/lib/report-html.ts) passes the sentences the content check already matched
 * as `file.data.report`.
 */
function fromFrontmatter(file: VFile): LineFigure[] | undefined {
  // Bad figures are reported by the content check before the build; here only good ones are marked.
  const parsed = figuresSchema.safeParse(file.data.astro?.frontmatter?.['figures']);
  if (!parsed.success) return undefined;
  const sentences = splitSentences(blankFrontmatter(String(file.value)));
  return Object.values(parsed.data).flatMap((f) => {
    const m = metric(f.metric);
    const s = findSentence(sentences, f.written, m.keywords, f.quote);
    return s
      ? [{ metric: f.metric, written: f.written, unit: m.unit, sentence: s.text, quote: f.quote, line: s.line }]
      : [];
  });
}

/** The plugin: `unified({ remarkPlugins: [[remarkFigureNumbers, { contentDir, base }]] })`. */
export const remarkFigureNumbers: RemarkPlugin<[RemarkFigureNumbersOptions]> = (options) => {
  const root = resolve(options.contentDir) + sep;
  return (tree, file): void => {
    if (!file.path || !resolve(file.path).startsWith(root)) return;
    const figures = file.data.report?.figures ?? fromFrontmatter(file);
    if (!figures) return;
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
