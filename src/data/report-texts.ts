/**
 * A report page's text as HTML (src/lib/report-text/render-html.ts), fed with what the build already computed:
 * the events the content check extracted and the sentence of every figure (src/data/content.ts), so
 * the text is parsed once more, not split, matched and extracted again — and not at all when an earlier
 * build rendered the same text with the same code (src/lib/cache-store.ts). A markup problem fails the
 * build with the file, the line in the file and a fix, like every other content problem.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { CONTENT_DIR } from '../content-dir.ts';
import { sharedBuildCache } from '../lib/cache-store.ts';
import { formatProblems } from '../lib/model/messages.ts';
import { ReportMarkupError, renderReportHtml, type RenderedReport } from '../lib/report-text/render-html.ts';
import { getReportFigureRows, reportBody, textOrderEvents, type ReportEntry } from './content.ts';

/** 1-based line of the body's first line in its file (the body is the trimmed text after the frontmatter). */
function bodyLine(filePath: string, body: string): number {
  const text = readFileSync(filePath, 'utf8');
  const at = text.indexOf(body);
  return at < 0 ? 1 : text.slice(0, at).split('\n').length;
}

/** Render one report's text for its page. */
export async function getReportHtml(r: ReportEntry): Promise<RenderedReport> {
  const body = reportBody(r);
  const filePath = resolve(r.filePath ?? `${CONTENT_DIR}/reports/${r.id}.mdx`);
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
  const cache = sharedBuildCache();
  const key = cache && JSON.stringify([r.id, base, body, prepared]);
  const hit = key && cache.get('report-html', key);
  if (hit) return JSON.parse(hit.toString('utf8')) as RenderedReport;
  try {
    const rendered = renderReportHtml(body, prepared, { base });
    if (key) cache.set('report-html', key, JSON.stringify(rendered));
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
