/**
 * Like with like, as a reader meets it (issue 15): every whole-network figure carries its scope badge in
 * its compare-page row — in its own panel, never among library-alone bars — and in its home cell; no text
 * shown as 原文写法 is missing from its report; a metric one library reports says so instead of drawing a
 * one-bar chart; 北海's per-capita visits are in /data/indicators.* with the census source; the per-capita
 * peer filter works without script; no chart of 大事记 counts is headed as activities.
 */
import type { Page } from '@playwright/test';
import { builtFigures, comparePage, figureHref } from './support/figures.ts';
import { expect, sitemapPages, test } from './support/site.ts';

const figures = builtFigures();
const wider = figures.filter((f) => f.scope !== 'library');

test('the build has figures of a wider scope to check', () => {
  expect(wider.length).toBeGreaterThan(0);
});

for (const f of wider) {
  test(`scope badge in the compare row: ${f.library} ${f.year} ${f.metric}`, async ({ page }) => {
    await page.goto(comparePage(f.metric));
    const panel = page.locator(`section.panel[data-scope="${f.scope}"]`);
    const row = panel.locator('tr', { has: page.locator(`a[href$="${figureHref(f)}"]`) }).first();
    await expect(row.locator('.scope-badge')).toBeVisible();
    await expect(row).toContainText(f.wording);
    // Never a row (or bar) of the library-alone panel.
    await expect(
      page.locator('section.panel[data-scope="library"]').locator(`a[href$="${figureHref(f)}"]`),
    ).toHaveCount(0);
    // The scope is said above any chart.
    const said = page.locator('[data-separated], [data-scope-notice]').first();
    await expect(said).toBeVisible();
    const firstChart = page.locator('figure.chart').first();
    if (await firstChart.count()) {
      const [saidY, chartY] = await Promise.all([said.boundingBox(), firstChart.boundingBox()]);
      expect((saidY?.y ?? 0) < (chartY?.y ?? 0), 'scope notice above the charts').toBe(true);
    }
  });
}

test('every home cell of a whole-network figure carries its scope badge', async ({ page }) => {
  await page.goto('./');
  const cells = page.locator('table.side td');
  let checked = 0;
  for (const f of wider) {
    const cell = cells.filter({ has: page.locator(`a[href$="${figureHref(f)}"]`) });
    if ((await cell.count()) === 0) continue; // not a home metric, or not the library's latest year
    await expect(cell.locator('.scope-badge')).toBeVisible();
    checked += 1;
  }
  expect(checked, 'home cells of wider-scope figures').toBeGreaterThan(0);
  // A Chinese plain reading beside a figure written in full, as the English home has.
  await expect(page.locator('table.side .reading').first()).toBeVisible();
});

/** The text of each report page, loaded once. */
const reportTexts = new Map<string, string>();
async function reportText(page: Page, path: string): Promise<string> {
  const known = reportTexts.get(path);
  if (known !== undefined) return known;
  const other = await page.context().newPage();
  await other.goto(path);
  const text = await other.locator('main').innerText();
  await other.close();
  reportTexts.set(path, text);
  return text;
}

const WORDING_PAGES = sitemapPages().filter((p) =>
  /^(compare\/[^/]+\/[^/]+|reports\/[^/]+\/[^/]+|libraries\/[^/]+)\/$/.test(p),
);

