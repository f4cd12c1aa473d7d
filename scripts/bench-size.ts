/**
 * Size budget of the built site: gzip bytes of HTML, CSS and JS per page type.
 * Fails (exit 1) when a page without charts ships any JavaScript, or a page with charts ships more than
 * 60 KB gzip of JavaScript in total (entry scripts plus every chunk they import, lazily or not), or the
 * HTML that renders a report's text (the page's `<article>`: paragraphs, headings, chronicle anchors,
 * number marks) exceeds its budget: 1.3× the gzip size of the report's own text (its MDX body without
 * frontmatter, read from YEARBOOK_CONTENT_DIR or ./content) plus a fixed allowance and one per marked
 * figure number (scripts/lib/report-size.ts, so a short report with many figures passes).
 *
 * The whole report page is printed beside it but not budgeted: besides the text it carries the page's
 * head (CSP, meta, social tags), the figures table, awards, plans and problems — structured data that
 * is the same size for a 4 KB report as for a 20 KB one, so a ratio to the text cannot bound it
 * (巴林左旗 2021: 4.2 KB of text). Its absolute size is in the per-type table above it.
 *
 *   npm run bench:size            # measures ./dist (run `astro build` first)
 *   npm run bench:size -- out/    # another build folder
 *   npm run bench:size -- --doc   # also writes the tables into docs/benchmarks.md (<!-- bench:size --> markers)
 */
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, posix, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { countFigureMarks, REPORT_RATIO, reportSizeFailure, type ReportSize } from './lib/report-size.ts';

const JS_BUDGET = 60 * 1024;
const contentDir = resolve(process.env['YEARBOOK_CONTENT_DIR'] ?? 'content');
const args = process.argv.slice(2);
const writeDoc = args.includes('--doc');
const dist = resolve(args.find((a) => !a.startsWith('--')) ?? 'dist');
if (!existsSync(join(dist, 'index.html'))) {
  console.error(`${dist}/index.html not found: build the site first (npx astro build).`);
  process.exit(2);
}
const base = (process.env.BASE_PATH ?? '/').replace(/\/?$/, '/');

const gz = (buf: Buffer | string): number => gzipSync(buf, { level: 9 }).length;
const walk = (dir: string): string[] =>
  readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? walk(p) : [p];
  });

