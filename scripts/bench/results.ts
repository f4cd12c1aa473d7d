/** Benchmark results: one JSON file per corpus size under .bench/results/, and the Markdown they become. */
import { cpus, totalmem } from 'node:os';
import { readFileSync } from 'node:fs';
import type { AstroPhases, Measured } from './measure.ts';
import type { SearchBytesRow } from './search-bytes.ts';

export interface SizeResult {
  /** Name of a design-change run (`--label`); absent for the scaling table's runs. */
  readonly label?: string;
  readonly reports: number;
  readonly libraries: number;
  readonly years: number;
  readonly corpusMB: number;
  readonly measuredAt: string;
  readonly commit: string;
  readonly loadAverage: number;
  readonly checkS: number;
  readonly astro: Measured & { pages: number; outMB: number; files: number; phases: AstroPhases; pagefindMB?: number };
  readonly astroWarm?: Measured;
  /** The rebuild after one report was changed (`--edit`), over the cache of the builds before it. */
  readonly astroEdit?: Measured & { file: string; phases: AstroPhases };
  /** Hugo over the same corpus, and the Pagefind CLI over Hugo's output (`pagefind`). */
  readonly hugo?: Measured & { pages: number; outMB: number; pagefind?: Measured };
}

/** What one query fetched (scripts/bench/search-bytes.ts --json), per corpus size. */
export interface SearchResult {
  readonly reports: number;
  readonly parts: number;
  readonly provinces: number;
  readonly indexMB: number;
  readonly rows: readonly SearchBytesRow[];
}

/** A Markdown table: the head's cells, one alignment a column (`r` right, `l` left) and the rows' cells. */
export function mdTable(head: readonly string[], align: string, rows: readonly (readonly string[])[]): string[] {
  const line = (cells: readonly string[]): string => `| ${cells.join(' | ')} |`;
  return [line(head), line([...align].map((a) => (a === 'r' ? '---:' : '---'))), ...rows.map(line)];
}

/** The search table: one row per size, scope and query. */
export function searchMarkdown(results: readonly SearchResult[]): string {
  const sizes = [...results].sort((a, b) => a.reports - b.reports);
  const out = mdTable(
    [
      'reports',
      'index parts (provinces)',
      'index MB',
      'query',
      'scope',
      'results shown',
      'requests',
      'parts loaded',
      'runtime KB',
      'index KB',
      'total KB gzip',
      'headers KB',
    ],
    'rrrllrrrrrrr',
    sizes.flatMap((r) =>
      r.rows.map((q) => [
        String(r.reports),
        `${r.parts} (${r.provinces})`,
        r.indexMB.toFixed(0),
        q.query,
        q.scope ?? '(default)',
        String(q.results),
        String(q.requests),
        String(q.partsLoaded),
        q.runtimeKB.toFixed(1),
        q.indexKB.toFixed(1),
        `**${q.totalKB.toFixed(1)}**`,
        q.headersKB.toFixed(1),
      ]),
    ),
  );
  return out.join('\n');
}

export function machine(hugoVersion: string | undefined): string {
  const cpu = /model name\s*:\s*(.+)/.exec(readFileSync('/proc/cpuinfo', 'utf8'))?.[1] ?? cpus()[0]?.model ?? '?';
  const astro = (JSON.parse(readFileSync('node_modules/astro/package.json', 'utf8')) as { version: string }).version;
  return [
    `- CPU: ${cpu}, ${cpus().length} cores (nproc)`,
    `- RAM: ${(totalmem() / 2 ** 30).toFixed(1)} GiB`,
    `- Node ${process.version}, Astro ${astro}${hugoVersion ? `, ${hugoVersion}` : ''}`,
  ].join('\n');
}

const f1 = (n: number | undefined): string => (n === undefined ? '—' : n.toFixed(1));
const f2 = (n: number | undefined): string => (n === undefined ? '—' : n.toFixed(2));
const mb = (n: number | undefined): string => (n === undefined ? '—' : n.toFixed(0));
/** User + system CPU seconds of a measured process; undefined when not measured. */
const cpuS = (m: Measured): number | undefined => (m.userS === undefined ? undefined : m.userS + (m.systemS ?? 0));

