/** Search with JavaScript off: the header box still reaches the search page, which explains itself. */
import { expect, test } from './support/site.ts';

test('the header search box is a plain GET form to the search page', async ({ page }) => {
  await page.goto('reports/beihai/2021/');
  const form = page.getByRole('search', { name: '站内搜索' });
  await form.getByRole('searchbox').fill('智慧书房');
  await form.getByRole('button', { name: '搜索' }).click();
  await expect(page).toHaveURL(/\/search\/\?q=%E6%99%BA/);
  await expect(page.locator('h1')).toHaveText('搜索');
});

test('the search page says results need JavaScript and offers other ways in', async ({ page }) => {
  await page.goto('search/?q=智慧书房');
  const note = page.locator('main .note');
  await expect(note).toBeVisible();
  await expect(note).toContainText('需要浏览器启用 JavaScript');
  await expect(note.locator('a[href$="/libraries/beihai/"]')).toHaveCount(1);
  await expect(page.locator('[data-status]')).toBeHidden();
});
