/** robots.txt: everything may be crawled; points to the sitemap at this deployment's origin and base path. */
import type { APIRoute } from 'astro';
import { href } from '../data/content.ts';

export const GET: APIRoute = ({ site }) => {
  const sitemap = new URL(href('/sitemap-index.xml'), site ?? 'https://library-yearbook.example.org');
  return new Response(`User-agent: *\nAllow: /\n\nSitemap: ${sitemap.href}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
};
