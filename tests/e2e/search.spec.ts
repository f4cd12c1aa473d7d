/**
 * Search (Pagefind, indexed by `astro build`): real queries must find the right pages, at the root and
 * under the sub-path; a Traditional-script query finds the Simplified text; the header box leads there.
 * The root build's index is one part; the sub-path build's is split into several and cut by province
 * (global-setup.ts sets a tiny YEARBOOK_SEARCH_PART_BYTES), so every query and filter here also runs
 * over merged parts, and the split index must find exactly the pages the single one finds.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PLACEHOLDER_VALUE, readPartsManifest } from '../../src/lib/search/index-parts.ts';
import { BUILDS } from './support/builds.ts';
import { builtFigures } from './support/figures.ts';
import { expect, origin, test } from './support/site.ts';

/** Query → pages (relative to the base) that must be among its results. */
const QUERIES: [string, string[]][] = [
  ['智慧书房', ['reports/beihai/2021/', 'reports/beihai/2020/']],
  ['读书驿站', ['reports/nanhai/2023/']],
  ['馆藏总量', ['metrics/', 'reports/beihai/2021/']],
  ['大事记', ['reports/beihai/2021/', 'reports/beihai/2020/']],
  ['法治公益学堂', ['reports/beihai/2021/']],
  ['巴林左旗', ['libraries/balinzuoqi/', 'reports/balinzuoqi/2021/']],
  ['盲人阅览室', ['reports/balinzuoqi/2021/']],
  ['总分馆', ['reports/nanhai/2023/']],
  ['志愿者', ['reports/beihai/2021/']],
  ['圖書館', ['reports/beihai/2021/']],
];

/** Result links of the search page for `query`, as paths relative to the base (`url`: another build's page). */
async function results(
  page: import('@playwright/test').Page,
  base: string,
  query: string,
  url = `search/?q=${encodeURIComponent(query)}`,
): Promise<string[]> {
  await page.goto(url);
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

test('the metric dictionary is found by what it defines, not by the libraries listed under each metric', async ({
  page,
  site,
}) => {
  // Its "报告此项：" lists name every library that reports a metric: a name finds that library's own
  // pages, and at national scale the lists are most of the page, which each result would download.
  const base = BUILDS[site].base;
  await page.goto('metrics/');
  await expect(page.locator('main').getByText('巴林左旗图书馆').first()).toBeVisible();
  const byName = await results(page, base, '巴林左旗');
  expect(byName).toContain('libraries/balinzuoqi/');
  expect(byName).not.toContain('metrics/');
  expect(await results(page, base, '馆藏总量')).toContain('metrics/');
});

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
  // Under the sub-path the index is split, and one part holds only compare pages (no library filter):
  // it must still honour the filter.
  for (const h of hrefs) expect(h.slice(base.length)).toMatch(/balinzuoqi/);
  expect(new Set(hrefs).size, 'no page listed twice').toBe(hrefs.length);
});

test('a word the site lacks finds nothing, though the other word is common', async ({ page, site }) => {
  // Pagefind drops a term no indexed word matches and answers with the pages of the other one (志愿);
  // the page checks each result's text for every term (src/lib/search/match.ts).
  expect(await results(page, BUILDS[site].base, '志愿 xyzzy')).toEqual([]);
  await expect(page.locator('[data-status]')).toHaveText('没有找到“志愿 xyzzy”。');
});

test('a query every page matches lists them all, ten at a time, with the exact count', async ({ page, site }) => {
  // Counted from the built site, not typed in: a new report adds a result, and past ten the list pages.
  const base = BUILDS[site].base;
  const links = page.locator('[data-results] > li .result-title a');
  const more = page.getByRole('button', { name: '显示更多结果' });
  const first = await results(page, base, '图书馆');
  expect(first.length).toBeLessThanOrEqual(10);
  let shown = first.length;
  while (await more.isVisible()) {
    await more.click();
    // A click adds up to ten more; the button hides when no result is left to check.
    await expect.poll(async () => (await links.count()) > shown || !(await more.isVisible())).toBe(true);
    const now = await links.count();
    expect(now - shown).toBeLessThanOrEqual(10);
    shown = now;
  }
  const found = (await links.evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''))).map((h) =>
    h.slice(base.length),
  );
  expect(new Set(found).size, 'no page listed twice').toBe(found.length);
  await expect(page.locator('[data-status]')).toHaveText(`找到 ${found.length} 个页面。`);
  // Every report and profile of a library named …图书馆 is among them, and nothing beyond the index.
  const named = builtFigures().filter((f) => f.libraryName.includes('图书馆'));
  expect(named.length).toBeGreaterThan(0);
  for (const f of named) {
    expect(found).toContain(`reports/${f.library}/${f.year}/`);
    expect(found).toContain(`libraries/${f.library}/`);
  }
  const entry = JSON.parse(readFileSync(join(BUILDS.root.dist, 'pagefind', 'pagefind-entry.json'), 'utf8')) as {
    languages: Record<string, { page_count: number }>;
  };
  expect(found.length).toBeLessThanOrEqual(entry.languages['zh-cn']?.page_count ?? 0);
});