/** Route families, slowest first: `charts 183 / 14.2` (pages / s), with the slowest page when asked. */
function routeFamilies(phases: AstroPhases, most: number, slowest: boolean): string {
  return Object.entries(phases.routes)
    .sort((a, b) => b[1].ms - a[1].ms)
    .slice(0, most)
    .map(
      ([k, v]) =>
        `${k} ${v.pages} / ${(v.ms / 1000).toFixed(1)}${slowest && v.slowestMs >= 1000 ? ` (${v.slowest} ${(v.slowestMs / 1000).toFixed(1)})` : ''}`,
    )
    .join(', ');
}

/** The scaling table, the Hugo comparison and the phase breakdown, as Markdown. */
export function resultsMarkdown(results: readonly SizeResult[]): string {
  const rows = [...results].sort((a, b) => a.reports - b.reports);
  const out = mdTable(
    [
      'reports',
      'libraries × years',
      'corpus MB',
      'astro wall s',
      'astro CPU s',
      'pages',
      'pages/s',
      's/report',
      'peak RSS MB',
      'output MB',
      'warm rebuild s',
      'one report edited, rebuild s',
      'check s',
      'load avg',
    ],
    'rlrrrrrrrrrrrr',
    rows.map(({ astro: a, ...r }) => [
      String(r.reports),
      `${r.libraries} × ${r.years}`,
      f1(r.corpusMB),
      a.exitCode === 0 ? f1(a.wallS) : `failed (${a.exitCode}) after ${f1(a.wallS)}`,
      f1(cpuS(a)),
      String(a.pages),
      f1(a.pages / a.wallS),
      f2(a.wallS / r.reports),
      mb(a.maxRssMB),
      f1(a.outMB),
      f1(r.astroWarm?.wallS),
      f1(r.astroEdit?.wallS),
      f1(r.checkS),
      f1(r.loadAverage),
    ]),
  );
  const ok = rows.filter((r) => r.astro.exitCode === 0);
  const small = ok[0];
  const large = ok[ok.length - 1];
  if (small && large && large !== small) {
    const ratio = large.astro.wallS / large.reports / (small.astro.wallS / small.reports);
    const cpu = (r: SizeResult): number | undefined => {
      const c = cpuS(r.astro);
      return c === undefined ? undefined : c / r.reports;
    };
    const cl = cpu(large);
    const cs = cpu(small);
    out.push(
      '',
      `Time per report, ${large.reports} vs ${small.reports} reports: **${ratio.toFixed(2)}×** wall-clock${cl && cs ? `, **${(cl / cs).toFixed(2)}×** CPU (user + sys of the build process)` : ''} (1.0 = linear; below 1 means fixed start-up cost is being amortised).`,
    );
  }
  const withHugo = rows.filter((r) => r.hugo && r.hugo.exitCode === 0);
  if (withHugo.length) {
    out.push(
      '',
      '#### Against Hugo + Pagefind (same corpus as plain Markdown, minimal layout: text + figures table; the Pagefind CLI over its output)',
      '',
    );
    const hugoRows = withHugo.map((r) => {
      const h = r.hugo!;
      const pf = h.pagefind;
      const failed = pf && pf.exitCode !== 0;
      const pfWall = !pf
        ? '—'
        : failed
          ? `failed after ${f1(pf.wallS)}${pf.killedAtMB ? ` (killed at ${mb(pf.killedAtMB)} MB)` : ` (exit ${pf.exitCode})`}`
          : f1(pf.wallS);
      const total = pf && !failed ? h.wallS + pf.wallS : undefined;
      const peak = Math.max(h.maxRssMB ?? 0, pf && !failed ? (pf.maxRssMB ?? 0) : 0);
      return [
        String(r.reports),
        f2(h.wallS),
        String(h.pages),
        mb(h.maxRssMB),
        pfWall,
        mb(pf?.maxRssMB),
        f1(total),
        `**${total ? `${f1(r.astro.wallS / total)}×` : '—'}**`,
        `**${peak && r.astro.maxRssMB && !failed ? `${f1(r.astro.maxRssMB / peak)}×` : '—'}**`,
      ];
    });
    out.push(
      ...mdTable(
        [
          'reports',
          'hugo wall s',
          'hugo pages',
          'hugo peak RSS MB',
          'pagefind CLI wall s',
          'pagefind peak RSS MB',
          'hugo + pagefind s',
          'time ratio (astro / hugo + pagefind)',
          'memory ratio (astro / largest of the two)',
        ],
        'rrrrrrrrr',
        hugoRows,
      ),
    );
    out.push(
      '',
      'Per report the ratios are the same as per build: both builds read the same reports. Where the Pagefind CLI fails, the reference has no search and no ratio is given.',
    );
  }
  out.push('', '#### Where `astro build` spends its time (from its own log)', '');
  out.push(
    ...mdTable(
      [
        'reports',
        'types s',
        'build info + content sync s',
        'vite (MDX compile, bundling) s',
        'page generation s',
        'build:done hooks (sitemap, Pagefind) s',
        'per route family: pages / s (slowest page when ≥ 1 s)',
      ],
      'rrrrrrl',
      ok.map(({ reports, astro: { phases: p } }) => [
        String(reports),
        f1(p.typesS),
        f1(p.buildInfoS),
        f1(p.viteS),
        f1(p.routesS),
        f1(p.buildDoneS),
        routeFamilies(p, Infinity, true),
      ]),
    ),
  );
  const pf = rows.filter((r) => r.astro.pagefindMB !== undefined);
  out.push(
    '',
    pf.length
      ? `Pagefind index: ${pf.map((r) => `${r.reports} reports → ${f1(r.astro.pagefindMB)} MB`).join('; ')}.`
      : 'Pagefind: no `pagefind/` folder in the build output (the search issue has not landed); the benchmark records its size once it does.',
  );
  const edited = ok.filter((r) => r.astroEdit?.exitCode === 0);
  if (edited.length) {
    out.push('', '#### After editing one report (rebuild over the cache): where the time goes', '');
    out.push(
      ...mdTable(
        [
          'reports',
          'edited file',
          'rebuild s',
          'types + sync s',
          'vite s',
          'page generation s',
          'build:done s',
          'slowest route families',
        ],
        'rlrrrrrl',
        edited.map((r) => {
          const e = r.astroEdit!;
          const p = e.phases;
          return [
            String(r.reports),
            `\`${e.file.replace(/^.*reports\//, '')}\``,
            f1(e.wallS),
            f1((p.typesS ?? 0) + (p.buildInfoS ?? 0)),
            f1(p.viteS),
            f1(p.routesS),
            f1(p.buildDoneS),
            routeFamilies(p, 6, false),
          ];
        }),
      ),
    );
  }
  out.push('', `Measured ${rows.map((r) => `${r.reports}: ${r.measuredAt} @ ${r.commit}`).join('; ')}.`);
  return out.join('\n');
}

