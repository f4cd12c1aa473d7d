/**
 * What a reader meets, measured the same way on a desktop and a phone, with JavaScript on and off
 * (tests/e2e/reading*.spec.ts): the header's height, the widest table, the page's height, the citation
 * block, the about page, and internals (metric ids, source file names) in the text a reader reads.
 */
import type { Page } from '@playwright/test';
import { METRICS } from '../../../src/lib/model/catalog.ts';
import { expect, sitemapPages } from './site.ts';

/** Phone header budget: the first screen is for the page, not the navigation. */
export const HEADER_MAX_PX = 120;
/** Phone page-height budget: no page a phone has to scroll through for more than ~47 screens. */
export const PAGE_MAX_PX = 40_000;

/** Compare pages of one metric and library profiles, in both languages: the pages with wide tables. */
export const TABLE_PAGES = sitemapPages().filter((p) => /^(en\/)?(compare\/[^/]+\/[^/]+|libraries\/[^/]+)\/$/.test(p));
/** Pages that end with a citation block: compare, profile and report pages, in both languages. */
export const CITED_PAGES = sitemapPages().filter((p) =>
  /^(en\/)?(compare\/[^/]+\/[^/]+|libraries\/[^/]+|reports\/[^/]+\/[^/]+)\/$/.test(p),
);
/** Report and profile pages, whose text must not show internals. */
export const TEXT_PAGES = sitemapPages().filter((p) => /^(en\/)?(libraries\/[^/]+|reports\/[^/]+\/[^/]+)\/$/.test(p));

/** The rendered height of the site header, in CSS px. */
export async function headerHeight(page: Page): Promise<number> {
  return page.locator('body > header').evaluate((h) => h.getBoundingClientRect().height);
}

/** Every table wider than the screen: its caption (or position) and width. */
export async function tablesWiderThanScreen(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const screen = document.documentElement.clientWidth;
    return [...document.querySelectorAll('main table')].flatMap((t, i) => {
      const width = Math.ceil(t.getBoundingClientRect().width);
      const name = t.querySelector('caption')?.textContent?.trim() || `table ${i + 1}`;
      return width > screen ? [`“${name}” is ${width}px on a ${screen}px screen`] : [];
    });
  });
}

/** The page's full height in CSS px. */
export async function pageHeight(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollHeight);
}

/** Metric ids (`collection.newPrintVolumes`) and source file names (`000_50b6….txt`) in `text`. */
export function internalsIn(text: string): string[] {
  const ids = METRICS.map((m) => m.id).filter((id) => text.includes(id));
  const files = [...text.matchAll(/[\w.-]+\.(?:txt|docx?|pdf)\b/gi)].map((m) => m[0]);
  return [...ids, ...files];
}

/**
 * The citation block: a line naming the site, the page title and its canonical URL, dated with the same
 * last-updated date as the footer; a licence link and a way to send a correction.
 */
export async function expectCitation(page: Page, siteName: string): Promise<void> {
  const block = page.locator('main section.cite').last();
  await expect(block, 'citation block').toBeVisible();
  const line = (await block.locator('[data-citation]').innerText()).trim();
  const canonical = (await page.locator('link[rel="canonical"]').getAttribute('href')) ?? '';
  expect(line, 'cites the site').toContain(siteName);
  expect(line.endsWith(canonical), `ends with the canonical URL ${canonical}: ${line}`).toBe(true);
  const title = (await page.title()).split(' · ')[0] ?? '';
  expect(line, 'cites the page title').toContain(title);
  const updated = await page.locator('footer time').getAttribute('datetime');
  expect(updated, 'footer gives the last-updated date').toMatch(/^\d{4}-\d{2}-\d{2}$/);
  await expect(block.locator('time')).toHaveAttribute('datetime', updated ?? '');
  if (siteName === '图书馆年鉴') expect(line).toContain(`(${updated ?? ''})`);
  await expect(block.locator('a[rel="license"]')).toHaveCount(1);
  await expect(block.locator('a[href*="about/#corrections"]')).toHaveCount(1);
}

/** The about page: licence, the site's citation line, a way to send corrections, the last-updated date. */
export async function expectAboutPage(page: Page, contact: string | undefined): Promise<void> {
  await expect(page.locator('main [data-licence] a[rel="license"]')).toHaveAttribute(
    'href',
    /^https:\/\/(creativecommons|opendatacommons)\.org\//,
  );
  const line = (await page.locator('main [data-citation]').innerText()).trim();
  const home = new URL('../', (await page.locator('link[rel="canonical"]').getAttribute('href')) ?? '').href;
  expect(line.endsWith(home), `the site's citation line ends with ${home}: ${line}`).toBe(true);
  const corrections = page.locator('main [data-corrections]');
  if (contact) await expect(corrections.locator('a[data-contact]')).toHaveAttribute('href', `mailto:${contact}`);
  else expect(await corrections.locator('a[href*="/libraries/"]').count(), 'libraries to write to').toBeGreaterThan(0);
  const updated = page.locator('main [data-updated] time');
  await expect(updated).toHaveAttribute('datetime', /^\d{4}-\d{2}-\d{2}$/);
  await expect(page.locator('footer time')).toHaveAttribute('datetime', (await updated.getAttribute('datetime')) ?? '');
}
