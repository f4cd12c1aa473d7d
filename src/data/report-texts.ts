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

/**
 * What a report's HTML is made from besides its events, and the cache key that names it (besides the code):
 * the report's id, library and year, the base path, its text and its figures' sentences. The events
 * are not in the key: they are extracted from that text (the same extractor as the content check's,
 * src/check/shared-results.ts), so the same text gives the same events. Writing them into every key took
 * most of the key's time (two keys per report and build, 4,000 reports: about 12 s of a warm rebuild).
 */
export interface ReportHtmlJob {
  readonly body: string;
  readonly figures: PreparedReport['figures'];
  readonly base: string;
  readonly key: string;
}

/** A report's job: its text, figure sentences and base path, and their key. */
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
  const base = import.meta.env.BASE_URL;
  return { body, figures, base, key: JSON.stringify([r.id, r.data.library.id, r.data.year, base, body, figures]) };
}

/** Everything the renderer is fed: the job and the report's events, found only when the HTML is made. */
const preparedOf = (r: ReportEntry, job: ReportHtmlJob): PreparedReport => ({
  library: r.data.library.id,
  year: r.data.year,
  events: textOrderEvents(r, job.body),
  figures: job.figures,
});

/** The build's worker task for a report's HTML (src/integrations/build-worker.ts). */
export const reportHtmlTask = (r: ReportEntry, job: ReportHtmlJob): PoolTask => ({
  kind: 'report-html',
  space: 'report-html',
  key: job.key,
  input: { body: job.body, prepared: preparedOf(r, job), base: job.base },
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
function render(r: ReportEntry, job: ReportHtmlJob): RenderedReport {
  const { body, base, key } = job;
  const filePath = resolve(r.filePath ?? `${CONTENT_DIR}/reports/${r.id}.mdx`);
  try {
    const rendered = renderReportHtml(body, preparedOf(r, job), { base });
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
