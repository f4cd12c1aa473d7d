// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { contentCheck } from './src/integrations/content-check.ts';
import { CONTENT_DIR } from './src/content-dir.ts';

/**
 * Deployment: SITE_URL is the public origin (https://example.org), BASE_PATH the sub-path the site is
 * served under (/yearbook/), both optional. YEARBOOK_CONTENT_DIR and YEARBOOK_OUT_DIR let tests and
 * benchmarks build other content into another folder.
 */
const base = process.env.BASE_PATH || '/';

export default defineConfig({
  site: process.env.SITE_URL || 'https://library-yearbook.example.org',
  base,
  trailingSlash: 'always',
  outDir: process.env.YEARBOOK_OUT_DIR || './dist',
  cacheDir: process.env.YEARBOOK_CACHE_DIR || './node_modules/.astro',
  build: { format: 'directory' },
  integrations: [contentCheck(CONTENT_DIR), mdx()],
  vite: {
    build: {
      rollupOptions: {
        onwarn(warning, warn) {
          // Every MDX module carries Astro's `astro:head-inject` directive; the warning is noise.
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && String(warning.message).includes('astro:head-inject')) return;
          warn(warning);
        },
      },
    },
  },
});
