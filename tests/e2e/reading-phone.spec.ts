/**
 * Reading on a phone (390×844), JavaScript on and off (issue 16): a header of at most 120 px on every
 * page type, a menu that opens without a script, no compare or profile table wider than the screen
 * (the qualifiers stay in view), a timeline a phone can get through (at most 40,000 px), and the
 * citation block and the about page as on a desktop.
 */
import { BUILDS } from './support/builds.ts';
import {
  CITED_PAGES,
  HEADER_MAX_PX,
  PAGE_MAX_PX,
  TABLE_PAGES,
  expectAboutPage,
  expectCitation,
  headerHeight,
  pageHeight,
  tablesWiderThanScreen,
} from './support/reading.ts';
import { expect, pagesOfEachType, sitemapPages, test } from './support/site.ts';

/** Timeline pages: the all-library ones (the longest) and each library's. */
const TIMELINES = sitemapPages().filter((p) => /^(en\/)?timeline\//.test(p));

for (const javaScriptEnabled of [true, false]) {
  test.describe(javaScriptEnabled ? 'JavaScript on' : 'JavaScript off', () => {
    test.use({ javaScriptEnabled });

    test(`header ≤ ${HEADER_MAX_PX} px on every page type`, async ({ page }) => {
      test.slow(); // one page of each type, one after another
      for (const path of pagesOfEachType()) {
        await page.goto(path);
        expect(await headerHeight(page), path).toBeLessThanOrEqual(HEADER_MAX_PX);
      }
    });

    test('the menu opens and shows every section; the search icon leads to the search page', async ({ page }) => {
      await page.goto('compare/');
      const links = page.locator('header nav a');
      await expect(links.first()).toBeHidden();
      await page.locator('header summary').click();
      for (const link of await links.all()) await expect(link).toBeVisible();
      await links.filter({ hasText: '时间线' }).click();
      await expect(page).toHaveURL(/\/timeline\/$/);
      await page.locator('header a.search-link').click();
      await expect(page).toHaveURL(/\/search\/$/);
      await expect(page.locator('input[type="search"]:visible')).toHaveCount(1);
    });

    test('no compare or profile table is wider than the screen', async ({ page }) => {
      test.slow();
      for (const path of TABLE_PAGES) {
        await page.goto(path);
        expect(await tablesWiderThanScreen(page), path).toEqual([]);
      }
    });

    test(`every timeline page is at most ${PAGE_MAX_PX} px tall`, async ({ page }) => {
      test.slow();
      expect(TIMELINES.length).toBeGreaterThan(0);
      for (const path of TIMELINES) {
        await page.goto(path);
        expect(await pageHeight(page), path).toBeLessThanOrEqual(PAGE_MAX_PX);
      }
    });

    test('the about page and the citation lines', async ({ page }) => {
      test.slow(); // a fifth of the cited pages, one after another
      await page.goto('about/');
      await expectAboutPage(page, BUILDS.root.contact);
      for (const path of CITED_PAGES.filter((_, i) => i % 5 === 0)) {
        await page.goto(path);
        await expectCitation(page, path.startsWith('en/') ? 'Library Yearbook' : '图书馆年鉴');
      }
    });
  });
}
