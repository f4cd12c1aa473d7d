/**
 * The timeline filters, in both languages: with JavaScript the form shows, says how many events it
 * shows in the page's language, hides the events a choice leaves out and keeps the choice in the query
 * string, so a link with `?category=` (or `?year=`, from a report page) opens the list pre-filtered.
 * (Without JavaScript the form stays hidden and the whole list shows: no-js.spec.ts.)
 */
import { expect, sitemapPages, test } from './support/site.ts';

const pages = sitemapPages();
const SHOWING = {
  zh: (shown: number, total: number) => `显示 ${shown} / ${total} 条`,
  en: (shown: number, total: number) => `Showing ${shown} of ${total}`,
};

for (const lang of ['zh', 'en'] as const) {
  const prefix = lang === 'en' ? 'en/' : '';
  const path = pages.find((p) => new RegExp(`^${prefix}timeline/(?!year/)[^/]+/$`).test(p));

  test(`the filters of a library timeline (${lang})`, async ({ page, problems }) => {
    expect(path, 'a library timeline in the sitemap').toBeDefined();
    await page.goto(path ?? '');
    const form = page.locator('form[data-filters]');
    await expect(form).toBeVisible();
    const items = page.locator('#event-list .events > li');
    const shown = page.locator('#event-list .events > li:not([hidden])');
    const total = await items.count();
    await expect(form.locator('[data-count]')).toHaveText(SHOWING[lang](total, total));

    const category = (await form.locator('select[name="category"] option').nth(1).getAttribute('value')) ?? '';
    const expected = await items.evaluateAll(
      (lis, c) => lis.filter((li) => (li.dataset['categories'] ?? '').split(' ').includes(c)).length,
      category,
    );
    expect(expected).toBeGreaterThan(0);
    await form.locator('select[name="category"]').selectOption(category);
    await expect(shown).toHaveCount(expected);
    await expect(form.locator('[data-count]')).toHaveText(SHOWING[lang](expected, total));
    // The address is changed by history.replaceState after the list: Playwright learns of it by an event
    // that may arrive after the list's check passed, so this check waits for it too.
    await expect(page).toHaveURL((url) => url.searchParams.get('category') === category);

    await page.goto(`${path ?? ''}?category=${category}`);
    await expect(form.locator('select[name="category"]')).toHaveValue(category);
    await expect(shown).toHaveCount(expected);
    expect(problems.list).toEqual([]);
  });
}
