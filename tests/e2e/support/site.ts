/**
 * The e2e `test`: each project names the build it runs against (`site: 'root' | 'subpath'`), and
 * `baseURL` points at that build on the static host started by global-setup.ts. Pages are addressed
 * relative to the base (`page.goto('reports/beihai/2021/')`), so one spec covers both builds.
 */
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { test as base, expect, type Page } from '@playwright/test';
import { BUILDS } from './builds.ts';

export type SiteName = keyof typeof BUILDS;

/** `<loc>` values of a sitemap document. */
export function sitemapLocs(xml: string): string[] {
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1] ?? '');
}

/**
 * Every page of the sitemap, as paths relative to the base (`./` for the home page): read from the
 * root build's `sitemap-index.xml` → `sitemap-*.xml` when the test files load (after global setup).
 */
export function sitemapPages(dist: string = BUILDS.root.dist): string[] {
  const index = join(dist, 'sitemap-index.xml');
  if (!existsSync(index)) return [];
  return sitemapLocs(readFileSync(index, 'utf8'))
    .flatMap((loc) => sitemapLocs(readFileSync(join(dist, new URL(loc).pathname.split('/').pop() ?? ''), 'utf8')))
    .map((loc) => new URL(loc).pathname.slice(1) || './');
}

/**
 * One page of each type (home, a report, a library, a compare page, …, and each English one): the first
 * sitemap page of each pattern, where a pattern is the path with its specific parts (ids, years) replaced.
 */
export function pagesOfEachType(pages: readonly string[] = sitemapPages()): string[] {
  const seen = new Map<string, string>();
  for (const p of pages) {
    const parts = p.split('/').filter(Boolean);
    // The English pages mirror the Chinese ones under en/: their type is the section after en/.
    const kept = parts[0] === 'en' ? 2 : 1;
    const type = parts.map((part, i) => (i < kept ? part : '*')).join('/') || './';
    if (!seen.has(type)) seen.set(type, p);
  }
  return [...seen.values()];
}

/** Where the static host serves a build (set by global-setup.ts). */
export function origin(site: SiteName): string {
  const value = process.env[site === 'root' ? 'E2E_ROOT_ORIGIN' : 'E2E_SUBPATH_ORIGIN'];
  if (!value) throw new Error('The static host is not running: run the suite through playwright.config.ts');
  return value;
}

/** Everything a page must not do: console errors, uncaught exceptions, failed requests, CSP violations. */
export class PageProblems {
  readonly list: string[] = [];
  constructor(page: Page, { allowStatus = [] as number[] } = {}) {
    page.on('console', (m) => {
      if (m.type() === 'error') this.list.push(`console error: ${m.text()}`);
    });
    page.on('pageerror', (e) => this.list.push(`uncaught: ${e.message}`));
    // net::ERR_ABORTED is a cancelled request, not one that failed: Chromium cancels the favicon it fetches
    // again after history.replaceState when the test goes straight to another page (the events do not
    // come in a reliable order, so "cancelled by a later navigation" cannot be told apart), and a page's
    // script may abort its own fetch. A resource that is missing or refused still counts: an HTTP status
    // (below) or another net:: error.
    page.on('requestfailed', (r) => {
      const error = r.failure()?.errorText;
      if (error !== 'net::ERR_ABORTED') this.list.push(`request failed: ${r.url()} (${error})`);
    });
    page.on('response', (r) => {
      if (r.status() >= 400 && !allowStatus.includes(r.status())) this.list.push(`HTTP ${r.status()}: ${r.url()}`);
    });
  }

  /** CSP violations the page saw (recorded by an init script, so this works without page JS too). */
  async cspViolations(page: Page): Promise<string[]> {
    const seen = await page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? []).catch(() => []);
    return seen.map((v) => `CSP violation: ${v}`);
  }
}

/** Records `securitypolicyviolation` events before any page script runs. */
const CSP_RECORDER = `window.__csp = [];
document.addEventListener('securitypolicyviolation', (e) => {
  window.__csp.push(e.violatedDirective + ' blocked ' + (e.blockedURI || 'inline') + ' at ' + e.sourceFile + ':' + e.lineNumber);
});`;

export const test = base.extend<{ problems: PageProblems }, { site: SiteName }>({
  site: ['root', { option: true, scope: 'worker' }],
  baseURL: async ({ site }, use) => {
    await use(`${origin(site)}${BUILDS[site].base}`);
  },
  problems: async ({ page }, use) => {
    await page.addInitScript({ content: CSP_RECORDER });
    await use(new PageProblems(page));
  },
});

export { expect };
