/**
 * The open-data page as a release: its version and date are the data package's, the cite line names them and
 * the page's own URL (under this build's base), the Dataset JSON-LD points at files that are served, the
 * changelog lists reports that exist, and the sitemap dates those reports' pages by it. The home page's
 * social image has an alt text that is not the site's name twice.
 */
import { expect, test } from './support/site.ts';

interface Dataset {
  '@type': string;
  url: string;
  version?: string;
  dateModified?: string;
  distribution: { contentUrl: string; encodingFormat: string }[];
}

for (const [path, lang] of [
  ['data/', 'zh'],
  ['en/data/', 'en'],
] as const) {
  test(`${path}: version, date, cite line and JSON-LD agree with datapackage.json`, async ({
    page,
    request,
    baseURL,
  }) => {
    const pkg = (await (await request.get('data/datapackage.json')).json()) as { version: string; created?: string };
    await page.goto(path);
    const pageUrl = new URL(path, baseURL).href;

    const ld = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? '') as Dataset;
    expect(ld['@type']).toBe('Dataset');
    // Absolute with the deployment's origin (SITE_URL) and this build's base path.
    expect(new URL(ld.url).pathname).toBe(new URL(pageUrl).pathname);
    expect(ld.version).toBe(pkg.version);
    expect(ld.dateModified).toBe(pkg.created?.slice(0, 10));
    for (const d of ld.distribution) {
      // Absolute URLs with the deployment's origin (SITE_URL); the path is served by this host.
      const served = await request.get(new URL(d.contentUrl).pathname);
      expect(served.status(), d.contentUrl).toBe(200);
      expect(served.headers()['content-type']).toContain(d.encodingFormat);
    }

    await expect(page.locator('[data-version]')).toContainText(pkg.version);
    const cite = (await page.locator('[data-dataset-citation]').textContent()) ?? '';
    expect(cite).toContain(pkg.version);
    expect(cite).toContain(new URL(path, baseURL).pathname);
    expect(cite).toMatch(lang === 'zh' ? /\[DS\/OL\]/ : /\[Data set\]/);
  });
}

test('the changelog on /data/ is the changelog file, and dates the sitemap', async ({ page, request, baseURL }) => {
  const changes = (await (await request.get('data/changelog.json')).json()) as { date: string; url: string }[];
  expect(changes.length).toBeGreaterThan(0);
  await page.goto('data/');
  const rows = page.locator('[data-changelog] tbody tr');
  await expect(rows).toHaveCount(Math.min(changes.length, 20));
  await expect(rows.first().locator('time')).toHaveAttribute('datetime', changes[0]?.date ?? '');

  const base = new URL(baseURL ?? '').pathname;
  const sitemap = await (await request.get('sitemap-0.xml')).text();
  for (const c of changes) {
    const reportPath = new URL(c.url).pathname;
    expect(reportPath.startsWith(base)).toBe(true);
    const newest = changes.filter((x) => x.url === c.url).reduce((d, x) => (x.date > d ? x.date : d), '');
    const entry = new RegExp(`<loc>[^<]*${reportPath}</loc><lastmod>([^<]+)</lastmod>`).exec(sitemap);
    expect(entry?.[1]?.slice(0, 10), reportPath).toBe(newest);
  }
});

for (const path of ['./', 'en/']) {
  test(`home ${path}: the social image's alt says what the site is, not its name twice`, async ({ page }) => {
    await page.goto(path);
    const alt = (await page.locator('meta[property="og:image:alt"]').getAttribute('content')) ?? '';
    const title = (await page.locator('meta[property="og:site_name"]').getAttribute('content')) ?? '';
    expect(alt).not.toBe(`${title}：${title}`);
    expect(alt).not.toBe(`${title}: ${title}`);
    expect(alt.length).toBeGreaterThan(title.length + 10);
  });
}