/** Replace the text between `<!-- name -->` and `<!-- /name -->` in `doc` (appending the block if absent). */
export function replaceBlock(doc: string, name: string, content: string): string {
  const open = `<!-- ${name} -->`;
  const close = `<!-- /${name} -->`;
  const block = `${open}\n${content}\n${close}`;
  const a = doc.indexOf(open);
  const b = doc.indexOf(close);
  return a >= 0 && b > a ? doc.slice(0, a) + block + doc.slice(b + close.length) : `${doc.trimEnd()}\n\n${block}\n`;
}

/**
 * The before/after table of design changes: one row per labelled run, in the order measured, with the
 * routes the changes target (Astro's own per-page times).
 */
export function changesMarkdown(results: readonly SizeResult[]): string {
  const rows = [...results].sort((a, b) => a.measuredAt.localeCompare(b.measuredAt) || a.reports - b.reports);
  const route = (a: SizeResult['astro'], key: string): string => {
    const x = a.phases.routes[key];
    return x ? `${f1(x.ms / 1000)} (${x.pages})` : '—';
  };
  return mdTable(
    [
      'run',
      'reports',
      'astro wall s',
      'astro CPU s',
      'peak RSS MB',
      'output MB',
      'page generation s',
      'build:done s',
      'metrics s',
      'search s',
      'timeline s (pages)',
      'data s (files)',
      'load avg',
    ],
    'lrrrrrrrrrrrr',
    rows.map(({ astro: a, ...r }) => [
      r.label ?? '—',
      String(r.reports),
      f1(a.wallS),
      f1(cpuS(a)),
      mb(a.maxRssMB),
      f1(a.outMB),
      f1(a.phases.routesS),
      f1(a.phases.buildDoneS),
      route(a, 'metrics'),
      route(a, 'search'),
      route(a, 'timeline'),
      route(a, 'data'),
      f1(r.loadAverage),
    ]),
  ).join('\n');
}
