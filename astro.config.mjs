// @ts-check
import { defineConfig } from 'astro/config';
import sitemap from '@astrojs/sitemap';
import { buildCache } from './src/integrations/build-cache.ts';
import { buildOutput } from './src/integrations/build-output.ts';
import { buildPool } from './src/integrations/build-pool.ts';
import { contentCheck } from './src/integrations/content-check.ts';
import { pagefindIndex } from './src/integrations/pagefind.ts';
import { shards } from './src/integrations/shard-build.ts';
import { siteSettingsCheck } from './src/integrations/site-settings.ts';
import { sitemapLastmod } from './src/integrations/sitemap-lastmod.ts';
import { CONTENT_DIR, ONLY_LIBRARY } from './src/content-dir.ts';
import { readSiteSettings } from './src/lib/site/settings.ts';

/**
 * Deployment: SITE_URL is the public origin (https://example.org), BASE_PATH the sub-path the site is
 * served under (/yearbook/); SITE_DATA_LICENCE and SITE_CONTACT are read by the same settings module
 * (src/lib/site/settings.ts). All optional; a production build warns about the missing ones.
 * YEARBOOK_CONTENT_DIR and YEARBOOK_OUT_DIR let tests and benchmarks build other content into another folder.
 */
const base = process.env.BASE_PATH || '/';
const settings = readSiteSettings(process.env);

export default defineConfig({
  site: settings.siteUrl,
  base,
  trailingSlash: 'always',
  // A preview of one library (YEARBOOK_ONLY_LIBRARY) goes elsewhere: never mistaken for the site, and
  // its build does not prune the whole site's cache.
  outDir: process.env.YEARBOOK_OUT_DIR || (ONLY_LIBRARY ? './dist-preview' : './dist'),
  cacheDir:
    process.env.YEARBOOK_CACHE_DIR || (ONLY_LIBRARY ? './node_modules/.astro-preview' : './node_modules/.astro'),
  build: { format: 'directory' },
  // Report texts are rendered by src/lib/report-text/render-html.ts, never by Astro's Markdown: no code to
  // highlight, and Shiki's inline styles would only earn a CSP warning on every build and dev start.
  markdown: { syntaxHighlight: false },
  // Chinese at the root (no prefix), English under /en/ page for page (src/i18n/locales.ts).
  i18n: {
    locales: ['zh-CN', 'en'],
    defaultLocale: 'zh-CN',
    routing: { prefixDefaultLocale: false },
  },
  integrations: [
    // Worker threads for the content check and for the images and report texts of the pages.
    buildPool(),
    // One machine's share of a national build (YEARBOOK_SHARD=k/n, scripts/shard.ts); inert otherwise.
    shards(),
    // Files of routes too many or too large to render one by one (the chart CSVs, the downloads), written by
    // the routes themselves.
    buildOutput(),
    siteSettingsCheck(settings),
    contentCheck(CONTENT_DIR),
    // No mdx(): reports are MDX files, but their loader reads them itself (src/loaders/reports.ts) and their
    // pages render the body without a module per report (src/lib/report-text/render-html.ts); the site has
    // no .mdx page or import for @astrojs/mdx's compiler to serve.
    sitemap({
      // Embed pages (/embed/<chart>/) are for iframes, not for search engines (noindex; tests/e2e/charts.spec.ts visits them).
      filter: (page) => !new URL(page).pathname.includes('/embed/'),
      i18n: { defaultLocale: 'zh', locales: { zh: 'zh-CN', en: 'en' } },
      // Report and library pages carry the date of their last change (the reports' changelogs), never the clock.
      serialize: sitemapLastmod(base),
    }),
    pagefindIndex(),
    // Rendered report texts, images and search index parts are kept between builds, keyed by their
    // inputs and the code. Last, so that its end-of-build clean-up runs after the search index's.
    buildCache(),
  ],
  // A CSP that works on any static host: a <meta> with hashes of every inline script and style, no
  // 'unsafe-inline'. The README's nginx example sends the same policy as a header.
  security: {
    csp: {
      // Pagefind (the search page) runs WebAssembly: 'wasm-unsafe-eval' allows compiling it, nothing else.
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
    },
  },
});
