/**
 * JavaScript off: every report, library profile, compare and timeline page of the sitemap shows its
 * numbers in tables — present and with non-empty cells; every chart has a table with the same numbers.
 * On profile and compare pages every number a figure display shows links to its source (or is a
 * derived value that gives its formula); on report pages every figure's number is marked in the text.
 */
import type { Page } from '@playwright/test';
import { expect, sitemapPages, test } from './support/site.ts';

/** Page types that carry numbers; the index pages of compare/ and timeline/ are listings. */
const NUMBER_PAGES = /^(reports\/[^/]+\/[^/]+|libraries\/[^/]+|compare\/[^/]+\/[^/]+|timeline\/[^/]+)\/$/;
/** All of them show their numbers in tables. */
const TABLE_PAGES = /^(reports|libraries|compare|timeline)\//;
/** Pages whose every figure must link to its sentence. */
const PROVENANCE_PAGES = /^(libraries|compare)\//;

const pages = sitemapPages().filter((p) => NUMBER_PAGES.test(p));

test('JavaScript is really off', async ({ page }) => {
  await page.setContent('<title>off</title><script>document.title = "on"</script>');
  expect(await page.title()).toBe('off');
});

test('there are pages with numbers', () => {
  expect(pages.length).toBeGreaterThan(0);
});

for (const path of pages) {
  test(`numbers without JavaScript: ${path}`, async ({ page, problems }) => {
    const response = await page.goto(path);
    expect(response?.status()).toBe(200);
    const main = page.locator('main');
    expect((await main.innerText()).match(/\d/g)?.length ?? 0, 'digits shown in <main>').toBeGreaterThan(3);

    const tables = await main.locator('table').all();
    if (TABLE_PAGES.test(path)) expect(tables.length, 'tables on the page').toBeGreaterThan(0);
    const charts = await main.locator('canvas, [role="img"]:not(svg[aria-hidden])').count();
    if (charts > 0) expect(tables.length, `tables beside ${charts} chart(s)`).toBeGreaterThan(0);
    for (const [i, table] of tables.entries()) {
      const name = (await table.locator('caption').count())
        ? await table.locator('caption').innerText()
        : `table ${i + 1}`;
      const cells = await table.locator('tbody td, tbody th').allTextContents();
      expect(cells.filter((c) => c.trim() !== '').length, `non-empty cells in “${name}”`).toBeGreaterThan(0);
    }
    expect(problems.list).toEqual([]);
  });
}

/**
 * Where a page shows figures: on a profile the headline figures, derived indicators, small multiples,
 * parts and all-figures table; on a compare page its panels (charts, or the figures of a metric one
 * library reports once). (Awards, plans, problems and the monthly 大事记 counts are not figures of the
 * metric catalog.)
 */
const FIGURE_DISPLAYS = (path: string): string =>
  path.startsWith('compare/')
    ? 'section.panel'
    : ['headline', 'indicators', 'years', 'parts', 'figures']
        .map((id) => `section[aria-labelledby="${id}"]`)
        .join(', ');

/**
 * Digits shown in figure displays that are not traceable: each text with a digit must be inside a link
 * to a report sentence; or a derived value
 * (`[data-derived]`) whose title gives its formula; or the exact value (`td[data-value]`) in a table
 * row whose figure is linked; or be a label of the display (heading, caption, column header, summary,
 * source line, `<time>`), a data-quality flag or badge, the formula itself, an editor's note or the
 * quoted source sentence.
 */
async function untraced(page: Page, selector: string): Promise<string[]> {
  return page.evaluate((selector) => {
    const SOURCE = 'a[href*="/reports/"][href*="#"]';
    const LABELS =
      'script, h1, h2, h3, h4, caption, thead, summary, figcaption, time, .flag, .badge, .formula, .note, blockquote';
    const out: string[] = [];
    for (const display of document.querySelectorAll(selector)) {
      const walker = document.createTreeWalker(display, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.textContent ?? '';
        const el = node.parentElement;
        if (!el || !/\d/.test(text)) continue;
        if (el.closest(SOURCE) || el.closest(LABELS)) continue;
        const derived = el.closest('[data-derived]');
        if (derived) {
          if (!/[=÷×]/.test(derived.getAttribute('title') ?? '')) out.push(`derived without formula: ${text.trim()}`);
          continue;
        }
        const cell = el.closest('td[data-value]');
        if (cell && cell.closest('tr')?.querySelector(SOURCE)) continue;
        out.push(`${el.tagName.toLowerCase()}.${el.className}: ${text.trim()}`);
      }
    }
    return out;
  }, selector);
}

for (const path of pages.filter((p) => PROVENANCE_PAGES.test(p))) {
  test(`every figure links to its source: ${path}`, async ({ page }) => {
    await page.goto(path);
    expect(await page.locator(FIGURE_DISPLAYS(path)).count(), 'figure displays').toBeGreaterThan(0);
    expect(await page.locator(`main a[href*="/reports/"][href*="#num-"]`).count(), 'links to numbers').toBeGreaterThan(
      0,
    );
    expect(await untraced(page, FIGURE_DISPLAYS(path))).toEqual([]);
  });
}

for (const path of pages.filter((p) => p.startsWith('reports/'))) {
  test(`every figure is marked in the text: ${path}`, async ({ page }) => {
    await page.goto(path);
    // Rows of the figures table whose sentence is known link to the number in the text above.
    const targets = await page
      .locator('section[aria-labelledby="figures"] tbody a[href^="#num-"]')
      .evaluateAll((as) => as.map((a) => (a.getAttribute('href') ?? '').slice(1)));
    expect(targets.length, 'figures with a sentence').toBeGreaterThan(0);
    for (const id of targets) {
      const mark = page.locator(`.report-text [id="${id}"]`);
      await expect(mark, id).toHaveCount(1);
      expect((await mark.innerText()).match(/\d/), `${id} holds a number`).not.toBeNull();
      await expect(mark.locator('xpath=ancestor-or-self::*[contains(@class, "figure-number")]').first()).toBeVisible();
    }
  });
}
