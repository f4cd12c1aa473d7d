/**
 * Like with like on a phone (390×844): the home table's scope badges and a compare page's scope notice,
 * panels and per-capita table fit — wide tables scroll in their own box, the page does not.
 */
import { builtFigures, comparePage } from './support/figures.ts';
import { expect, test } from './support/site.ts';

const f = builtFigures().find((x) => x.scope !== 'library');

for (const path of ['./', f ? comparePage(f.metric) : 'compare/', comparePage('use.visits')]) {
  test(`badges and panels fit a phone: ${path}`, async ({ page }) => {
    await page.goto(path);
    const { scrollWidth, clientWidth } = await page.evaluate(() => ({
      scrollWidth: document.documentElement.scrollWidth,
      clientWidth: document.documentElement.clientWidth,
    }));
    expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
    if (path === './') await expect(page.locator('table.side .scope-badge').first()).toBeVisible();
    else await expect(page.locator('[data-separated], [data-scope-notice], [data-per-capita]').first()).toBeVisible();
  });
}
