/**
 * Reading, citing and correcting with JavaScript off, on a desktop (issue 16): the header's links are
 * in view without a script, the about page and the citation blocks are plain HTML, and compare and
 * profile tables fit the window. See reading.spec.ts (JavaScript on) and reading-phone.spec.ts.
 */
import { BUILDS } from './support/builds.ts';
import { CITED_PAGES, TABLE_PAGES, expectAboutPage, expectCitation, tablesWiderThanScreen } from './support/reading.ts';
import { expect, test } from './support/site.ts';

test('the header shows its links without JavaScript', async ({ page }) => {
  await page.goto('reports/beihai/2021/');
  await expect(page.locator('header summary')).toBeHidden();
  for (const link of await page.locator('header nav a').all()) await expect(link).toBeVisible();
});

for (const path of ['about/', 'en/about/']) {
  test(`the about page without JavaScript: ${path}`, async ({ page }) => {
    await page.goto(path);
    await expectAboutPage(page, BUILDS.root.contact);
  });
}

// One test per page: dozens of pages do not fit in one test's time on a busy machine.
for (const path of CITED_PAGES) {
  test(`a citation line without JavaScript: ${path}`, async ({ page }) => {
    await page.goto(path);
    await expectCitation(page, path.startsWith('en/') ? 'Library Yearbook' : '图书馆年鉴');
  });
}

for (const path of TABLE_PAGES) {
  test(`tables fit the window without JavaScript: ${path}`, async ({ page }) => {
    await page.goto(path);
    expect(await tablesWiderThanScreen(page), path).toEqual([]);
  });
}
