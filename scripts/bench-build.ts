/**
 * npm run bench:build -- [--sizes 40,400,4000] [--hugo] [--warm] [--edit] [--search] [--seed S] [--timeout SECONDS]
 *                          [--keep] [--no-doc | --doc-only] [--label NAME] [--pagefind-limit-mb MB]
 *
 * For each size (reports; 4 years per library): generates the synthetic corpus into .bench/, runs
 * `astro build` over it (cold: empty cache and output), measures wall time, pages, peak RSS and output
 * size, and with --hugo builds the same corpus as plain Markdown with Hugo and indexes Hugo's output with
 * the Pagefind CLI (what a user would pick instead; killed if one of its processes passes
 * --pagefind-limit-mb, default 16000). With --warm, a second `astro build` reuses the cache; with
 * --edit, one report is changed (a sentence appended) and the site rebuilt over the cache — what
 * editing one report costs — then the report is restored. With --search, what one query fetches
 * (scripts/bench/search-bytes.ts: the page's default, the largest province, and 全国). Results go to .bench/results/<size>.json; the tables in
 * docs/benchmarks.md (between <!-- bench:build --> markers) are rebuilt from every result file present,
 * so sizes can be measured in separate runs (--doc-only just rebuilds the tables). Runs are sequential:
 * one build at a time. Measure on an otherwise idle machine: the load average is recorded with each row.
 * --label NAME stores the result as .bench/results/changes/<size>-NAME.json instead: the before/after
 * table of design changes (one row per labelled run, in the order measured).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { appendFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { hugoSite } from './bench/hugo-site.ts';
import { folderStats, measure, measureCapped, parseAstroLog, HAS_GNU_TIME } from './bench/measure.ts';
import {
  changesMarkdown,
  machine,
  replaceBlock,
  resultsMarkdown,
  searchMarkdown,
  type SearchResult,
  type SizeResult,
} from './bench/results.ts';
import { writeCorpus } from './bench/write-corpus.ts';
import { loadContent } from '../src/check/load-content.ts';

const args = process.argv.slice(2);
const opt = (name: string): string | undefined => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
};
const flag = (name: string): boolean => args.includes(`--${name}`);
const sizes = flag('doc-only') ? [] : (opt('sizes') ?? '40,400').split(',').map(Number);
const seed = Number(opt('seed') ?? 1);
const timeoutS = Number(opt('timeout') ?? 3600);
const label = opt('label');
const YEARS = 4;
const BENCH = '.bench';
const hugoBin = flag('hugo') ? (spawnSync('hugo', ['version']).status === 0 ? 'hugo' : undefined) : undefined;
if (flag('hugo') && !hugoBin)
  console.warn('hugo not found: install it with `apt-get install -y hugo`; skipping the Hugo reference.');
if (!HAS_GNU_TIME) console.warn('/usr/bin/time not found (apt-get install -y time): peak RSS will not be measured.');

const commit = (() => {
  try {
    return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim() + '+wip';
  } catch {
    return '?';
  }
})();
const mb = (bytes: number): number => bytes / 1e6;
const log = (s: string): void => console.log(`[bench] ${s}`);

for (const size of sizes) {
  if (!Number.isInteger(size) || size < YEARS || size % YEARS)
    throw new Error(`--sizes: ${size} is not a multiple of ${YEARS}`);
  const libraries = size / YEARS;
  const corpus = join(BENCH, `corpus-${libraries}x${YEARS}`);
  const gen = writeCorpus({ libraries, years: YEARS, seed }, corpus);
  log(`${size} reports: corpus ${corpus} (${mb(gen.bytes).toFixed(1)} MB)`);

  const logs = join(BENCH, 'logs');
  mkdirSync(logs, { recursive: true });
  const check = measure(
    [process.execPath, '--import', 'tsx', 'scripts/check.ts', '--content', corpus],
    {},
    join(logs, `check-${size}.log`),
    timeoutS,
  );
  log(`  check ${check.wallS.toFixed(1)} s (exit ${check.exitCode})`);

  const out = join(BENCH, 'out', `astro-${size}`);
  const cache = join(BENCH, 'cache', `astro-${size}`);
  rmSync(out, { recursive: true, force: true });
  rmSync(cache, { recursive: true, force: true });
  const env = {
    YEARBOOK_CONTENT_DIR: `./${corpus}`,
    YEARBOOK_OUT_DIR: `./${out}`,
    YEARBOOK_CACHE_DIR: `./${cache}`,
    ASTRO_TELEMETRY_DISABLED: '1',
  };
  const astroCmd = [process.execPath, 'node_modules/astro/bin/astro.mjs', 'build'];
  const load = loadavg()[0] ?? 0;
  const astroLog = join(logs, `astro-${size}.log`);
  const astro = measure(astroCmd, env, astroLog, timeoutS);
  const stats = folderStats(out);
  const phases = parseAstroLog(readFileSync(astroLog, 'utf8'));
  const pagefind = join(out, 'pagefind');
  log(
    `  astro ${astro.wallS.toFixed(1)} s, exit ${astro.exitCode}, ${stats.htmlPages} pages, peak RSS ${astro.maxRssMB?.toFixed(0)} MB, ${mb(stats.bytes).toFixed(1)} MB`,
  );
  const astroWarm =
    flag('warm') && astro.exitCode === 0
      ? measure(astroCmd, env, join(logs, `astro-${size}-warm.log`), timeoutS)
      : undefined;
  if (astroWarm) log(`  astro warm ${astroWarm.wallS.toFixed(1)} s`);

  let astroEdit: SizeResult['astroEdit'];
  if (flag('edit') && astro.exitCode === 0) {
    // The last report of the middle library: one sentence appended to its text (a paragraph without a
    // date, valid anywhere, also at the end of a 大事记), then the site rebuilt over the cache.
    const libs = readdirSync(join(corpus, 'reports')).sort();
    const lib = libs[Math.floor(libs.length / 2)] ?? '';
    const file = join(
      corpus,
      'reports',
      lib,
      readdirSync(join(corpus, 'reports', lib))
        .sort()
        .pop() ?? '',
    );
    const original = readFileSync(file, 'utf8');
    appendFileSync(file, '\n\n本段为基准测试所加，测量修改一份报告后重新生成网站的时间。\n');
    const editLog = join(logs, `astro-${size}-edit.log`);
    try {
      const m = measure(astroCmd, env, editLog, timeoutS);
      astroEdit = { ...m, file, phases: parseAstroLog(readFileSync(editLog, 'utf8')) };
    } finally {
      writeFileSync(file, original);
    }
    log(`  astro after editing ${file}: ${astroEdit.wallS.toFixed(1)} s (exit ${astroEdit.exitCode})`);
  }

  if (flag('search') && astro.exitCode === 0) {
    const r = spawnSync(
      process.execPath,
      [
        ...['--import', 'tsx', 'scripts/bench/search-bytes.ts', '--dist', out],
        ...['--scope', 'default', '--scope', 'largest', '--scope', 'all'],
        ...['--json', join(BENCH, 'results', 'search', `${size}.json`)],
      ],
      { stdio: 'inherit', timeout: timeoutS * 1000 },
    );
    log(`  search bytes: exit ${r.status}`);
  }

  let hugo: SizeResult['hugo'];
  if (hugoBin) {
    const site = join(BENCH, `hugo-${size}`);
    const hugoOut = join(BENCH, 'out', `hugo-${size}`);
    rmSync(site, { recursive: true, force: true });
    rmSync(hugoOut, { recursive: true, force: true });
    for (const f of hugoSite(loadContent(resolve(corpus)))) {
      const p = join(site, f.path);
      mkdirSync(dirname(p), { recursive: true });
      writeFileSync(p, f.text);
    }
    const h = measure(
      [hugoBin, '--quiet', '--source', site, '--destination', resolve(hugoOut)],
      {},
      join(logs, `hugo-${size}.log`),
      timeoutS,
    );
    const hs = folderStats(hugoOut);
    log(
      `  hugo ${h.wallS.toFixed(2)} s, exit ${h.exitCode}, ${hs.htmlPages} pages, peak RSS ${h.maxRssMB?.toFixed(0)} MB`,
    );
    // What a Hugo site adds for search: the Pagefind CLI over its whole output (every page's <body>).
    const pf =
      h.exitCode === 0
        ? await measureCapped(
            [process.execPath, 'node_modules/pagefind/lib/runner/bin.cjs', '--site', hugoOut],
            {},
            join(logs, `hugo-pagefind-${size}.log`),
            timeoutS,
            Number(opt('pagefind-limit-mb') ?? 16_000),
          )
        : undefined;
    if (pf)
      log(
        `  pagefind CLI over hugo ${pf.wallS.toFixed(1)} s, exit ${pf.exitCode}, peak RSS ${pf.maxRssMB?.toFixed(0)} MB${pf.killedAtMB ? `, killed at ${pf.killedAtMB.toFixed(0)} MB` : ''}`,
      );
    hugo = { ...h, pages: hs.htmlPages, outMB: mb(hs.bytes), ...(pf ? { pagefind: pf } : {}) };
  }

  const result: SizeResult = {
    ...(label ? { label } : {}),
    reports: gen.reports,
    libraries,
    years: YEARS,
    corpusMB: mb(gen.bytes),
    measuredAt: new Date().toISOString().slice(0, 16).replace('T', ' '),
    commit,
    loadAverage: load,
    checkS: check.wallS,
    astro: {
      ...astro,
      pages: phases.pagesBuilt ?? stats.htmlPages,
      outMB: mb(stats.bytes),
      files: stats.files,
      phases,
      ...(existsSync(pagefind) ? { pagefindMB: mb(folderStats(pagefind).bytes) } : {}),
    },
    ...(astroWarm ? { astroWarm } : {}),
    ...(astroEdit ? { astroEdit } : {}),
    ...(hugo ? { hugo } : {}),
  };
  const resultDir = label ? join(BENCH, 'results', 'changes') : join(BENCH, 'results');
  mkdirSync(resultDir, { recursive: true });
  writeFileSync(join(resultDir, label ? `${size}-${label}.json` : `${size}.json`), JSON.stringify(result, null, 2));
  if (!flag('keep')) rmSync(join(BENCH, 'out'), { recursive: true, force: true });
}

if (!flag('no-doc')) {
  const results = readdirSync(join(BENCH, 'results'))
    .filter((f) => f.endsWith('.json'))
    .map((f) => JSON.parse(readFileSync(join(BENCH, 'results', f), 'utf8')) as SizeResult);
  const hugoVersion =
    spawnSync('hugo', ['version'], { encoding: 'utf8' }).stdout?.split(' ').slice(0, 2).join(' ').trim() || undefined;
  const doc = existsSync('docs/benchmarks.md') ? readFileSync('docs/benchmarks.md', 'utf8') : '# Benchmarks\n';
  const content = `${machine(hugoVersion)}\n\n${resultsMarkdown(results)}`;
  const searchDir = join(BENCH, 'results', 'search');
  const searches = existsSync(searchDir)
    ? readdirSync(searchDir)
        .filter((f) => f.endsWith('.json'))
        .map((f) => ({
          reports: Number(f.replace(/\.json$/, '')),
          ...(JSON.parse(readFileSync(join(searchDir, f), 'utf8')) as Omit<SearchResult, 'reports'>),
        }))
    : [];
  const changesDir = join(BENCH, 'results', 'changes');
  const changes = existsSync(changesDir)
    ? readdirSync(changesDir)
        .filter((f) => f.endsWith('.json'))
        .map((f) => JSON.parse(readFileSync(join(changesDir, f), 'utf8')) as SizeResult)
    : [];
  mkdirSync('docs', { recursive: true });
  let updated = replaceBlock(doc, 'bench:build', content);
  if (changes.length) updated = replaceBlock(updated, 'bench:changes', changesMarkdown(changes));
  if (searches.length) updated = replaceBlock(updated, 'bench:search', searchMarkdown(searches));
  writeFileSync('docs/benchmarks.md', updated);
  log('docs/benchmarks.md updated');
}
