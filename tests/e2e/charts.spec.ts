/**
 * Chart extras, at the root and under the sub-path: the island's “下载 PNG” button downloads the drawn
 * chart framed by its title, unit, legend, sources and licence; printing swaps the canvas for the build-time PNG; the “嵌入” snippet embeds the chart's own
 * page; and every embed page (`/embed/<id>/`, left out of the sitemap, so the sitemap crawl of
 * pages.spec.ts does not reach them) passes the same checks as a sitemap page: HTTP 200, one h1, a
 * title, zh-CN, the CSP, the link crawl inside the base, axe at the root, no console errors — and shows
 * the chart drawn, its table and a link back to the chart's full page.
 */
import { createCanvas, loadImage } from '@napi-rs/canvas';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { axeViolations } from './support/axe.ts';
import { BUILDS } from './support/builds.ts';
import { brokenReferences } from './support/crawl.ts';
import { expect, sitemapPages, test } from './support/site.ts';

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const embedDir = join(BUILDS.root.dist, 'embed');
const embeds = existsSync(embedDir) ? readdirSync(embedDir).sort() : [];
const comparePage = sitemapPages().find((p) => /^compare\/[^/]+\/[^/]+\/$/.test(p));

/** Scroll the first chart into view and wait until the island has drawn it. */
async function drawnChart(page: Page) {
  const chart = page.locator('figure.chart').first();
  await chart.locator('yb-chart').scrollIntoViewIfNeeded();
  await expect(chart.locator('yb-chart')).toHaveAttribute('data-drawn', '');
  return chart;
}

test('there are embed pages, none of them in the sitemap', () => {
  expect(embeds.length).toBeGreaterThan(2);
  expect(sitemapPages().filter((p) => p.startsWith('embed/'))).toEqual([]);
  expect(comparePage).toBeDefined();
});

test('“下载 PNG” downloads the drawn chart as <chart id>.png, framed by its words', async ({ page, problems }) => {
  await page.goto(comparePage ?? '');
  const chart = await drawnChart(page);
  const id = JSON.parse((await chart.locator('script[type="application/json"]').textContent()) ?? '{}') as {
    id: string;
  };
  const button = chart.getByRole('button', { name: '下载 PNG' });
  await expect(button).toBeVisible();
  const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
  expect(download.suggestedFilename()).toBe(`${id.id}.png`);
  const png = readFileSync(await download.path());
  expect(png.subarray(0, 8).equals(PNG_SIGNATURE), 'PNG signature').toBe(true);
  const canvas = await chart
    .locator('canvas')
    .evaluate((c: HTMLCanvasElement) => ({ width: c.width, height: c.height, css: c.clientWidth }));
  expect(png.readUInt32BE(16), 'width of the PNG = width of the canvas').toBe(canvas.width);
  expect(png.readUInt32BE(20), 'taller than the canvas: title above, sources below').toBeGreaterThan(
    canvas.height + 100,
  );
  // The frame's words are the page's: its title, and the data's licence.
  const frame = JSON.parse((await button.getAttribute('data-chart-frame')) ?? '{}') as {
    title: string;
    licence: string;
  };
  expect(await chart.locator('.chart-title').textContent()).toContain(frame.title);
  expect(frame.licence).toMatch(/CC BY 4\.0/);
  // The title is drawn: dark pixels in the band above the drawing, none in the margin above the title.
  const image = await loadImage(png);
  const g = createCanvas(image.width, image.height).getContext('2d');
  g.drawImage(image, 0, 0);
  const ratio = canvas.width / canvas.css;
  const inked = (top: number, bottom: number): boolean => {
    const { data } = g.getImageData(0, Math.round(top * ratio), image.width, Math.round((bottom - top) * ratio));
    return data.some((v, i) => i % 4 === 0 && v < 128);
  };
  expect(inked(0, 12), 'margin above the title').toBe(false);
  expect(inked(12, 45), 'the title').toBe(true);
  expect(problems.list).toEqual([]);
});

