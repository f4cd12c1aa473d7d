/**
 * Reading, citing and correcting on a desktop, JavaScript on (issue 16): the about page and its
 * facts, a citation block on every compare, profile and report page, the header's links in view and one
 * search box on the search page, no internals in report and profile text or in search excerpts, and
 * award counts that count honours only. The same checks on a phone and with JavaScript off:
 * reading-phone.spec.ts, reading-no-js.spec.ts.
 */
import { BUILDS } from './support/builds.ts';
import {
  CITED_PAGES,
  TEXT_PAGES,
  expectAboutPage,
  expectCitation,
  internalsIn,
  tablesWiderThanScreen,
} from './support/reading.ts';
import { expect, test } from './support/site.ts';

for (const path of ['about/', 'en/about/']) {
  test(`the about page: licence, citation, corrections, last update — ${path}`, async ({ page, site }) => {
    await page.goto(path);
    await expectAboutPage(page, BUILDS[site].contact);
  });
}

for (const path of CITED_PAGES) {
  test(`a citation line and the last-updated date: ${path}`, async ({ page }) => {
    await page.goto(path);
    await expectCitation(page, path.startsWith('en/') ? 'Library Yearbook' : '图书馆年鉴');
  });
}

for (const path of TEXT_PAGES) {
  test(`no metric ids or file names in the text: ${path}`, async ({ page }) => {
    await page.goto(path);
    expect(internalsIn(await page.locator('main').innerText())).toEqual([]);
  });
}

test('the header shows its links on a wide screen, and /search/ has one search box', async ({ page }) => {
  for (const path of ['./', 'en/compare/']) {
    await page.goto(path);
    await expect(page.locator('header summary')).toBeHidden();
    const links = page.locator('header nav a');
    expect(await links.count()).toBeGreaterThan(4);
    for (const link of await links.all()) await expect(link).toBeVisible();
    await expect(page.locator('header input[type="search"]')).toBeVisible();
  }
  for (const path of ['search/', 'en/search/']) {
    await page.goto(path);
    await expect(page.locator('input[type="search"]:visible')).toHaveCount(1);
  }
});

// One test per page: dozens of compare pages do not fit in one test's time on a busy machine.
for (const path of CITED_PAGES.filter((p) => !p.startsWith('reports/'))) {
  test(`desktop tables fit the window: ${path}`, async ({ page }) => {
    await page.goto(path);
    expect(await tablesWiderThanScreen(page), path).toEqual([]);
  });
}

test('search excerpts show no metric ids', async ({ page }) => {
  for (const query of ['读书驿站', '馆藏总量', '新增纸质图书']) {
    await page.goto(`search/?q=${encodeURIComponent(query)}`);
    await expect(page.locator('[data-status]')).toHaveText(/找到/, { timeout: 15_000 });
    expect(internalsIn(await page.locator('[data-results]').innerText()), query).toEqual([]);
  }
});

test('counts of honours by level leave out cases presented and other entries', async ({ page }) => {
  await page.goto('awards/');
  const intro = await page.locator('main > p').first().innerText();
  const badges = await page.locator('main .award-list .badge').allInnerTexts();
  expect(badges.length).toBeGreaterThan(0);
  const honour = /荣誉称号|奖项|入选\/示范/;
  for (const [, level, n] of intro.matchAll(/(国家级|省级|市级|县（区）级) (\d+) 项/g)) {
    const counted = badges.filter((b) => b.startsWith(`${level} · `) && honour.test(b)).length;
    expect(Number(n), `${level} honours`).toBe(counted);
  }
  const notHonours = badges.filter((b) => !honour.test(b)).length;
  if (notHonours > 0) expect(intro).toMatch(/不计入荣誉/);
});
