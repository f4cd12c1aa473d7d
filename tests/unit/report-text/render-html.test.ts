/**
 * The report text renderer (src/lib/report-text/render-html.ts): the real reports render with every figure number
 * and event anchor from the check's results;
 * the two components and HTML-like tags become the markup the pages had; links respect the base;
 * anything the renderer would have to guess about is an error with its line.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../../src/check/check-content.ts';
import { metric } from '../../../src/lib/model/catalog.ts';
import { loadContent } from '../../../src/check/load-content.ts';
import { readReportBody } from '../../../src/loaders/reports.ts';
import { markupProblem, renderReportHtml, ReportMarkupError } from '../../../src/lib/report-text/render-html.ts';
import type { PreparedReport } from '../../../src/lib/report-text/prepared-report.ts';

const CONTENT = join(process.cwd(), 'content');
const result = checkContent(loadContent(CONTENT));
const opts = { base: '/yearbook/' };
const EMPTY: PreparedReport = { library: 'demo', year: 2021, events: [], figures: [] };
const render = (body: string, base = '/'): string => renderReportHtml(body, EMPTY, { base }).html;
/** The text of an HTML string, tags removed (entities are not used for CJK text). */
const textOf = (html: string): string => html.replace(/<[^>]*>/g, '').replace(/\s+/g, '');

describe('real reports', () => {
  it.each(result.reports.map((r) => [r.path, r] as const))('%s renders every figure and event anchor', (_p, r) => {
    const prepared: PreparedReport = {
      library: r.data.library,
      year: r.data.year,
      events: r.events,
      figures: Object.values(r.data.figures).flatMap((f) => {
        const s = r.found.get(f.metric);
        const m = metric(f.metric);
        return s
          ? [{ metric: f.metric, written: f.written, unit: m.unit, sentence: s.text, quote: f.quote, line: s.line }]
          : [];
      }),
    };
    const { html, headings } = renderReportHtml(r.body, prepared, opts);
    for (const e of r.events) expect(html).toContain(`id="${e.id}"`);
    for (const f of prepared.figures) expect(html).toContain(`id="num-${f.metric.replace('.', '-')}"`);
    // Derived from the report itself, so a short new report (one heading, no figure found) passes too.
    if (prepared.figures.length) expect(html).toContain('href="/yearbook/compare/');
    expect(headings.length).toBe(r.body.split('\n').filter((l) => /^#{1,6}\s/.test(l)).length);
    expect(headings.every((h) => html.includes(`id="${h.slug}"`))).toBe(true);
    // Nothing of the text is lost: every character of every paragraph line is in the output, in order.
    const plain = textOf(html);
    for (const line of r.body.split('\n').filter((l) => /^[\u4e00-\u9fff]/.test(l) && !/[<{*[\]`|]/.test(l)))
      expect(plain).toContain(line.replace(/\s+/g, ''));
  });
});

describe('components and tags', () => {
  it('<Event> is a span with its date and the id the plugin gives it', () => {
    const events = [
      {
        id: 'e-2021-05-1',
        library: 'demo',
        year: 2021,
        start: '2021-05',
        precision: 'month' as const,
        text: '5月获评基地',
        categories: [],
        line: 1,
        source: 'text' as const,
      },
    ];
    const { html } = renderReportHtml('全年<Event date="2021-05">5月获评基地</Event>。', { ...EMPTY, events }, opts);
    expect(html).toBe('<p>全年<span class="event" id="e-2021-05-1" data-date="2021-05">5月获评基地</span>。</p>');
  });

  it('<Restored> keeps the original for readers and screen readers', () => {
    expect(render('馆长<Restored original="å¼ ä¸\u0089">张三</Restored>讲话。')).toBe(
      '<p>馆长<ins class="restored" title="编者修复，原文为乱码：å¼ ä¸\u0089">张三<span class="visually-hidden">（编者修复的乱码，原文：å¼ ä¸\u0089）</span></ins>讲话。</p>',
    );
  });

  it('HTML-like tags stay elements, comments render nothing', () => {
    expect(render('面积1200m<sup>2</sup>。{/* 编者：原文如此 */}')).toBe('<p>面积1200m<sup>2</sup>。</p>');
  });

  it('root-relative links get the base; others are left alone', () => {
    const html = render('见[北海](/libraries/beihai/)、[外部](https://example.org/)和[本页](#x)。', '/yearbook/');
    expect(html).toContain('href="/yearbook/libraries/beihai/"');
    expect(html).toContain('href="https://example.org/"');
    expect(html).toContain('href="#x"');
    expect(render('[北海](/libraries/beihai/)')).toContain('href="/libraries/beihai/"');
  });

  it('headings get Astro’s ids and are listed for the table of contents', () => {
    const { headings, html } = renderReportHtml('## 一、概述\n\n文字\n\n### （一）馆藏\n', EMPTY, opts);
    expect(headings).toEqual([
      { depth: 2, slug: '一概述', text: '一、概述' },
      { depth: 3, slug: '一馆藏', text: '（一）馆藏' },
    ]);
    expect(html).toContain('<h2 id="一概述">');
  });

  it('GFM tables render as tables', () => {
    expect(render('| 项目 | 数量 |\n| --- | --- |\n| 讲座 | 12 |\n')).toContain('<td>12</td>');
  });
});

describe('what a report must not contain is an error with its line', () => {
  const cases: [string, string, number, RegExp][] = [
    ['a bare <', '第一行\n\n借阅量<100的分馆。', 3, /MDX 语法错误/],
    ['an expression', '第一行\n\n全年{1+1}场。', 3, /花括号 \{1\+1\}/],
    ['an unknown component', '<Chart id="x" />', 1, /组件 <Chart>/],
    ['an attribute expression', '<Event date={2021}>某事</Event>', 1, /名字="文字"/],
    ['an import', "import x from 'y'", 1, /import 或 export/],
    ['an Event without a date', '<Event>某事</Event>', 1, /<Event> 缺少 date/],
  ];
  it.each(cases)('%s', (_name, body, line, message) => {
    const p = markupProblem(body);
    expect(p).toBeInstanceOf(ReportMarkupError);
    expect(p?.line).toBe(line);
    expect(p?.zh).toMatch(message);
    expect(p?.hintZh.length).toBeGreaterThan(5);
    expect(() => render(body)).toThrow(ReportMarkupError);
  });

  it('a clean body has no problem', () => {
    for (const r of result.reports) expect(markupProblem(r.body)).toBeUndefined();
  });
});

describe('report text read from the file', () => {
  it('is the body the content check (and Astro’s MDX loader) reads', () => {
    for (const r of result.reports) expect(readReportBody(join(CONTENT, r.path))).toBe(r.body);
  });
});
