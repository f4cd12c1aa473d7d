/**
 * The link crawl of one page: every href/src/srcset resolves. Internal URLs must stay inside the build's
 * base and answer 200 (without redirects); a `#fragment` must name an element of its target page
 * (text fragments `#:~:text=` are not checked). External links are not fetched (no network in tests).
 */
import type { APIRequestContext, Page } from '@playwright/test';

/** Status and element ids of each internal URL fetched so far (per worker). */
const fetched = new Map<string, Promise<{ status: number; ids: Set<string> }>>();

function fetchTarget(request: APIRequestContext, url: string) {
  let entry = fetched.get(url);
  if (!entry) {
    entry = request.get(url, { maxRedirects: 0 }).then(async (r) => {
      const html = (r.headers()['content-type'] ?? '').startsWith('text/html') ? await r.text() : '';
      const ids = new Set([...html.matchAll(/\sid="([^"]*)"/g)].map((m) => unescapeHtml(m[1] ?? '')));
      return { status: r.status(), ids };
    });
    fetched.set(url, entry);
  }
  return entry;
}

const unescapeHtml = (s: string) =>
  s.replace(
    /&(amp|lt|gt|quot|#39);/g,
    (_, e: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" })[e] ?? _,
  );

/** References on the loaded page: attribute and absolute URL. */
async function references(page: Page): Promise<{ attr: string; url: string }[]> {
  const found = await page.locator('[href], [src], [srcset]').evaluateAll((els) =>
    els.flatMap((e) => {
      const out: { attr: string; value: string }[] = [];
      for (const attr of ['href', 'src']) {
        const v = e.getAttribute(attr);
        if (v !== null) out.push({ attr, value: v });
      }
      for (const part of (e.getAttribute('srcset') ?? '').split(',')) {
        const v = part.trim().split(/\s+/)[0];
        if (v) out.push({ attr: 'srcset', value: v });
      }
      return out;
    }),
  );
  return found.map(({ attr, value }) => ({ attr, url: value.trim() === '' ? '' : new URL(value, page.url()).href }));
}

/** Everything broken on the loaded page, one line each (empty when all is well). */
export async function brokenReferences(page: Page, request: APIRequestContext, base: string): Promise<string[]> {
  const origin = new URL(page.url()).origin;
  const broken: string[] = [];
  const refs = await references(page);
  for (const { attr, url: href } of refs) {
    if (href === '') {
      broken.push(`empty ${attr}`);
      continue;
    }
    const url = new URL(href);
    if (url.origin !== origin) {
      if (!/^(https?|mailto|tel):$/.test(url.protocol)) broken.push(`${attr} ${href}: unexpected scheme`);
      continue;
    }
    if (!url.pathname.startsWith(base)) {
      broken.push(`${attr} ${url.pathname}: outside the base ${base}`);
      continue;
    }
    const target = href.split('#')[0] ?? '';
    const { status, ids } = await fetchTarget(request, target);
    if (status !== 200) broken.push(`${attr} ${href}: HTTP ${status}`);
    const id = decodeURIComponent(url.hash.slice(1).split(':~:')[0] ?? '');
    if (status === 200 && id && !ids.has(id)) broken.push(`${attr} ${href}: no element #${id} there`);
  }
  if (refs.length === 0) broken.push('no links at all: the crawl found nothing to check');
  return broken;
}
