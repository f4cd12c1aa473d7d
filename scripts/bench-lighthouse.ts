/**
 * Lighthouse (mobile preset, simulated throttling) on one page of each type of a built site, served by
 * the same static host as the e2e suite (nginx with gzip and the README's headers; the Node fallback when
 * nginx is missing). Writes the scores, and every audit that lost points, into docs/benchmarks.md between
 * `<!-- bench:lighthouse -->` markers (printed only with --print). A benchmark, not a test: it never fails
 * on a score.
 *
 *   npx astro build && npm run bench:lighthouse                  # measures ./dist
 *   npm run bench:lighthouse -- --dist out/ --print              # another build; print instead of writing
 *   npm run bench:lighthouse -- --runs 5                         # runs per page (default 3)
 *
 * A control page is measured in the same run: a blank page (one heading, one sentence, no CSS, no script)
 * served the same way. What it loses is this machine's floor, not the site's (its total blocking time is
 * V8 context creation and the first CJK layout, scaled 4× by the simulation).
 *
 * Each page is measured `--runs` times and the run Lighthouse's own `computeMedianRun` picks (closest to the
 * median first paint and time to interactive) is reported, as Lighthouse advises for variable machines: one
 * run's total blocking time moved by ±300 ms here from run to run.
 *
 * Chromium: CHROMIUM_PATH / CHROME_PATH, else `chromium` on the PATH, else Lighthouse's own lookup.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { computeMedianRun } from 'lighthouse/core/lib/median-run.js';
import { findNginx, startNginx, startNodeHost, type RunningHost } from './lib/static-host.ts';

const { values: opts } = parseArgs({
  options: {
    dist: { type: 'string', default: 'dist' },
    print: { type: 'boolean', default: false },
    runs: { type: 'string', default: '3' },
  },
});
const dist = resolve(opts.dist);
const runs = Number(opts.runs);
if (!Number.isInteger(runs) || runs < 1) {
  console.error(`--runs takes a whole number ≥ 1, not ${opts.runs}`);
  process.exit(2);
}
if (!existsSync(join(dist, 'index.html'))) {
  console.error(`${dist}/index.html not found: build the site first (npx astro build).`);
  process.exit(2);
}

/** Chromium for Lighthouse: the variables the e2e suite reads, then the PATH. */
function chromium(): string | undefined {
  const fromEnv = process.env['CHROMIUM_PATH'] ?? process.env['CHROME_PATH'];
  if (fromEnv) return fromEnv;
  return spawnSync('sh', ['-c', 'command -v chromium || command -v chromium-browser'], { encoding: 'utf8' })
    .stdout.trim()
    .split('\n')[0];
}

