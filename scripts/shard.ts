/**
 * A national build split across machines (src/lib/site/shards.ts): each machine builds one shard, one machine
 * merges them and builds the search index over the whole.
 *
 *   npx tsx scripts/shard.ts build --shard 2/4 --out shards/2     # on machine 2 of 4 (any order, in parallel)
 *   npx tsx scripts/shard.ts merge --out dist shards/1 shards/2 shards/3 shards/4
 *   npx tsx scripts/shard.ts prove --content .bench/corpus-100x4 --shards 3 [--work .bench/shard-proof]
 *
 * Every shard reads the whole corpus (the same YEARBOOK_CONTENT_DIR, BASE_PATH, SITE_URL and code
 * everywhere) and writes the pages of its libraries; shard 1 also the pages of no single library. The
 * merge copies every shard's files into one folder — a file two shards wrote (scripts, styles, the
 * sitemap) must be byte-identical, else it stops naming the file — and then runs the search index of
 * `astro build` (src/integrations/pagefind.ts) over it. `prove` builds the site whole and in shards
 * and compares the two outputs file by file: they must be the same bytes.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { buildSearchIndex } from '../src/integrations/pagefind.ts';
import { parseShard } from '../src/lib/site/shards.ts';

const { values: opts, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    shard: { type: 'string' },
    shards: { type: 'string', default: '3' },
    out: { type: 'string' },
    content: { type: 'string' },
    work: { type: 'string', default: '.bench/shard-proof' },
  },
});
const [command, ...dirs] = positionals;
const log = (s: string): void => console.log(`[shard] ${s}`);

/** `astro build` of one shard (or the whole site without `shard`) into `out`, its cache beside it. */
function build(shard: string | undefined, out: string): void {
  const r = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
    stdio: 'inherit',
    env: {
      ...process.env,
      ASTRO_TELEMETRY_DISABLED: '1',
      ...(opts.content ? { YEARBOOK_CONTENT_DIR: opts.content } : {}),
      ...(shard ? { YEARBOOK_SHARD: shard } : {}),
      YEARBOOK_OUT_DIR: resolve(out),
      YEARBOOK_CACHE_DIR: process.env['YEARBOOK_CACHE_DIR'] ?? resolve(`${out}.cache`),
    },
  });
  if (r.status !== 0) throw new Error(`astro build${shard ? ` of shard ${shard}` : ''} failed (${r.status})`);
}

/** Every file under `dir`, relative paths. */
function files(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)))
    .sort();
}

/** Copies every shard's files into `out` (emptied first); a file in two shards must be the same bytes. */
async function merge(out: string, shardDirs: readonly string[]): Promise<void> {
  if (!shardDirs.length) throw new Error('merge: name the shards’ output folders');
  rmSync(out, { recursive: true, force: true });
  const from = new Map<string, string>();
  for (const dir of shardDirs) {
    for (const path of files(dir)) {
      const target = join(out, path);
      const earlier = from.get(path);
      if (earlier) {
        if (!readFileSync(join(dir, path)).equals(readFileSync(target)))
          throw new Error(`merge: ${path} differs between ${earlier} and ${dir} (different code or content?)`);
        continue;
      }
      mkdirSync(dirname(target), { recursive: true });
      copyFileSync(join(dir, path), target);
      from.set(path, dir);
    }
  }
  log(`merged ${from.size} files from ${shardDirs.length} shards into ${out}`);
  const content = resolve(opts.content ?? process.env['YEARBOOK_CONTENT_DIR'] ?? 'content');
  await buildSearchIndex(resolve(out), content, {
    info: (m: string) => log(m),
    error: (m: string) => console.error(`[shard] ${m}`),
  });
}

/** The paths that differ between two folders (missing on one side, or other bytes). */
function differences(a: string, b: string): string[] {
  const fa = files(a);
  const fb = new Set(files(b));
  const out = fa.filter((p) => !fb.has(p) || !readFileSync(join(a, p)).equals(readFileSync(join(b, p))));
  for (const p of fb) if (!existsSync(join(a, p))) out.push(p);
  return out;
}

if (command === 'build') {
  const shard = parseShard(opts.shard);
  if (!shard || !opts.out) throw new Error('build: --shard k/n and --out <folder> are needed');
  build(`${shard.index}/${shard.count}`, opts.out);
} else if (command === 'merge') {
  if (!opts.out) throw new Error('merge: --out <folder> is needed');
  await merge(opts.out, dirs);
} else if (command === 'prove') {
  const n = Number(opts.shards);
  const work = resolve(opts.work);
  rmSync(work, { recursive: true, force: true });
  build(undefined, join(work, 'whole'));
  const shardDirs = Array.from({ length: n }, (_, i) => join(work, `shard-${i + 1}`));
  shardDirs.forEach((dir, i) => build(`${i + 1}/${n}`, dir));
  await merge(join(work, 'merged'), shardDirs);
  const diff = differences(join(work, 'whole'), join(work, 'merged'));
  if (diff.length) {
    console.error(
      `[shard] the merged output differs from the whole build in ${diff.length} files:\n${diff.join('\n')}`,
    );
    process.exit(1);
  }
  log(`the merge of ${n} shards is byte for byte the whole build (${files(join(work, 'whole')).length} files)`);
} else {
  console.error(
    'usage: scripts/shard.ts build --shard k/n --out <dir> | merge --out <dir> <shard dirs…> | prove [--content <dir>] [--shards n]',
  );
  process.exit(2);
}
