/**
 * Every URL of the sitemap, in the root and the sub-path build: HTTP 200, no console errors, failed
 * requests or CSP violations, a title, one h1, the language (zh-CN, or en under /en/), the link crawl (every href/src resolves), and an
 * axe scan (WCAG 2.0/2.1/2.2 A and AA) with zero violations.
 */
import { axeViolations } from './support/axe.ts';
import { BUILDS } from './support/builds.ts';
import { brokenReferences } from './support/crawl.ts';
import { expect, sitemapPages, test } from './support/site.ts';

const pages = sitemapPages();

test('the sitemap lists the pages', () => {
  expect(pages.length).toBeGreaterThan(3);
});

for (const path of pages) {
  test(`page ${path}`, async ({ page, problems, request, site }) => {
    const response = await page.goto(path, { waitUntil: 'load' });
    expect(response?.status(), 'HTTP status').toBe(200);
    expect(response?.headers()['content-type']).toBe('text/html; charset=utf-8');

    await expect(page.locator('html')).toHaveAttribute('lang', path.startsWith('en/') ? 'en' : 'zh-CN');
    expect((await page.title()).trim(), '<title>').not.toBe('');
    await expect(page.locator('h1'), 'exactly one <h1>').toHaveCount(1);
    const csp = page.locator('meta[http-equiv="content-security-policy" i]');
    await expect(csp).toHaveCount(1);
    expect(await csp.getAttribute('content')).not.toContain('unsafe-inline');

    expect(await brokenReferences(page, request, BUILDS[site].base), 'broken links and assets').toEqual([]);

    // Every footer leads to the about page (method, licence, citing, corrections) in the page's language.
    const footerAbout = page.locator('footer a[data-about-link]');
    await expect(footerAbout, 'footer link to the about page').toHaveCount(1);
    expect(new URL((await footerAbout.getAttribute('href')) ?? '', page.url()).pathname).toBe(
      `${BUILDS[site].base}${path.startsWith('en/') ? 'en/about/' : 'about/'}`,
    );

    // The sub-path build has the same markup with other URLs: one axe scan per page (the root's) is enough.
    if (site === 'root') expect(await axeViolations(page), 'axe violations').toEqual([]);

    expect([...problems.list, ...(await problems.cspViolations(page))]).toEqual([]);
  });
}