/** The first page (sorted, depth first) under `dir`: "one page of this type". */
function firstPage(dir: string): string | undefined {
  const abs = join(dist, dir);
  if (!existsSync(abs)) return undefined;
  const subs = readdirSync(abs, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort();
  for (const name of subs) {
    if (existsSync(join(abs, name, 'index.html'))) return `${dir}/${name}/`;
    const deeper = firstPage(`${dir}/${name}`);
    if (deeper) return deeper;
  }
  return undefined;
}

const pages: [type: string, path: string | undefined][] = [
  ['home', ''],
  ['report', firstPage('reports')],
  ['library profile', firstPage('libraries')],
  ['compare index', 'compare/'],
  ['compare metric (chart)', firstPage('compare/use') ?? firstPage('compare')],
  ['timeline', 'timeline/'],
  ['metric dictionary', 'metrics/'],
  ['awards', 'awards/'],
  ['search', 'search/'],
  ['downloads', 'data/'],
  ['English home', existsSync(join(dist, 'en', 'index.html')) ? 'en/' : undefined],
  ['embed (chart)', firstPage('embed')],
  ['404', '404.html'],
];

const CONTROL = 'control: a blank page';

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
interface Audit {
  title: string;
  score: number | null;
  scoreDisplayMode: string;
  displayValue?: string;
}
interface Result {
  categories: Record<string, { score: number | null; auditRefs: { id: string; weight: number }[] }>;
  audits: Record<string, Audit>;
  lighthouseVersion: string;
}

function run(url: string, out: string, attempt = 1): Result {
  const flags = [
    '--headless=new',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ].join(' ');
  const r = spawnSync(
    process.execPath,
    [
      'node_modules/lighthouse/cli/index.js',
      url,
      '--quiet',
      '--output=json',
      `--output-path=${out}`,
      `--only-categories=${CATEGORIES.join(',')}`,
      `--chrome-flags=${flags}`,
    ],
    { stdio: ['ignore', 'inherit', 'inherit'], env: { ...process.env, CHROME_PATH: chromium() ?? '' } },
  );
  if (r.status !== 0) {
    // A loaded machine sometimes loses the trace (NO_NAVSTART): try again, then give up.
    if (attempt < 3) return run(url, out, attempt + 1);
    throw new Error(`lighthouse ${url} exited with ${r.status} (3 attempts)`);
  }
  return JSON.parse(readFileSync(out, 'utf8')) as Result;
}

/** Audits that cost points in a category: weighted, scored, below 1. */
function lost(result: Result, category: string): string[] {
  const refs = result.categories[category]?.auditRefs ?? [];
  return refs
    .filter((ref) => ref.weight > 0)
    .map((ref) => ({ ref, audit: result.audits[ref.id] }))
    .filter(({ audit }) => audit && audit.score !== null && audit.score < 1 && audit.scoreDisplayMode !== 'manual')
    .map(
      ({ ref, audit }) =>
        `${ref.id} (${Math.round((audit?.score ?? 0) * 100)}${audit?.displayValue ? `, ${audit.displayValue}` : ''})`,
    );
}

/** The control: the least a Chinese page can be, served by the same host (see the header). */
const CONTROL_PAGE = [
  '<!doctype html>',
  '<html lang="zh-CN"><head><meta charset="utf-8">',
  `<meta http-equiv="content-security-policy" content="default-src 'none'">`,
  '<meta name="viewport" content="width=device-width, initial-scale=1">',
  '<title>对照页</title><meta name="description" content="一个空白的对照页：测量本机的下限。">',
  '</head><body><main><h1>对照页</h1><p>这一页没有样式，也没有脚本，只用来测量本机的下限。</p></main></body></html>',
  '',
].join('\n');

const tmp = mkdtempSync(join(tmpdir(), 'yearbook-lh-'));
const control = join(tmp, 'control');
mkdirSync(control);
writeFileSync(join(control, 'index.html'), CONTROL_PAGE);
writeFileSync(join(control, 'robots.txt'), 'User-agent: *\nAllow: /\n');
const sites = [
  { dist, base: '/' },
  { dist: control, base: '/' },
];
const nginx = findNginx();
const host: RunningHost = nginx ? await startNginx(nginx, tmp, sites) : await startNodeHost(sites);
const [origin = '', controlOrigin = ''] = host.origins;
const rows: string[] = [];
const notes: string[] = [];
let version = '';
try {
  const measured: [type: string, path: string | undefined, at: string][] = [
    ...pages.map(([type, path]): [string, string | undefined, string] => [type, path, origin]),
    [CONTROL, '', controlOrigin],
  ];
  for (const [type, path, at] of measured) {
    if (path === undefined) continue;
    const url = `${at}/${path}`;
    console.log(`[lighthouse] ${type}: ${url}`);
    const results = Array.from({ length: runs }, (_, i) => run(url, join(tmp, `report-${i}.json`)));
    const result = computeMedianRun(results) as unknown as Result;
    version = result.lighthouseVersion;
    const scores = CATEGORIES.map((c) => {
      const s = result.categories[c]?.score;
      return s === null || s === undefined ? '—' : String(Math.round(s * 100));
    });
    rows.push(`| ${type} | ${type === CONTROL ? '(not the site)' : `\`/${path}\``} | ${scores.join(' | ')} |`);
    for (const c of CATEGORIES) {
      const audits = lost(result, c);
      if (audits.length) notes.push(`- ${type}, ${c}: ${audits.join('; ')}`);
    }
  }
} finally {
  await host.stop();
  rmSync(tmp, { recursive: true, force: true });
}

const section = [
  '<!-- bench:lighthouse -->',
  '',
  `Lighthouse ${version}, mobile preset (simulated slow 4G and 4× CPU slowdown), Debian Chromium headless, ` +
    `the median of ${runs} run${runs === 1 ? '' : 's'} a page (Lighthouse's computeMedianRun), ` +
    `served by ${host.kind} with gzip and the README's headers; \`${opts.dist}\` built at the root. ` +
    `Produced by \`npm run bench:lighthouse\`.`,
  '',
  '| page type | page | performance | accessibility | best practices | SEO |',
  '| --------- | ---- | ----------: | ------------: | -------------: | --: |',
  ...rows,
  '',
  notes.length ? 'Audits that lost points (id, score, value):' : 'No audit lost points.',
  '',
  ...notes,
  '',
  '<!-- /bench:lighthouse -->',
].join('\n');

if (opts.print) {
  console.log(section);
} else {
  const doc = 'docs/benchmarks.md';
  const text = readFileSync(doc, 'utf8');
  const re = /<!-- bench:lighthouse -->[\s\S]*?<!-- \/bench:lighthouse -->/;
  writeFileSync(doc, re.test(text) ? text.replace(re, section) : `${text.trimEnd()}\n\n## Lighthouse\n\n${section}\n`);
  console.log(`[lighthouse] wrote ${rows.length} rows to ${doc}`);
}
