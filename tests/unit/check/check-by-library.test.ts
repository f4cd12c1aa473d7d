/**
 * The build checks content library by library (src/integrations/content-check.ts) — on worker threads,
 * from the cache when unchanged. It must find exactly what the whole-folder check of `npm run check`
 * finds, with the same messages: on the real content, on every broken fixture, and on a synthetic corpus.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../../src/check/check-content.ts';
import { listContent, loadContent } from '../../../src/check/load-content.ts';
import { contentGroups } from '../../../src/check/content-groups.ts';
import { diskCache } from '../../../src/lib/cache-store.ts';
import { checkByLibrary, checkGroup, checkOneLibrary } from '../../../src/check/check-group.ts';
import { writeCorpus } from '../../../scripts/bench/write-corpus.ts';

const tmp = mkdtempSync(join(tmpdir(), 'yearbook-check-by-library-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** Every broken fixture: a new one is compared here without being listed. */
const BROKEN = readdirSync('tests/fixtures/broken', { withFileTypes: true })
  .filter((e) => e.isDirectory())
  .map((e) => e.name)
  .sort();

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

  it('groups every file of the folder, not only the ones the site reads (a .docx, a 2015.MDX, a README)', () => {
    const groups = contentGroups('tests/fixtures/broken/new-mistakes');
    expect(groups.flatMap((g) => g.paths).sort()).toEqual(listContent('tests/fixtures/broken/new-mistakes'));
    const demo = groups.find((g) => g.library === 'demo')?.paths ?? [];
    expect(demo).toContain('reports/demo/2015.MDX');
    expect(demo).toContain('reports/demo/2016年工作总结.docx');
    expect(groups.find((g) => g.library === 'README.txt')?.paths).toEqual(['README.txt']);
  });

  it('checks one library alone as the whole check does for its files (a staff preview)', () => {
    // A report whose library is misspelt: its message lists every library, as npm run check's does.
    const dir = join(tmp, 'one-library');
    writeCorpus({ libraries: 3, years: 1, seed: 5 }, dir);
    const [id = '', other = ''] = readdirSync(join(dir, 'reports')).sort();
    const [year = ''] = readdirSync(join(dir, 'reports', id));
    const file = join(dir, 'reports', id, year);
    writeFileSync(file, readFileSync(file, 'utf8').replace(`library: ${id}`, `library: ${id}x`));
    const whole = checkContent(loadContent(dir), { displayRoot: 'c' });
    const mine = (f: string): boolean => f.startsWith(`c/libraries/${id}.`) || f.startsWith(`c/reports/${id}/`);
    const one = checkOneLibrary(dir, id, { displayRoot: 'c' });
    const unknown = one.problems.find((p) => p.code === 'report/unknown-library');
    expect(unknown?.hint?.zh).toContain(other);
    expect(sorted(one.problems)).toEqual(sorted(whole.problems.filter((p) => mine(p.file))));
    expect(one.reports.every((r) => r.data.library === id)).toBe(true);
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