/** A site URL (`/_astro/x.js`, base-prefixed) or relative import → file in dist. */
function fileOf(url: string, from?: string): string | undefined {
  if (/^(?:[a-z]+:)?\/\//i.test(url)) return undefined;
  const path = url.startsWith('/')
    ? join(dist, url.startsWith(base) ? url.slice(base.length) : url.slice(1))
    : join(dirname(from ?? dist), url);
  return existsSync(path) ? path : undefined;
}

/** Every JS file reachable from an entry: static `import … from "./x.js"` and dynamic `import("./x.js")`. */
function reachable(entry: string, seen = new Set<string>()): Set<string> {
  if (seen.has(entry)) return seen;
  seen.add(entry);
  const src = readFileSync(entry, 'utf8');
  for (const m of src.matchAll(/(?:from\s*|import\s*\(\s*|import\s*)["'`]([^"'`]+\.m?js)["'`]/g)) {
    const f = m[1] ? fileOf(m[1], entry) : undefined;
    if (f) reachable(f, seen);
  }
  return seen;
}

/** Page type from its path: the first path segment, with report/library/compare pages grouped. */
function pageType(rel: string, html: string): string {
  const seg = rel.split(posix.sep)[0] ?? '';
  const kind =
    rel === 'index.html'
      ? 'home'
      : seg.endsWith('.html')
        ? seg.replace(/\.html$/, '')
        : `${seg}/${rel.split('/').length > 2 ? '*' : 'index'}`;
  return html.includes('<yb-chart') ? `${kind} (charts)` : kind;
}

/**
 * Pages that are interactive without being charts, each with its own small budget and the reason:
 * every other page without a chart must ship no JavaScript at all.
 */
const INTERACTIVE: Record<string, { budget: number; why: string }> = {
  timeline: { budget: 4 * 1024, why: 'filters by library, category and month (the full list shows without JS)' },
  search: { budget: 8 * 1024, why: 'runs Pagefind queries (the page explains search needs JS when it is off)' },
};

interface Row {
  type: string;
  pages: number;
  html: number;
  css: number;
  js: number;
  maxJs: number;
  charts: boolean;
}
const rows = new Map<string, Row>();
const failures: string[] = [];

/**
 * A report page (`reports/<library>/<year>/`) and its text, as the budget compares them. The English
 * pages (`en/reports/…`) do not carry the report's text (they summarise it), so the budget is not theirs.
 */
interface MeasuredReport extends ReportSize {
  html: number;
  head: number;
}
const reportSizes: MeasuredReport[] = [];

/** The report's own text: its MDX body without the frontmatter; undefined when the file is not there. */
function reportText(rel: string): string | undefined {
  const m = /^reports\/([^/]+)\/(\d{4})\/index\.html$/.exec(rel);
  if (!m) return undefined;
  const file = [`${m[1]}/${m[2]}.mdx`, `${m[1]}/${m[2]}.md`]
    .map((f) => join(contentDir, 'reports', f))
    .find(existsSync);
  if (!file) return undefined;
  return readFileSync(file, 'utf8').replace(/^---\r?\n[\s\S]*?\r?\n---[ \t]*(?:\r?\n|$)/, '');
}

for (const file of walk(dist).filter((f) => f.endsWith('.html'))) {
  const rel = relative(dist, file).split('\\').join('/');
  const html = readFileSync(file, 'utf8');
  const charts = html.includes('<yb-chart');
  const js = new Set<string>();
  let inlineJs = 0;
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
    const attrs = m[1] ?? '';
    if (/type=["']?application\/(?:ld\+)?json/.test(attrs)) continue;
    const src = /\ssrc=["']([^"']+)["']/.exec(attrs)?.[1];
    const f = src ? fileOf(src) : undefined;
    if (f) for (const r of reachable(f)) js.add(r);
    else if ((m[2] ?? '').trim()) inlineJs += gz(m[2] ?? '');
  }
  const jsBytes = [...js].reduce((n, f) => n + gz(readFileSync(f)), 0) + inlineJs;
  let css = 0;
  for (const m of html.matchAll(/<link\b[^>]*rel=["']stylesheet["'][^>]*>/g)) {
    const href = /href=["']([^"']+)["']/.exec(m[0])?.[1];
    const f = href ? fileOf(href) : undefined;
    if (f) css += gz(readFileSync(f));
  }
  for (const m of html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g)) css += gz(m[1] ?? '');
  const type = pageType(rel, html);
  const row = rows.get(type) ?? { type, pages: 0, html: 0, css: 0, js: 0, maxJs: 0, charts };
  row.pages += 1;
  row.html = Math.max(row.html, gz(html));
  row.css = Math.max(row.css, css);
  row.js = Math.max(row.js, jsBytes);
  rows.set(type, row);
  const text = reportText(rel);
  if (text !== undefined) {
    const article = /<article\b[\s\S]*?<\/article>/.exec(html)?.[0] ?? '';
    const size: MeasuredReport = {
      page: rel,
      text: gz(text),
      html: gz(html),
      head: gz(/<head>[\s\S]*?<\/head>/.exec(html)?.[0] ?? ''),
      article: article ? gz(article) : 0,
      marks: countFigureMarks(article),
    };
    reportSizes.push(size);
    const failure = reportSizeFailure(size);
    if (failure) failures.push(failure);
  }
  // English pages (en/…) have the budgets of their Chinese counterparts.
  const interactive = INTERACTIVE[rel.replace(/^en\//, '').split('/')[0] ?? ''];
  if (!charts && interactive && jsBytes > interactive.budget)
    failures.push(`${rel}: ships ${jsBytes} B gzip of JavaScript, budget ${interactive.budget} B (${interactive.why})`);
  if (!charts && !interactive && jsBytes > 0)
    failures.push(`${rel}: no chart, but ships ${jsBytes} B gzip of JavaScript`);
  if (charts && jsBytes > JS_BUDGET)
    failures.push(`${rel}: ships ${jsBytes} B gzip of JavaScript, budget ${JS_BUDGET} B`);
}

const kb = (n: number): string => (n / 1024).toFixed(1).padStart(7);
console.log(`gzip sizes in KB, largest page of each type (${dist})`);
console.log(
  `${'page type'.padEnd(28)} ${'pages'.padStart(5)} ${'HTML'.padStart(7)} ${'CSS'.padStart(7)} ${'JS'.padStart(7)}`,
);
for (const r of [...rows.values()].sort((a, b) => a.type.localeCompare(b.type))) {
  console.log(`${r.type.padEnd(28)} ${String(r.pages).padStart(5)} ${kb(r.html)} ${kb(r.css)} ${kb(r.js)}`);
}
if (reportSizes.length) {
  console.log(
    `\nReport pages: the text's HTML (<article>) vs the report's own text (MDX body), gzip KB (parts gzip'd separately); budget ${REPORT_RATIO}× the text plus allowances for the article (scripts/lib/report-size.ts); the whole page for information`,
  );
  console.log(
    `${'page'.padEnd(36)} ${'text'.padStart(7)} ${'article'.padStart(7)} ${'ratio'.padStart(6)} ${'page'.padStart(7)} ${'ratio'.padStart(6)} ${'<head>'.padStart(7)} ${'rest'.padStart(7)}`,
  );
  for (const r of reportSizes.sort((a, b) => a.page.localeCompare(b.page))) {
    const rest = r.html - r.head - r.article;
    console.log(
      `${r.page.padEnd(36)} ${kb(r.text)} ${kb(r.article)} ${(r.article / r.text).toFixed(2).padStart(6)} ${kb(r.html)} ${(r.html / r.text).toFixed(2).padStart(6)} ${kb(r.head)} ${kb(rest)}`,
    );
  }
}
if (writeDoc) {
  const k = (n: number): string => (n / 1024).toFixed(1);
  const section = [
    '<!-- bench:size -->',
    '',
    `gzip KB (level 9) of the largest page of each type, with the CSS and JavaScript it loads; ${new Date().toISOString().slice(0, 10)}, \`${relative(process.cwd(), dist) || '.'}\`. Produced by \`npm run bench:size -- --doc\`.`,
    '',
    '| page type | pages | HTML | CSS | JS |',
    '| --------- | ----: | ---: | --: | -: |',
    ...[...rows.values()]
      .sort((a, b) => a.type.localeCompare(b.type))
      .map((r) => `| ${r.type} | ${r.pages} | ${k(r.html)} | ${k(r.css)} | ${k(r.js)} |`),
    '',
    `Report pages: the HTML of the report's text (\`<article>\`) against the text itself (MDX body), gzip KB; budget ${REPORT_RATIO}× the text plus a fixed allowance and one per marked figure (\`scripts/lib/report-size.ts\`).`,
    '',
    '| page | text | article | ratio | whole page | ratio |',
    '| ---- | ---: | ------: | ----: | ---------: | ----: |',
    ...reportSizes.map(
      (r) =>
        `| \`${r.page}\` | ${k(r.text)} | ${k(r.article)} | ${(r.article / r.text).toFixed(2)} | ${k(r.html)} | ${(r.html / r.text).toFixed(2)} |`,
    ),
    '',
    failures.length ? `**Budget exceeded:** ${failures.join('; ')}` : 'All budgets met.',
    '',
    '<!-- /bench:size -->',
  ].join('\n');
  const doc = 'docs/benchmarks.md';
  const text = readFileSync(doc, 'utf8');
  const re = /<!-- bench:size -->[\s\S]*?<!-- \/bench:size -->/;
  writeFileSync(doc, re.test(text) ? text.replace(re, section) : `${text.trimEnd()}\n\n## Page sizes\n\n${section}\n`);
  console.log(`\nwrote the tables to ${doc}`);
}
if (failures.length) {
  console.error(`\nSize budget exceeded:\n  ${failures.join('\n  ')}`);
  process.exit(1);
}
console.log(
  `\nOK: pages without charts ship no JavaScript; chart pages ≤ ${JS_BUDGET / 1024} KB gzip of JavaScript; report text HTML within ${REPORT_RATIO}× the text plus allowances.`,
);
