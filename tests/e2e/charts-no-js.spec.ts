/**
 * JavaScript off: every chart island shows its build-time PNG (`<noscript>`) with the chart's summary
 * as alt text, and the image loads — on one page of each kind that has charts (compare, timeline,
 * library profile) and on an embed page. Printed without JavaScript, the same image is the chart.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { BUILDS } from './support/builds.ts';
import { expect, sitemapPages, test } from './support/site.ts';

const pages = sitemapPages();
const kinds = [/^compare\/[^/]+\/[^/]+\/$/, /^timeline\/[^/]+\/$/, /^libraries\/[^/]+\/$/];
// A page of each kind that draws a chart (a library whose reports have no 大事记 has no chronicle chart).
const drawsChart = (p: string): boolean =>
  readFileSync(join(BUILDS.root.dist, p, 'index.html'), 'utf8').includes('<yb-chart');
const chartPages = kinds.flatMap((re) => pages.filter((p) => re.test(p) && drawsChart(p)).slice(0, 1));
const embedDir = join(BUILDS.root.dist, 'embed');
const embed = existsSync(embedDir) ? readdirSync(embedDir).sort()[0] : undefined;

test('there are chart pages to check', () => {
  expect(chartPages.length).toBe(kinds.length);
  expect(embed).toBeDefined();
});

for (const path of [...chartPages, `embed/${embed}/`]) {
  test(`chart images without JavaScript: ${path}`, async ({ page, problems, request }) => {
    const loaded: string[] = [];
    page.on('response', (r) => {
      if (r.url().includes('/charts/') && r.status() === 200) loaded.push(new URL(r.url()).pathname);
    });
    await page.goto(path, { waitUntil: 'load' });
    const charts = page.locator('figure.chart');
    const count = await charts.count();
    expect(count, 'charts on the page').toBeGreaterThan(0);
    for (let i = 0; i < count; i++) {
      const chart = charts.nth(i);
      const img = chart.locator('noscript img.chart-image');
      await expect(img, 'the <noscript> image is shown').toBeVisible();
      expect(await img.getAttribute('alt')).toBe(await chart.locator('[role="img"]').getAttribute('aria-label'));
      const src = (await img.getAttribute('src')) ?? '';
      expect(src).toMatch(/^\/charts\/[^/]+\.png$/);
      const res = await request.get(src);
      expect(res.status(), src).toBe(200);
      expect(res.headers()['content-type']).toBe('image/png');
      expect(
        await img.evaluate((i: HTMLImageElement) => i.complete && i.naturalWidth),
        `${src} decoded`,
      ).toBeGreaterThan(0);
      expect(loaded, 'the page itself loaded the image').toContain(src);
      // Framed (title, legend, sources, licence drawn around the chart): the <img> attributes give its shape.
      const natural = await img.evaluate((i: HTMLImageElement) => i.naturalHeight / i.naturalWidth);
      const attrs = Number(await img.getAttribute('height')) / Number(await img.getAttribute('width'));
      expect(natural, `${src}: height/width as its <img> says`).toBeCloseTo(attrs, 4);
      await expect(chart.locator('img.chart-print'), 'the print image is for drawn charts only').toBeHidden();
      await expect(chart.getByRole('button', { name: '下载 PNG' }), 'no export without JavaScript').toBeHidden();
    }
    await page.emulateMedia({ media: 'print' });
    await expect(charts.first().locator('noscript img.chart-image'), 'printed too').toBeVisible();
    await expect(charts.first().locator('img.chart-print')).toBeHidden();
    expect(problems.list).toEqual([]);
  });
}
