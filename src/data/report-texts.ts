/**
 * A report page's text as HTML (src/lib/report-text/render-html.ts), fed with what the build already computed:
 * the events the content check extracted and the sentence of every figure (src/data/content.ts), so
 * the text is parsed once more, not split, matched and extracted again — and not at all when an earlier
 * build rendered the same text with the same code (src/lib/cache-store.ts). In `astro build` the build's
 * workers render the texts ahead of the pages (src/data/pooled.ts). A markup problem fails the build with
 * the file, the line in the file and a fix, like every other content problem.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { CONTENT_DIR } from '../content-dir.ts';
import { sharedBuildCache } from '../lib/cache-store.ts';
import { formatProblems } from '../lib/model/messages.ts';
import type { PoolTask } from '../lib/shared-pool.ts';
import type { PreparedReport } from '../lib/report-text/prepared-report.ts';
import { ReportMarkupError, renderReportHtml, type RenderedReport } from '../lib/report-text/render-html.ts';
import { getReportFigureRows, reportBody, textOrderEvents, type ReportEntry } from './content.ts';
import { pooled } from './pooled.ts';

/** 1-based line of the body's first line in its file (the body is the trimmed text after the frontmatter). */
function bodyLine(filePath: string, body: string): number {
  const text = readFileSync(filePath, 'utf8');
  const at = text.indexOf(body);
  return at < 0 ? 1 : text.slice(0, at).split('\n').length;
}

/** What a report's HTML is made from, and the cache key that names it (besides the code). */
export interface ReportHtmlJob {
  readonly body: string;
  readonly prepared: PreparedReport;
  readonly base: string;
  readonly key: string;
}

/** The inputs of one report's HTML: its text, its events and figure sentences, the base path. */
export async function reportHtmlJob(r: ReportEntry): Promise<ReportHtmlJob> {
  const body = reportBody(r);
  const rows = await getReportFigureRows(r.data.library.id, r.data.year);
  const figures = rows
    .filter((row) => row.quote)
    .map((row) => ({
      metric: row.metric,
      written: row.written,
      unit: row.unit,
      sentence: row.quote,
      quote: r.data.figures[row.metric]?.quote,
      line: row.quoteLine,
    }));
  const prepared = { library: r.data.library.id, year: r.data.year, events: textOrderEvents(r), figures };
  const base = import.meta.env.BASE_URL;
  // Everything the HTML depends on besides the code (which the cache's own digest covers).
  return { body, prepared, base, key: JSON.stringify([r.id, base, body, prepared]) };
}

/** The build's worker task for a report's HTML (src/integrations/build-worker.ts). */
export const reportHtmlTask = (job: ReportHtmlJob): PoolTask => ({
  kind: 'report-html',
  space: 'report-html',
  key: job.key,
  input: { body: job.body, prepared: job.prepared, base: job.base },
});

/** Render one report's text for its page: made ahead by the build's workers, or here. */
export async function getReportHtml(r: ReportEntry): Promise<RenderedReport> {
  const job = await reportHtmlJob(r);
  const read = (): RenderedReport | undefined => {
    const hit = sharedBuildCache()?.get('report-html', job.key);
    return hit && (JSON.parse(hit.toString('utf8')) as RenderedReport);
  };
  return pooled(`report-html:${r.id}`, read, () => Promise.resolve(render(r, job)));
}

/** The report's HTML made here, stored in the cache; a markup problem fails the build with file, line and fix. */
function render(r: ReportEntry, { body, prepared, base, key }: ReportHtmlJob): RenderedReport {
  const filePath = resolve(r.filePath ?? `${CONTENT_DIR}/reports/${r.id}.mdx`);
  try {
    const rendered = renderReportHtml(body, prepared, { base });
    sharedBuildCache()?.set('report-html', key, JSON.stringify(rendered));
    return rendered;
  } catch (e) {
    if (!(e instanceof ReportMarkupError)) throw e;
    const file = r.filePath ?? filePath;
    const line = e.line === undefined ? undefined : bodyLine(filePath, body) + e.line - 1;
    const problem = {
      severity: 'error' as const,
      code: 'report/markup',
      file,
      line,
      field: '正文',
      message: { zh: e.zh, en: e.en },
      hint: { zh: e.hintZh, en: e.hintEn },
    };
    throw new Error(`报告正文有问题：${formatProblems([problem])}\n${formatProblems([problem], 'en')}`, { cause: e });
  }
}