test('printing shows the build-time image instead of the canvas', async ({ page, problems, site }) => {
  await page.goto(comparePage ?? '');
  const chart = await drawnChart(page);
  // A real print layout (page.pdf) loads the lazy print images, as a browser's print does.
  await page.pdf({ format: 'A4' });
  await page.emulateMedia({ media: 'print' });
  await expect(chart.locator('.chart-canvas')).toBeHidden();
  const img = chart.locator('img.chart-print');
  await expect(img).toBeVisible();
  expect(await img.getAttribute('src')).toMatch(new RegExp(`^${BUILDS[site].base}charts/[^/]+\\.png$`));
  await expect.poll(() => img.evaluate((i: HTMLImageElement) => i.complete && i.naturalWidth)).toBeGreaterThan(0);
  await page.emulateMedia({ media: 'screen' });
  await expect(img).toBeHidden();
  expect(problems.list).toEqual([]);
});

test('“嵌入” gives an iframe snippet of the chart’s embed page, readable without opening anything else', async ({
  page,
  request,
  site,
}) => {
  await page.goto(comparePage ?? '');
  const chart = page.locator('figure.chart').first();
  await chart.locator('details.chart-embed summary').click();
  const snippet = (await chart.locator('details.chart-embed code').textContent()) ?? '';
  const src = /<iframe src="([^"]+)" title="([^"]+)"/.exec(snippet);
  expect(src, snippet).not.toBeNull();
  const url = new URL(src?.[1] ?? '');
  expect(url.pathname).toMatch(new RegExp(`^${BUILDS[site].base}embed/[^/]+/$`));
  expect(src?.[2]).toContain('图书馆年鉴');
  // The snippet names the public site (SITE_URL); the same path answers on the test host.
  const preview = chart.locator('details.chart-embed a');
  expect(await preview.getAttribute('href')).toBe(url.pathname);
  expect((await request.get(url.pathname)).status()).toBe(200);
});

test('og:image of the home page and of a library page is a PNG of this build', async ({ page, request, site }) => {
  const library = sitemapPages().find((p) => /^libraries\/[^/]+\/$/.test(p));
  for (const [path, image] of [
    ['./', 'og/site.png'],
    [library ?? '', `og/${library?.split('/')[1]}.png`],
  ] as const) {
    await page.goto(path);
    const content = (await page.locator('meta[property="og:image"]').getAttribute('content')) ?? '';
    const { pathname } = new URL(content);
    expect(pathname, path).toBe(`${BUILDS[site].base}${image}`);
    const res = await request.get(pathname);
    expect(res.status(), pathname).toBe(200);
    expect(res.headers()['content-type']).toBe('image/png');
    const png = await res.body();
    expect([png.readUInt32BE(16), png.readUInt32BE(20)], 'Open Graph size').toEqual([1200, 630]);
  }
});

for (const id of embeds) {
  test(`embed ${id}`, async ({ page, problems, request, site }) => {
    const base = BUILDS[site].base;
    const response = await page.goto(`embed/${id}/`, { waitUntil: 'load' });
    expect(response?.status(), 'HTTP status').toBe(200);
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
    expect((await page.title()).trim()).not.toBe('');
    await expect(page.locator('h1'), 'exactly one <h1>').toHaveCount(1);
    // Search engines are sent to the full page: the embed names it as canonical (inside the base).
    await expect(page.locator('meta[name="robots"]')).toHaveCount(0);
    const canonical = (await page.locator('link[rel="canonical"]').getAttribute('href')) ?? '';
    expect(new URL(canonical).pathname, 'canonical: the full page').toMatch(new RegExp(`^${base}(compare|timeline)/`));
    const csp = page.locator('meta[http-equiv="content-security-policy" i]');
    await expect(csp).toHaveCount(1);

    const chart = await drawnChart(page);
    expect(await chart.locator('table tbody tr').count(), 'table rows').toBeGreaterThan(0);
    await expect(chart.locator('figcaption')).toContainText('来源');
    await expect(chart.locator('details.chart-embed'), 'no snippet on the embed page itself').toHaveCount(0);
    await expect(chart.getByRole('button', { name: '下载 PNG' })).toBeVisible();
    const back = page.locator('footer a').last();
    const backHref = (await back.getAttribute('href')) ?? '';
    expect(backHref, 'link back to the full page, inside the base').toMatch(new RegExp(`^${base}(compare|timeline)/`));
    expect((await request.get(backHref)).status()).toBe(200);

    expect(await brokenReferences(page, request, base), 'broken links and assets').toEqual([]);
    if (site === 'root') expect(await axeViolations(page), 'axe violations').toEqual([]);
    expect([...problems.list, ...(await problems.cspViolations(page))]).toEqual([]);
  });
}
