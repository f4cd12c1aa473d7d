/**
 * The remark adapter on `.mdx`: compiled with the MDX compiler as Astro does, the report's figures (with
 * the sentences the content check found) become links with ids and labels; a file that is not a report
 * (no `file.data.report`) is untouched.
 */
import { compile } from '@mdx-js/mdx';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { remarkFigureNumbers } from '../../../src/lib/report-text/remark-figure-numbers.ts';
import type { PreparedReport } from '../../../src/lib/report-text/prepared-report.ts';
import { checkContent } from '../../../src/check/check-content.ts';
import { metric } from '../../../src/lib/model/catalog.ts';

const MDX =
  '## 概述\n\n截止2021年，我馆馆藏总量共364565册。共接待读者42万多人次。\n\n<Event date="2021-05">5月新办借书证5342个</Event>。\n';

const FIGURES = {
  collection: { total: 364565 },
  use: { visits: '42万多' },
  users: { newCards: { value: 5342, quote: '新办借书证5342个' } },
  staff: { actual: 43 },
};

const LIBRARY =
  'id: demo\nname: 测试市图书馆\nnameEn: Demo City Library\nlevel: city\nregion:\n  province: 测试省\n  city: 测试市\n';

/** The report as the content check prepares it: each figure with the sentence it found. */
function prepared(): PreparedReport {
  const source = `---\n${JSON.stringify({ library: 'demo', year: 2021, title: '测试', source: 'x.txt', figures: FIGURES })}\n---\n${MDX}`;
  const [r] = checkContent([
    { path: 'libraries/demo.yaml', text: LIBRARY },
    { path: 'reports/demo/2021.mdx', text: source },
  ]).reports;
  if (!r) throw new Error('the test report did not pass the content check');
  const figures = Object.values(r.data.figures).flatMap((f) => {
    const s = r.found.get(f.metric);
    return s
      ? [
          {
            metric: f.metric,
            written: f.written,
            unit: metric(f.metric).unit,
            sentence: s.text,
            quote: f.quote,
            line: s.line,
          },
        ]
      : [];
  });
  return { library: 'demo', year: 2021, events: r.events, figures };
}

async function run(report: PreparedReport | undefined, base = '/') {
  const file = new VFile({ value: MDX, path: 'content/reports/demo/2021.mdx', data: report ? { report } : {} });
  const out = await compile(file, { remarkPlugins: [[remarkFigureNumbers, { base }]] });
  return { code: String(out.value), data: file.data };
}

describe('remarkFigureNumbers', () => {
  it('marks each stated figure in the compiled MDX and lists them on file.data', async () => {
    const { code, data } = await run(prepared(), '/yearbook/');
    expect(code).toMatch(
      /_components\.a, \{\s*href: "\/yearbook\/compare\/collection\/total\/",\s*title: "馆藏总量：各馆比较",\s*id: "num-collection-total",\s*className: "figure-number",\s*"aria-label": "馆藏总量 364565册",\s*children: "364565册"/,
    );
    expect(code).toContain('id: "num-use-visits"');
    expect(code).toContain('"aria-label": "接待读者（进馆） 42万多人次"');
    // Inside the <Event> element's children.
    expect(code).toMatch(/Event, \{[\s\S]*id: "num-users-newCards"/);
    // 43 is not in the text: nothing marked, and the text is all there.
    expect(data.figureNumbers).toEqual(['collection.total', 'use.visits', 'users.newCards']);
    expect(code).toContain('"截止2021年，我馆馆藏总量共"');
  });

  it('leaves a file that is not a report untouched', async () => {
    const { code, data } = await run(undefined);
    expect(code).not.toContain('num-');
    expect(data.figureNumbers).toBeUndefined();
  });
});
