/**
 * The static host behaves like common ones, and the build is served correctly from it: the sitemap,
 * open-data files with their media types, the site's 404 page for a missing path.
 */
import { axeViolations } from './support/axe.ts';
import { PageProblems, sitemapLocs, sitemapPages, test, expect } from './support/site.ts';

test("the served sitemap lists the same pages, under this build's base", async ({ request, baseURL }) => {
  const index = await request.get('sitemap-index.xml');
  expect(index.status()).toBe(200);
  const paths: string[] = [];
  for (const loc of sitemapLocs(await index.text())) {
    const sitemap = await request.get(new URL(loc).pathname.split('/').pop() ?? '');
    expect(sitemap.status()).toBe(200);
    paths.push(...sitemapLocs(await sitemap.text()).map((l) => new URL(l).pathname));
  }
  const base = new URL(baseURL ?? '').pathname;
  expect(paths).toEqual(sitemapPages().map((p) => (p === './' ? base : `${base}${p}`)));
});

for (const [path, type] of [
  ['data/figures.json', 'application/json; charset=utf-8'],
  ['data/figures.csv', 'text/csv; charset=utf-8'],
  ['favicon.svg', 'image/svg+xml; charset=utf-8'],
  ['sitemap-index.xml', 'application/xml; charset=utf-8'],
  ['robots.txt', 'text/plain; charset=utf-8'],
] as const) {
  test(`${path} is served as ${type}`, async ({ request }) => {
    const r = await request.get(path);
    expect(r.status()).toBe(200);
    expect(r.headers()['content-type']).toBe(type);
  });
}

test('the security headers of the README example are sent, the CSP strict', async ({ request }) => {
  const headers = (await request.get('./')).headers();
  const csp = headers['content-security-policy'] ?? '';
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).toMatch(/script-src 'self'[^;]* 'sha256-/);
  expect(csp).not.toContain('unsafe-inline');
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
});

test('a directory without its slash redirects, without a rewrite', async ({ request, baseURL }) => {
  const r = await request.get('data', { maxRedirects: 0 });
  expect(r.status()).toBe(301);
  expect(new URL(r.headers()['location'] ?? '', baseURL).pathname).toBe(new URL('data/', baseURL).pathname);
});

test("a missing path gets the site's 404 page with status 404, accessible", async ({ page }) => {
  const problems = new PageProblems(page, { allowStatus: [404] });
  const r = await page.goto('no-such-page/');
  expect(r?.status()).toBe(404);
  await expect(page.locator('h1')).toHaveText('找不到这个页面');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  expect(await axeViolations(page)).toEqual([]);
  expect(problems.list.filter((p) => !p.includes('no-such-page') && !p.includes('404'))).toEqual([]);
  await page.getByRole('link', { name: '首页' }).last().click();
  await expect(page.locator('h1')).toHaveText('图书馆年鉴');
});
