/**
 * The English interface: every page of the sitemap has its counterpart in the other language, and on
 * one page of each type the language switch (a plain link) goes to that counterpart and back, with
 * hreflang alternates naming both and og:locale saying the page's language. Runs at the root and under /yearbook/.
 */
import { expect, pagesOfEachType, sitemapPages, test } from './support/site.ts';

const pages = sitemapPages();
/** `reports/x/` ↔ `en/reports/x/`, `./` ↔ `en/`. */
const counterpart = (p: string): string => (p.startsWith('en/') ? p.slice(3) || './' : p === './' ? 'en/' : `en/${p}`);

test('every page of the sitemap has its counterpart in the other language', () => {
  const all = new Set(pages);
  expect(pages.filter((p) => p.startsWith('en/')).length).toBeGreaterThan(10);
  expect(pages.filter((p) => !all.has(counterpart(p)))).toEqual([]);
});

for (const path of pagesOfEachType(pages).filter((p) => !p.startsWith('en/'))) {
  test(`the language switch goes to the same page: ${path} ↔ ${counterpart(path)}`, async ({ page, baseURL }) => {
    const pathname = (p: string): string => new URL(p, baseURL).pathname;
    await page.goto(path);
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
    const alternates = async (): Promise<string[][]> =>
      page
        .locator('head link[rel="alternate"][hreflang]')
        .evaluateAll((links) =>
          links.map((l) => [l.getAttribute('hreflang') ?? '', new URL((l as HTMLLinkElement).href).pathname]),
        );
    const ogLocales = async (): Promise<(string | null)[]> =>
      Promise.all(
        ['og:locale', 'og:locale:alternate'].map((p) =>
          page.locator(`head meta[property="${p}"]`).getAttribute('content'),
        ),
      );
    const both = [
      ['zh-CN', pathname(path)],
      ['en', pathname(counterpart(path))],
      ['x-default', pathname(path)],
    ];
    expect((await alternates()).sort()).toEqual([...both].sort());
    expect(await ogLocales()).toEqual(['zh_CN', 'en_US']);

    await page.locator('[data-lang-switch]').click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page).toHaveURL((url) => url.pathname === pathname(counterpart(path)));
    expect((await alternates()).sort()).toEqual([...both].sort());
    expect(await ogLocales()).toEqual(['en_US', 'zh_CN']);
    await expect(page.locator('[data-lang-switch]')).toHaveAttribute('lang', 'zh-CN');

    await page.locator('[data-lang-switch]').click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
    await expect(page).toHaveURL((url) => url.pathname === pathname(path));
  });
}

test('English pages keep Chinese text marked as Chinese', async ({ page }) => {
  await page.goto(pages.find((p) => /^en\/reports\/[^/]+\/[^/]+\/$/.test(p)) ?? 'en/');
  const written = page.locator('table.figures-en tbody td.num a');
  expect(await written.count()).toBeGreaterThan(0);
  for (const lang of await written.evaluateAll((as) => as.map((a) => a.getAttribute('lang'))))
    expect(lang).toBe('zh-CN');
  await page.goto(pages.find((p) => /^en\/timeline\/[^/]+\/$/.test(p) && !p.includes('/year/')) ?? 'en/timeline/');
  const texts = page.locator('ol.events .what');
  expect(await texts.count()).toBeGreaterThan(0);
  expect(await texts.first().getAttribute('lang')).toBe('zh-CN');
  await expect(page.locator('ol.events time').first()).toHaveText(
    /^\d{1,2} [A-Z][a-z]+ \d{4}$|^[A-Z][a-z]+ \d{4}$|^\d{4}$/,
  );
});

test('the English search page searches the Chinese index with English messages', async ({ page }) => {
  await page.goto(`en/search/?q=${encodeURIComponent('馆藏总量')}`);
  // The first query loads the index (every part of it under the sub-path): as long as search.spec.ts allows.
  await expect(page.locator('[data-status]')).toHaveText(/^\d+ pages? found/, { timeout: 15_000 });
  expect(await page.locator('[data-results] > li').count()).toBeGreaterThan(0);
});
