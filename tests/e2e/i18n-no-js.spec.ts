/**
 * JavaScript off, English pages: every report, profile and compare page shows its numbers in tables,
 * and its language switch is a plain link to the Chinese page. On report pages every figure of the open
 * data appears in its row as written and as the parser's value in full — never re-rounded.
 */
import { fullNumber } from '../../src/lib/model/figure-format.ts';
import { expect, sitemapPages, test } from './support/site.ts';

const EN_NUMBER_PAGES = /^en\/(reports\/[^/]+\/[^/]+|libraries\/[^/]+|compare\/[^/]+\/[^/]+)\/$/;
const pages = sitemapPages().filter((p) => EN_NUMBER_PAGES.test(p));

interface Figure {
  library: string;
  year: number;
  metric: string;
  value: number;
  written: string;
}

test('there are English pages with numbers', () => {
  expect(pages.length).toBeGreaterThan(5);
});

for (const path of pages) {
  test(`English numbers without JavaScript: ${path}`, async ({ page, request, problems, baseURL }) => {
    const response = await page.goto(path);
    expect(response?.status()).toBe(200);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    const main = page.locator('main');
    expect((await main.innerText()).match(/\d/g)?.length ?? 0, 'digits shown in <main>').toBeGreaterThan(3);
    const tables = await main.locator('table').all();
    expect(tables.length, 'tables on the page').toBeGreaterThan(0);
    for (const table of tables) {
      const cells = await table.locator('tbody td, tbody th').allTextContents();
      expect(cells.filter((c) => c.trim() !== '').length).toBeGreaterThan(0);
    }
    const zh = new URL(path.slice(3), baseURL).pathname;
    expect(new URL((await page.locator('[data-lang-switch]').getAttribute('href')) ?? '', baseURL).pathname).toBe(zh);

    const report = /^en\/reports\/([^/]+)\/(\d+)\/$/.exec(path);
    if (report) {
      const figures = ((await (await request.get('data/figures.json')).json()) as Figure[]).filter(
        (f) => f.library === report[1] && f.year === Number(report[2]),
      );
      expect(figures.length).toBeGreaterThan(0);
      for (const f of figures) {
        const row = page.locator(`#fig-${f.metric.replace(/\./g, '-')}`);
        const [written, reading] = await row.locator('td.num').allInnerTexts();
        // The figure as its sentence words it (“379.42 万册”), which contains the written figure (379.42万).
        expect(written?.replace(/\s+/g, ''), f.metric).toContain(f.written);
        expect(reading, f.metric).toContain(fullNumber(f.value));
      }
    }
    expect(problems.list).toEqual([]);
  });
}
