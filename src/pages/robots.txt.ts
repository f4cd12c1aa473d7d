/** robots.txt: everything may be crawled; points to the sitemap at this deployment's origin and base path. */
import type { APIRoute } from 'astro';
import { href } from '../data/content.ts';
import { PLACEHOLDER_SITE_URL } from '../lib/site/settings.ts';

export const GET: APIRoute = ({ site }) => {
  const sitemap = new URL(href('/sitemap-index.xml'), site ?? PLACEHOLDER_SITE_URL);
  return new Response(`User-agent: *\nAllow: /\n\nSitemap: ${sitemap.href}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
};
