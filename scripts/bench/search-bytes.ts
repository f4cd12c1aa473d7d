/**
 * What one search costs the reader: opens `/search/?q=<query>` of a built site in Chromium, each query
 * in a fresh browser context (empty cache), and sums the requests and bytes transferred under
 * `/pagefind/` until the first results are listed — split into the one-time runtime (pagefind.js,
 * worker, WebAssembly) and the index itself (entries, metadata, chunks, fragments of every part loaded).
 * "KB" are response bodies as served (gzip by nginx); response headers are counted apart (HTTP/2 sends
 * them compressed, and mostly once). The site is served like the e2e suite serves it (nginx with gzip
 * when installed, else the Node fallback). A benchmark, not a test: it prints a table and never fails on
 * a number.
 *
 *   npx tsx scripts/bench/search-bytes.ts --dist .bench/out/astro-400 [--query 借阅 --query 阅读推广]
 *        [--scope default|all|largest|<province> …] [--detail] [--json .bench/results/search-400.json]
 *
 * A large index is cut by province (src/lib/search/scopes.ts): `--scope largest` searches the province
 * whose parts are largest (the worst case a reader who picks a province meets), `all` searches 全国,
 * `default` whatever the page does without `?scope=`. Chromium: CHROMIUM_PATH, else `chromium` on the PATH.
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';
import { readPartsManifest, type PartsManifest } from '../../src/lib/search/index-parts.ts';
import { COMMON_SCOPE } from '../../src/lib/search/scopes.ts';
import { findNginx, startNginx, startNodeHost } from '../lib/static-host.ts';

const { values: opts } = parseArgs({
  options: {
    dist: { type: 'string', default: 'dist' },
    query: { type: 'string', multiple: true, default: ['借阅', '阅读推广'] },
    scope: { type: 'string', multiple: true, default: ['default'] },
    /** Also list the requests by kind (entry, meta, index chunk, filter chunk, fragment) and part. */
    detail: { type: 'boolean', default: false },
    /** Write the rows as JSON (for docs/benchmarks.md, see scripts/bench-build.ts --search). */
    json: { type: 'string' },
  },
});
const dist = resolve(opts.dist);
if (!fs.existsSync(join(dist, 'search', 'index.html'))) {
  console.error(`${dist}/search/index.html not found: build the site first (npx astro build).`);
  process.exit(2);
}
const manifestFile = join(dist, 'pagefind', 'parts.json');
const manifest: PartsManifest = fs.existsSync(manifestFile)
  ? readPartsManifest(JSON.parse(fs.readFileSync(manifestFile, 'utf8')))
  : { parts: [], scopes: [] };

/** Bytes of a folder on disk. */
function folderBytes(dir: string): number {
  let n = 0;
  for (const e of fs.readdirSync(dir, { recursive: true, withFileTypes: true }))
    if (e.isFile()) n += fs.statSync(join(e.parentPath, e.name)).size;
  return n;
}

/** The `?scope=` value for a `--scope` word. */
function scopeParam(word: string): string | undefined {
  if (word === 'default') return undefined;
  if (word === 'all') return COMMON_SCOPE;
  if (word !== 'largest') return word;
  const size = (parts: readonly string[]): number =>
    parts.reduce((s, p) => s + folderBytes(join(dist, 'pagefind', p)), 0);
  const largest = [...manifest.scopes].sort((a, b) => size(b.parts) - size(a.parts))[0];
  return largest?.name;
}

const executablePath =
  process.env['CHROMIUM_PATH'] ||
  spawnSync('sh', ['-c', 'command -v chromium || command -v chromium-browser'], { encoding: 'utf8' }).stdout.trim() ||
  undefined;

/** The Pagefind runtime, fetched once whatever the index: everything else under /pagefind/ is index. */
const RUNTIME = /\/pagefind\/(pagefind(-worker)?\.js|wasm\.[^/]+\.pagefind)$/;

interface Fetched {
  readonly url: string;
  readonly body: number;
  readonly headers: number;
}

/** One measured query, as written to --json. */
export interface SearchBytesRow {
  readonly query: string;
  /** The province searched (全国 for all), or undefined for the page's default. */
  readonly scope: string | undefined;
  readonly results: number;
  readonly requests: number;
  readonly partsLoaded: number;
  readonly runtimeKB: number;
  readonly indexKB: number;
  readonly totalKB: number;
  readonly headersKB: number;
  readonly seconds: number;
}

const kb = (n: number): number => Math.round((n / 1024) * 10) / 10;

