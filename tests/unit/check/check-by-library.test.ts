/**
 * The build checks content library by library (src/integrations/content-check.ts) — on worker threads,
 * from the cache when unchanged. It must find exactly what the whole-folder check of `npm run check`
 * finds, with the same messages: on the real content, on every broken fixture, and on a synthetic corpus.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../../src/check/check-content.ts';
import { loadContent } from '../../../src/check/load-content.ts';
import { diskCache } from '../../../src/lib/cache-store.ts';
import { checkByLibrary, checkGroup } from '../../../src/check/check-group.ts';
import { writeCorpus } from '../../../scripts/bench/write-corpus.ts';

const tmp = mkdtempSync(join(tmpdir(), 'yearbook-check-by-library-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const BROKEN = [
  'chronicle-date',
  'inconsistent',
  'many-mistakes',
  'markup',
  'unknown-library',
  'unknown-metric',
  'year-mismatch',
];

/** Problems as comparable strings, in a fixed order (the grouped check lists them library by library). */
const sorted = (ps: readonly object[]): string[] => ps.map((p) => JSON.stringify(p)).sort();

async function compare(dir: string, displayRoot: string): Promise<void> {
  const whole = checkContent(loadContent(resolve(dir)), { displayRoot });
  const grouped = await checkByLibrary(resolve(dir), displayRoot, (input) => Promise.resolve(checkGroup(input).result));
  expect(sorted(grouped.problems)).toEqual(sorted(whole.problems));
  expect(grouped.libraries).toEqual(whole.libraries);
  expect(grouped.reports).toEqual(whole.reports);
}

describe('checkByLibrary', () => {
  it('finds what the whole check finds on the real content', () => compare('content', 'content'));

  it.each(BROKEN)('finds what the whole check finds in tests/fixtures/broken/%s', (name) =>
    compare(`tests/fixtures/broken/${name}`, `tests/fixtures/broken/${name}`),
  );

  it('finds what the whole check finds on a synthetic corpus', async () => {
    writeCorpus({ libraries: 6, years: 3, seed: 3 }, join(tmp, 'corpus'));
    await compare(join(tmp, 'corpus'), 'corpus');
  });

  it('gives the same result from the cache, and reads it there the second time', () => {
    const cache = diskCache(join(tmp, 'cache'), 'code');
    const input = {
      contentDir: resolve('content'),
      paths: ['libraries/beihai.yaml', 'reports/beihai/2021.mdx'],
      displayRoot: 'content',
    };
    const first = checkGroup(input, cache);
    const hits = cache.stats.hits;
    expect(checkGroup(input, cache)).toEqual(first);
    expect(cache.stats.hits).toBe(hits + 1);
  });
});
