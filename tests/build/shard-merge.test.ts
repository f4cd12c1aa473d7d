/**
 * A national build split across machines (scripts/shard.ts, src/lib/site/shards.ts): three shards of a
 * synthetic corpus, merged, must be byte for byte the site built whole — pages, downloads, images,
 * sitemap and the search index built over the merge.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { writeCorpus } from '../../scripts/bench/write-corpus.ts';
import { buildEnv } from './support/astro-build.ts';

const work = mkdtempSync(join(tmpdir(), 'yearbook-shards-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

it('three shards merged are the whole build, byte for byte', () => {
  writeCorpus({ libraries: 5, years: 2, seed: 11 }, join(work, 'content'));
  const r = spawnSync(
    process.execPath,
    [
      ...['--import', 'tsx', 'scripts/shard.ts', 'prove'],
      ...['--content', join(work, 'content'), '--shards', '3', '--work', join(work, 'proof')],
    ],
    { encoding: 'utf8', env: { ...buildEnv(), TZ: 'UTC' }, timeout: 3_000_000 },
  );
  const out = `${r.stdout}\n${r.stderr}`;
  expect(r.status, out.slice(-4000)).toBe(0);
  expect(out).toMatch(/the merge of 3 shards is byte for byte the whole build \(\d+ files\)/);
  // Each shard wrote only its pages: the second and third have no compare page.
  expect(out).toMatch(/shard 2 of 3: only its pages are written/);
}, 3_000_000);
