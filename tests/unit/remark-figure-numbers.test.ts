/**
 * The remark adapter on `.mdx`: compiled with the MDX compiler as Astro does, the report's figures
 * become links with ids and labels; files outside the content folder are untouched.
 */
import { compile } from '@mdx-js/mdx';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { remarkFigureNumbers } from '../../src/plugins/remark-figure-numbers.ts';

const MDX =
  '## 概述\n\n截止2021年，我馆馆藏总量共364565册。共接待读者42万多人次。\n\n<Event date="2021-05">5月新办借书证5342个</Event>。\n';

const FIGURES = {
  collection: { total: 364565 },
  use: { visits: '42万多' },
  users: { newCards: { value: 5342, quote: '新办借书证5342个' } },
  staff: { actual: 43 },
};

async function run(path: string, base = '/') {
  const file = new VFile({
    value: MDX,
    path,
    data: { astro: { frontmatter: { library: 'demo', year: 2021, figures: FIGURES } } },
  });
  const out = await compile(file, { remarkPlugins: [[remarkFigureNumbers, { contentDir: 'content', base }]] });
  return { code: String(out.value), data: file.data };
}

describe('remarkFigureNumbers', () => {
  it('marks each stated figure in the compiled MDX and lists them on file.data', async () => {
    const { code, data } = await run('content/reports/demo/2021.mdx', '/yearbook/');
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

  it('skips files outside the content folder', async () => {
    const { code, data } = await run('src/pages/about.mdx');
    expect(code).not.toContain('num-');
    expect(data.figureNumbers).toBeUndefined();
  });
});
