/**
 * Embeds that fit: the “嵌入” snippet offered on a compare page, pasted as it is into a page of another
 * origin at phone width (390 px), sizes its frame to the embed page — chart, table, source line and the link
 * back all show, with no scrollbar inside the frame. Pasted into a page whose CSP forbids inline script,
 * the frame keeps the snippet's fixed height and the embed still shows.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Page } from '@playwright/test';
import { expect, origin, sitemapPages, test } from './support/site.ts';

const comparePage = sitemapPages().find((p) => /^compare\/[^/]+\/[^/]+\/$/.test(p));

/** The snippet of the page's first chart, its URL moved from SITE_URL to the test host (as a deployer's is). */
async function snippetOf(page: Page, host: string): Promise<string> {
  await page.goto(comparePage ?? '');
  const chart = page.locator('figure.chart').first();
  await chart.locator('details.chart-embed summary').click();
  const snippet = (await chart.locator('details.chart-embed code').textContent()) ?? '';
  const src = /<iframe src="([^"]+)"/.exec(snippet)?.[1] ?? '';
  return snippet.replaceAll(new URL(src).origin, host);
}

/** Serve `body` from another origin (a throwaway server on another loopback port) while `run` runs. */
async function onAnotherOrigin(body: string, csp: string | undefined, run: (url: string) => Promise<void>) {
  const server = createServer((_req, res) => {
    res.writeHead(200, {
      'content-type': 'text/html; charset=utf-8',
      ...(csp ? { 'content-security-policy': csp } : {}),
    });
    res.end(`<!doctype html><html lang="en"><meta name="viewport" content="width=device-width"><title>blog</title>
<body style="margin:0 12px"><p>A blog post quoting the yearbook:</p>${body}<p>After the chart.</p></body></html>`);
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  try {
    await run(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`);
  } finally {
    server.close();
  }
}

test('the snippet sizes its frame to the whole embed at 390 px, with no inner scrollbar', async ({ page, site }) => {
  expect(comparePage).toBeDefined();
  const snippet = await snippetOf(page, origin(site));
  await page.setViewportSize({ width: 390, height: 844 });
  await onAnotherOrigin(snippet, undefined, async (url) => {
    await page.goto(url);
    const frame = page.frameLocator('iframe');
    await expect(frame.locator('yb-chart').first()).toHaveAttribute('data-drawn', '');
    await expect(frame.locator('.embed-footer')).toBeAttached();
    const iframe = page.locator('iframe');
    /** The frame's height, and the embed's own: its root box (scrollHeight never drops below the frame). */
    const heights = async () => ({
      frame: Math.round(await iframe.evaluate((f) => f.getBoundingClientRect().height)),
      embed: Math.ceil(await frame.locator('html').evaluate((html) => html.getBoundingClientRect().height)),
    });
    // The frame leaves the snippet's fixed height for the embed's own, whatever that is at this width.
    await expect
      .poll(async () => {
        const h = await heights();
        return Math.abs(h.frame - h.embed);
      })
      .toBeLessThanOrEqual(1);
    expect((await heights()).frame).not.toBe(Number(await iframe.getAttribute('height')));
    const inner = await frame.locator('html').evaluate((html) => ({
      scroll: html.scrollHeight - window.innerHeight,
      wide: html.scrollWidth - window.innerWidth,
    }));
    expect(inner.scroll, 'no vertical scrollbar inside the frame').toBeLessThanOrEqual(0);
    expect(inner.wide, 'no horizontal scrollbar inside the frame').toBeLessThanOrEqual(0);
    // The end of the embed — its source line and the link back — is inside the frame's box.
    const footer = await frame.locator('.embed-footer').evaluate((el) => el.getBoundingClientRect().bottom);
    expect(footer).toBeLessThanOrEqual((await heights()).frame + 1);
  });
});

test('pasted into a page that forbids inline script, the frame keeps its fixed height', async ({ page, site }) => {
  const snippet = await snippetOf(page, origin(site));
  const fixed = Number(/height="(\d+)"/.exec(snippet)?.[1]);
  expect(fixed).toBeGreaterThanOrEqual(600);
  await onAnotherOrigin(snippet, "script-src 'none'", async (url) => {
    await page.goto(url);
    await expect(page.frameLocator('iframe').locator('h1')).toBeVisible();
    await expect(page.frameLocator('iframe').locator('yb-chart').first()).toHaveAttribute('data-drawn', '');
    expect(await page.locator('iframe').evaluate((f) => f.getBoundingClientRect().height)).toBe(fixed);
  });
});
