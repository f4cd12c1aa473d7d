/**
 * Search (Pagefind, indexed by `astro build`): real queries must find the right pages, at the root and
 * under the sub-path; a Traditional-script query finds the Simplified text; the header box leads there.
 */
import { BUILDS } from './support/builds.ts';
import { expect, test } from './support/site.ts';

/** Query → pages (relative to the base) that must be among its results. */
const QUERIES: [string, string[]][] = [
  ['智慧书房', ['reports/beihai/2021/', 'reports/beihai/2020/']],
  ['读书驿站', ['reports/nanhai/2023/']],
  ['馆藏总量', ['compare/collection/total/', 'reports/beihai/2021/']],
  ['大事记', ['reports/beihai/2021/', 'timeline/beihai/']],
  ['法治公益学堂', ['reports/beihai/2021/']],
  ['巴林左旗', ['libraries/balinzuoqi/', 'reports/balinzuoqi/2021/']],
  ['盲人阅览室', ['reports/balinzuoqi/2021/']],
  ['总分馆', ['reports/nanhai/2023/']],
  ['志愿者', ['reports/beihai/2021/']],
  ['圖書館', ['reports/beihai/2021/']],
];

/** Result links of the search page for `query`, as paths relative to the base. */
async function results(page: import('@playwright/test').Page, base: string, query: string): Promise<string[]> {
  await page.goto(`search/?q=${encodeURIComponent(query)}`);
  const status = page.locator('[data-status]');
  await expect(status).toHaveText(/找到|没有找到/, { timeout: 15_000 });
  const hrefs = await page
    .locator('[data-results] > li .result-title a')
    .evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
  for (const h of hrefs) expect(h.startsWith(base), `${h} starts with ${base}`).toBe(true);
  return hrefs.map((h) => h.slice(base.length));
}

for (const [query, expected] of QUERIES) {
  test(`search: ${query}`, async ({ page, problems, site }) => {
    const found = await results(page, BUILDS[site].base, query);
    for (const path of expected) expect(found, `${query} → ${path}`).toContain(path);
    expect([...problems.list, ...(await problems.cspViolations(page))]).toEqual([]);
  });
}

test('a Traditional query is searched as Simplified, and says so', async ({ page, site }) => {
  await results(page, BUILDS[site].base, '圖書館');
  await expect(page.locator('[data-status]')).toContainText('已按简体“图书馆”搜索');
});

test('the library filter narrows the results', async ({ page, site }) => {
  const base = BUILDS[site].base;
  await page.goto(`search/?q=${encodeURIComponent('志愿者')}&library=${encodeURIComponent('巴林左旗图书馆')}`);
  await expect(page.locator('[data-status]')).toHaveText(/找到/, { timeout: 15_000 });
  await expect(page.locator('#search-library')).toHaveValue('巴林左旗图书馆');
  const hrefs = await page
    .locator('[data-results] > li .result-title a')
    .evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
  expect(hrefs.length).toBeGreaterThan(0);
  for (const h of hrefs) expect(h.slice(base.length)).toMatch(/balinzuoqi/);
});

test('the header search box submits to the search page', async ({ page, site }) => {
  await page.goto('awards/');
  await page.getByRole('search', { name: '站内搜索' }).getByRole('searchbox').fill('盲人阅览室');
  await page.getByRole('search', { name: '站内搜索' }).getByRole('button', { name: '搜索' }).click();
  await expect(page).toHaveURL(new RegExp(`${BUILDS[site].base}search/\\?q=`));
  await expect(page.locator('[data-results] a[href$="reports/balinzuoqi/2021/"]').first()).toBeVisible({
    timeout: 15_000,
  });
});
