/**
 * What one search costs the reader: opens `/search/?q=<query>` of a built site in Chromium, each query
 * in a fresh browser context (empty cache), and sums the requests and bytes transferred under
 * `/pagefind/` until the results are listed — split into the one-time runtime (pagefind.js, worker,
 * WebAssembly) and the index itself (entries, metadata, chunks, fragments of every part). The site is
 * served like the e2e suite serves it (nginx with gzip when installed, else the Node fallback). A
 * benchmark, not a test: it prints a table and never fails on a number.
 *
 *   npx tsx scripts/bench/search-bytes.ts --dist .bench/out/astro-400 [--query 借阅 --query 阅读推广]
 *
 * Chromium: CHROMIUM_PATH, else `chromium` on the PATH (as playwright.config.ts).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';
import { findNginx, startNginx, startNodeHost } from '../lib/static-host.ts';

const { values: opts } = parseArgs({
  options: {
    dist: { type: 'string', default: 'dist' },
    query: { type: 'string', multiple: true, default: ['借阅', '阅读推广'] },
  },
});
const dist = resolve(opts.dist);
if (!existsSync(join(dist, 'search', 'index.html'))) {
  console.error(`${dist}/search/index.html not found: build the site first (npx astro build).`);
  process.exit(2);
}
const manifest = join(dist, 'pagefind', 'parts.json');
const parts = existsSync(manifest)
  ? 1 + (JSON.parse(readFileSync(manifest, 'utf8')) as { parts: string[] }).parts.length
  : 1;

const executablePath =
  process.env['CHROMIUM_PATH'] ||
  spawnSync('sh', ['-c', 'command -v chromium || command -v chromium-browser'], { encoding: 'utf8' }).stdout.trim() ||
  undefined;

/** The Pagefind runtime, fetched once whatever the index: everything else under /pagefind/ is index. */
const RUNTIME = /\/pagefind\/(pagefind(-worker)?\.js|wasm\.[^/]+\.pagefind)$/;

const tmp = mkdtempSync(join(tmpdir(), 'yearbook-search-bytes-'));
const nginx = findNginx();
const site = [{ dist, base: '/' }];
const host = nginx ? await startNginx(nginx, tmp, site) : await startNodeHost(site);
const browser = await chromium.launch({
  ...(executablePath ? { executablePath } : {}),
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
});
const kb = (n: number): string => (n / 1024).toFixed(1);
try {
  console.log(`${dist}: ${parts} index part(s), served by ${host.kind}\n`);
  console.log('| query | results | requests | runtime KB | index KB | total KB | time s |');
  console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const query of opts.query) {
    const context = await browser.newContext({ locale: 'zh-CN' });
    const page = await context.newPage();
    const seen: Promise<{ url: string; bytes: number }>[] = [];
    page.on('requestfinished', (r) => {
      if (!new URL(r.url()).pathname.includes('/pagefind/')) return;
      seen.push(
        r.sizes().then((s) => ({ url: new URL(r.url()).pathname, bytes: s.responseBodySize + s.responseHeadersSize })),
      );
    });
    const started = performance.now();
    await page.goto(`${host.origins[0]}/search/?q=${encodeURIComponent(query)}`);
    const status = page.locator('[data-status]');
    await status.filter({ hasText: /找到|没有找到/ }).waitFor({ timeout: 120_000 });
    const seconds = (performance.now() - started) / 1000;
    const results = await page.locator('[data-results] > li').count();
    const requests = await Promise.all(seen);
    const runtime = requests.filter((r) => RUNTIME.test(r.url)).reduce((s, r) => s + r.bytes, 0);
    const total = requests.reduce((s, r) => s + r.bytes, 0);
    console.log(
      `| ${query} | ${results} | ${requests.length} | ${kb(runtime)} | ${kb(total - runtime)} | ${kb(total)} | ${seconds.toFixed(1)} |`,
    );
    await context.close();
  }
} finally {
  await browser.close();
  await host.stop();
  rmSync(tmp, { recursive: true, force: true });
}