// One test per query: each loads Pagefind twice (the split index and the single one), and a loop over
// them all outran the 30 s of one test on a loaded machine.
for (const [query] of [...QUERIES, ['图书馆'], ['阅读推广'], ['2021年'], ['志愿 xyzzy']] as [string][]) {
  test(`the split index finds exactly the pages the single index finds: ${query}`, async ({ page, site }) => {
    test.skip(site === 'root', 'compares the sub-path build (index in parts) with the root build (one part)');
    const split = await results(page, BUILDS.subpath.base, query, `search/?q=${encodeURIComponent(query)}&scope=全国`);
    const single = await results(page, '/', query, `${origin('root')}/search/?q=${encodeURIComponent(query)}`);
    expect(split.sort()).toEqual(single.sort());
  });
}

test('a province chosen searches its pages and the cross-library ones only', async ({ page, site }) => {
  test.skip(site === 'root', 'the root build is one part, not cut by province');
  const base = BUILDS[site].base;
  const scoped = (q: string, scope: string) => `search/?q=${encodeURIComponent(q)}&scope=${encodeURIComponent(scope)}`;
  expect(await results(page, base, '总分馆', scoped('总分馆', '广东省'))).toContain('reports/nanhai/2023/');
  await expect(page.locator('#search-scope')).toHaveValue('广东省');
  const fetched: string[] = [];
  page.on('request', (r) => fetched.push(new URL(r.url()).pathname));
  const found = await results(page, base, '馆藏总量', scoped('馆藏总量', '广西壮族自治区'));
  expect(found).toContain('reports/beihai/2021/');
  expect(found).toContain('metrics/');
  expect(found.filter((p) => /nanhai|balinzuoqi/.test(p))).toEqual([]);
  // Only the parts listed for 广西 are loaded.
  const parts = readPartsManifest(await (await page.request.get('pagefind/parts.json')).json());
  const own = parts.scopes.find((s) => s.name === '广西壮族自治区')?.parts ?? [];
  const loaded = new Set(fetched.flatMap((p) => /\/pagefind\/(part-\d+\/)/.exec(p)?.[1] ?? []));
  expect(
    [...loaded].every((p) => own.includes(p)),
    [...loaded].join(),
  ).toBe(true);
});

test('a large index asks for a province before it searches the reports', async ({ page, site }) => {
  test.skip(site === 'root', 'the root build is one part, not cut by province');
  await page.goto(`search/?q=${encodeURIComponent('智慧书房')}&scope=`);
  await expect(page.locator('[data-status]')).toHaveText(/请先在“范围”中选择省份/, { timeout: 15_000 });
  await expect(page.locator('[data-results] > li')).toHaveCount(0);
  await page.locator('#search-scope').selectOption('广西壮族自治区');
  await expect(page.locator('[data-results] a[href$="reports/beihai/2021/"]').first()).toBeVisible({ timeout: 15_000 });
  await expect(page).toHaveURL(/scope=%E5%B9%BF%E8%A5%BF/);
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

test('the index parts: one at the root, several under the sub-path, searched as one', async ({ page, site }) => {
  const base = BUILDS[site].base;
  const { parts, scopes } = readPartsManifest(await (await page.request.get('pagefind/parts.json')).json());
  if (site === 'root') expect({ parts, scopes }).toEqual({ parts: [], scopes: [] });
  else {
    expect(parts.length).toBeGreaterThanOrEqual(1);
    expect(scopes.map((s) => s.name)).toEqual(['内蒙古自治区', '广东省', '广西壮族自治区']);
  }
  const fetched: string[] = [];
  page.on('request', (r) => fetched.push(new URL(r.url()).pathname));
  const found = await results(page, base, '智慧书房');
  expect(found).toContain('reports/beihai/2021/');
  // Each result's text is a fragment of the part that holds the page: under the sub-path, beihai's
  // reports are not in the first part, so this one came from a merged part.
  const fromParts = fetched.filter((p) => /\/pagefind\/part-\d+\/fragment\//.test(p));
  if (site === 'root') expect(fromParts).toEqual([]);
  else expect(fromParts.length).toBeGreaterThan(0);
  // The filters list the values of every part.
  const values = (id: string) =>
    page.locator(`${id} option`).evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
  expect(await values('#search-library')).not.toContain(PLACEHOLDER_VALUE);
  expect(await values('#search-library')).toEqual(
    expect.arrayContaining(['巴林左旗图书馆', '北海市图书馆', '南海区图书馆']),
  );
  expect(await values('#search-year')).toEqual(expect.arrayContaining(['2020', '2021', '2023']));
});
