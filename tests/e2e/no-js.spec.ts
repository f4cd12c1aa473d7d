/**
 * JavaScript off: every report, library profile, compare and timeline page shows its numbers. Tables
 * that are present are non-empty; pages whose numbers live in tables (reports, compare, timelines) must
 * have them; every chart has a table with the same numbers.
 */
import { expect, sitemapPages, test } from './support/site.ts';

/** Page types that carry numbers; the index pages of compare/ and timeline/ are listings. */
const NUMBER_PAGES = /^(reports\/[^/]+\/[^/]+|libraries\/[^/]+|compare\/[^/]+\/[^/]+|timeline\/[^/]+)\/$/;
/** Of those, the ones whose numbers are tabular. */
const TABLE_PAGES = /^(reports|compare|timeline)\//;
const pages = sitemapPages().filter((p) => NUMBER_PAGES.test(p));

test('JavaScript is really off', async ({ page }) => {
  await page.setContent('<title>off</title><script>document.title = "on"</script>');
  expect(await page.title()).toBe('off');
});

test('there are pages with numbers', () => {
  expect(pages.length).toBeGreaterThan(0);
});

for (const path of pages) {
  test(`numbers without JavaScript: ${path}`, async ({ page, problems }) => {
    const response = await page.goto(path);
    expect(response?.status()).toBe(200);
    const main = page.locator('main');
    expect((await main.innerText()).match(/\d/g)?.length ?? 0, 'digits shown in <main>').toBeGreaterThan(3);

    const tables = await main.locator('table').all();
    if (TABLE_PAGES.test(path)) expect(tables.length, 'tables on the page').toBeGreaterThan(0);
    const charts = await main.locator('canvas, [role="img"]:not(svg[aria-hidden])').count();
    if (charts > 0) expect(tables.length, `tables beside ${charts} chart(s)`).toBeGreaterThan(0);
    for (const [i, table] of tables.entries()) {
      const name = (await table.locator('caption').count())
        ? await table.locator('caption').innerText()
        : `table ${i + 1}`;
      const cells = await table.locator('tbody td, tbody th').allTextContents();
      expect(cells.filter((c) => c.trim() !== '').length, `non-empty cells in “${name}”`).toBeGreaterThan(0);
    }
    expect(problems.list).toEqual([]);
  });
}