/** Requests by kind and part: `index (part-3/)  4  56.1 KB`. */
function detail(requests: readonly Fetched[]): string {
  const groups = new Map<string, { n: number; bytes: number }>();
  for (const r of requests) {
    const m = /\/pagefind\/(part-\d+\/)?(?:(index|fragment|filter)\/|[^/]*\.(pf_meta)$|(pagefind-entry\.json)$)/.exec(
      r.url,
    );
    const kind = m ? `${m[2] ?? m[3] ?? m[4]} (${m[1] ?? 'part-1/'})` : r.url.replace(/^.*\/pagefind\//, '');
    const g = groups.get(kind) ?? { n: 0, bytes: 0 };
    groups.set(kind, { n: g.n + 1, bytes: g.bytes + r.body });
  }
  return [...groups]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([k, g]) => `    ${k.padEnd(36)} ${String(g.n).padStart(4)} ${kb(g.bytes).toFixed(1).padStart(9)} KB`)
    .join('\n');
}

const tmp = fs.mkdtempSync(join(tmpdir(), 'yearbook-search-bytes-'));
const nginx = findNginx();
const site = [{ dist, base: '/' }];
const host = nginx ? await startNginx(nginx, tmp, site) : await startNodeHost(site);
const browser = await chromium.launch({
  ...(executablePath ? { executablePath } : {}),
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
});
const rows: SearchBytesRow[] = [];
try {
  const provinces = manifest.scopes.length ? `, cut by province (${manifest.scopes.length})` : '';
  console.log(`${dist}: ${1 + manifest.parts.length} index part(s)${provinces}, served by ${host.kind}\n`);
  console.log(
    '| query | scope | results | requests | parts | runtime KB | index KB | total KB | headers KB | time s |',
  );
  console.log('| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  // Each scope once: without provinces, `largest` is the default.
  const scopes = [...new Map(opts.scope.map((w) => [scopeParam(w) ?? '', scopeParam(w)])).values()];
  for (const scope of scopes)
    for (const query of opts.query) {
      const context = await browser.newContext({ locale: 'zh-CN' });
      const page = await context.newPage();
      const seen: Promise<Fetched>[] = [];
      page.on('requestfinished', (r) => {
        const url = new URL(r.url()).pathname;
        if (!url.includes('/pagefind/')) return;
        seen.push(r.sizes().then((s) => ({ url, body: s.responseBodySize, headers: s.responseHeadersSize })));
      });
      const started = performance.now();
      const params = new URLSearchParams({ q: query, ...(scope === undefined ? {} : { scope }) });
      await page.goto(`${host.origins[0]}/search/?${params}`);
      await page
        .locator('[data-status]')
        .filter({ hasText: /找到|没有找到|选择省份/ })
        .waitFor({ timeout: 300_000 });
      const seconds = (performance.now() - started) / 1000;
      const results = await page.locator('[data-results] > li').count();
      const requests = await Promise.all(seen);
      const runtime = requests.filter((r) => RUNTIME.test(r.url)).reduce((s, r) => s + r.body, 0);
      const total = requests.reduce((s, r) => s + r.body, 0);
      const parts = new Set(requests.map((r) => /\/pagefind\/(part-\d+\/)?/.exec(r.url)?.[1] ?? 'part-1/'));
      const row: SearchBytesRow = {
        query,
        scope,
        results,
        requests: requests.length,
        partsLoaded: parts.size,
        runtimeKB: kb(runtime),
        indexKB: kb(total - runtime),
        totalKB: kb(total),
        headersKB: kb(requests.reduce((s, r) => s + r.headers, 0)),
        seconds: Math.round(seconds * 10) / 10,
      };
      rows.push(row);
      console.log(
        `| ${query} | ${scope ?? '(default)'} | ${results} | ${row.requests} | ${row.partsLoaded} | ${row.runtimeKB} | ${row.indexKB} | ${row.totalKB} | ${row.headersKB} | ${row.seconds} |`,
      );
      if (opts.detail) console.log(detail(requests));
      await context.close();
    }
} finally {
  await browser.close();
  await host.stop();
  fs.rmSync(tmp, { recursive: true, force: true });
}
if (opts.json) {
  fs.mkdirSync(dirname(resolve(opts.json)), { recursive: true });
  const indexMB = fs.existsSync(join(dist, 'pagefind')) ? folderBytes(join(dist, 'pagefind')) / 1e6 : 0;
  const out = { dist, parts: 1 + manifest.parts.length, provinces: manifest.scopes.length, indexMB, rows };
  fs.writeFileSync(resolve(opts.json), `${JSON.stringify(out, null, 2)}\n`);
}
