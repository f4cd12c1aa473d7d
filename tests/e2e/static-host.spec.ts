/**
 * The static host behaves like common ones, and the build is served correctly from it: the sitemap,
 * open-data files with their media types and the sizes and hashes files.json lists, the site's 404 page
 * for a missing path.
 */
import { createHash } from 'node:crypto';
import { readdirSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { axeViolations } from './support/axe.ts';
import { BUILDS } from './support/builds.ts';
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

test('every file of files.json is served with the listed size and SHA-256', async ({ request, baseURL }) => {
  const listed = (await (await request.get('data/files.json')).json()) as {
    path: string;
    bytes: number;
    sha256: string;
  }[];
  expect(listed.length).toBeGreaterThan(0);
  // Site paths in files.json have no base; the served file is under this build's base.
  const base = new URL(baseURL ?? '').pathname;
  for (const f of listed) {
    const r = await request.get(`${base}${f.path.slice(1)}`);
    expect(r.status(), f.path).toBe(200);
    const body = await r.body();
    expect({ path: f.path, bytes: body.byteLength, sha256: createHash('sha256').update(body).digest('hex') }).toEqual({
      path: f.path,
      bytes: f.bytes,
      sha256: f.sha256,
    });
  }
});

test('the security headers of the README example are sent, the CSP strict', async ({ request }) => {
  const headers = (await request.get('./')).headers();
  const csp = headers['content-security-policy'] ?? '';
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).toMatch(/script-src 'self'[^;]* 'sha256-/);
  expect(csp).not.toContain('unsafe-inline');
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
});

test('chart embeds may be framed by other sites, other pages may not', async ({ request, page, baseURL }) => {
  expect((await request.get('./')).headers()['x-frame-options']).toBe('DENY');
  const embeds = readdirSync(join(BUILDS.root.dist, 'embed'), { withFileTypes: true }).filter((d) => d.isDirectory());
  expect(embeds.length).toBeGreaterThan(0);
  const path = `embed/${embeds[0]?.name ?? ''}/`;
  const headers = (await request.get(path)).headers();
  expect(headers['content-security-policy']).toContain('frame-ancestors *');
  expect(headers['x-frame-options']).toBeUndefined();
  // A page of another origin (a throwaway server on another loopback port) frames it and sees its table.
  const url = new URL(path, baseURL).href;
  const parent = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(
      `<!doctype html><title>embedder</title><iframe title="embed" src="${url}" width="800" height="600"></iframe>`,
    );
  });
  await new Promise<void>((ok) => parent.listen(0, '127.0.0.1', ok));
  try {
    const { port } = parent.address() as AddressInfo;
    await page.goto(`http://127.0.0.1:${port}/`);
    await expect(page.frameLocator('iframe').locator('h1')).toBeVisible();
    await expect(page.frameLocator('iframe').locator('table').first()).toBeAttached();
  } finally {
    parent.close();
  }
});

test('open data and chart images may be fetched by a page of another origin (CORS)', async ({ page, baseURL }) => {
  const data = new URL('data/figures-no-bom.csv', baseURL).href;
  const packageUrl = new URL('data/datapackage.json', baseURL).href;
  const chart = readdirSync(join(BUILDS.root.dist, 'charts')).find((f) => f.endsWith('.png')) ?? '';
  const image = new URL(`charts/${chart}`, baseURL).href;
  // A page on another origin (a throwaway server on another loopback port), with no policy of its own.
  const other = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end('<!doctype html><title>notebook</title>');
  });
  await new Promise<void>((ok) => other.listen(0, '127.0.0.1', ok));
  try {
    const { port } = other.address() as AddressInfo;
    await page.goto(`http://127.0.0.1:${port}/`);
    const got = await page.evaluate(
      async (urls) =>
        Promise.all(
          urls.map(async (u) => {
            const r = await fetch(u, { mode: 'cors' });
            return { status: r.status, type: r.headers.get('content-type'), start: (await r.text()).slice(0, 3) };
          }),
        ),
      [data, packageUrl, image],
    );
    expect(got[0]).toEqual({ status: 200, type: 'text/csv; charset=utf-8', start: 'id,' });
    expect(got[1]).toEqual({ status: 200, type: 'application/json; charset=utf-8', start: '{\n ' });
    expect(got[2]?.status).toBe(200);
    expect(got[2]?.type).toBe('image/png');
    // A page of the site itself is not opened to other origins' scripts.
    const home = new URL('./', baseURL).href;
    await expect(page.evaluate(async (u) => (await fetch(u)).status, home)).rejects.toThrow(/Failed to fetch/);
  } finally {
    other.close();
  }
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
