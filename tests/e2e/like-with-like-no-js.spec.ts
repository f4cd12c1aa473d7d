/**
 * Like with like without JavaScript: the scope badge of a whole-network figure, the per-capita view and
 * the home cell's badge are in the HTML, not drawn by a script.
 */
import { builtFigures, comparePage, figureHref } from './support/figures.ts';
import { expect, test } from './support/site.ts';

const wider = builtFigures().filter((f) => f.scope !== 'library');

test('scope badges and the per-capita view show without JavaScript', async ({ page }) => {
  expect(wider.length).toBeGreaterThan(0);
  const f = wider[0];
  if (!f) return;
  await page.goto(comparePage(f.metric));
  const row = page.locator('section.panel tr', { has: page.locator(`a[href$="${figureHref(f)}"]`) }).first();
  await expect(row.locator('.scope-badge')).toBeVisible();
  await page.goto(comparePage('use.visits'));
  await expect(page.locator('[data-per-capita]')).toContainText('人均到馆');
  await page.goto('./');
  await expect(page.locator('table.side .scope-badge').first()).toBeVisible();
});