for (const path of WORDING_PAGES) {
  test(`every 原文写法 is in its report: ${path}`, async ({ page }) => {
    // Each report page it links to is loaded too (once per worker).
    test.slow();
    await page.goto(path);
    const cells = await page.locator('table').evaluateAll((tables) =>
      tables.flatMap((t) => {
        const heads = [...t.querySelectorAll('thead th')].map((th) => th.textContent?.trim() ?? '');
        const col = heads.indexOf('原文写法');
        if (col < 0) return [];
        return [...t.querySelectorAll('tbody tr')].flatMap((tr) => {
          const cell = tr.children[col];
          const a = cell?.querySelector('a');
          return a ? [{ text: a.textContent?.trim() ?? '', href: a.getAttribute('href') ?? '' }] : [];
        });
      }),
    );
    for (const c of cells) {
      // Links within the report page point at the number in the text above.
      const report = c.href.startsWith('#') ? path : c.href.replace(/#.*$/, '').replace(/^.*?(reports\/)/, '$1');
      const text = await reportText(page, report);
      expect(text.replace(/\s+/g, ' '), `“${c.text}” on ${report}`).toContain(c.text.replace(/\s+/g, ' '));
    }
  });
}

test('a metric only one library reports says so, with no one-bar chart', async ({ page }) => {
  const byMetric = Map.groupBy(figures, (f) => f.metric);
  const single = [...byMetric].find(([, fs]) => new Set(fs.map((f) => f.library)).size === 1);
  expect(single, 'a metric one library reports').toBeDefined();
  if (!single) return;
  const [metric, rows] = single;
  await page.goto(comparePage(metric));
  await expect(page.locator('[data-single-reporter]')).toContainText('仅一家馆报告此项');
  const kinds = await page
    .locator('figure.chart script[type="application/json"]')
    .evaluateAll((ss) => ss.map((s) => (JSON.parse(s.textContent ?? '{}') as { kind: string }).kind));
  expect(kinds).not.toContain('bar');
  if (new Set(rows.map((f) => f.year)).size < 2) expect(kinds).toEqual([]);
});

test('北海 per-capita visits are in /data/indicators.* with the census source', async ({ request }) => {
  const json = (await (await request.get('data/indicators.json')).json()) as Record<string, unknown>[];
  const visits = json.filter((r) => r['library'] === 'beihai' && r['indicator'] === 'visitsPerCapita');
  expect(visits.length).toBeGreaterThan(0);
  for (const r of visits) {
    expect(String(r['populationSource'])).toContain('第七次全国人口普查');
    expect(r['population']).toBe(1853227);
    expect(String(r['formula'])).toContain('÷ 1853227');
  }
  const csv = await (await request.get('data/indicators.csv')).text();
  expect(csv).toMatch(/beihai-\d{4}-visitsPerCapita,beihai,北海市图书馆,\d{4},visitsPerCapita,/);
  expect(csv).toContain('北海市第七次全国人口普查主要数据公报');
});

test('the per-capita view names a library without a cited population and filters by peers, no script', async ({
  page,
}) => {
  await page.goto(comparePage('use.visits'));
  const section = page.locator('[data-per-capita]');
  await expect(section).toContainText('北海市图书馆');
  await expect(section).toContainText('服务人口未注明来源，不计算人均');
  const radios = section.locator('.peer-filter input[type="radio"]');
  if ((await radios.count()) > 2) {
    await section.locator('.peer-filter input[value="county"]').check();
    await expect(section.locator('tbody[data-peer="city"]')).toBeHidden();
    await expect(section.locator('tbody[data-peer="county"]')).toBeVisible();
  }
});

for (const path of ['timeline/', ...sitemapPages().filter((p) => /^(timeline|libraries)\/[^/]+\/$/.test(p))]) {
  test(`no chart of 大事记 counts is headed as activities: ${path}`, async ({ page }) => {
    await page.goto(path);
    const headings = await page.locator('figure.chart:has(script[type="application/json"])').evaluateAll((charts) =>
      charts.flatMap((c) => {
        const spec = JSON.parse(c.querySelector('script[type="application/json"]')?.textContent ?? '{}') as {
          kind?: string;
        };
        if (spec.kind !== 'counts') return [];
        const section = c.closest('section')?.querySelector('h2')?.textContent ?? '';
        return [`${c.querySelector('.chart-title')?.textContent ?? ''} | ${section}`];
      }),
    );
    for (const h of headings) {
      expect(h).toContain('大事记条目');
      expect(h).not.toMatch(/活动/);
    }
  });
}
