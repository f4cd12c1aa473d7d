/** The between-builds cache: keyed by key and code, survives a new instance, prunes what a build did not use. */
import { mkdtempSync, readdirSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { diskCache, filesDigest } from '../../src/lib/cache-store.ts';

const dirs: string[] = [];
const tmp = (): string => {
  const d = mkdtempSync(join(tmpdir(), 'yearbook-cache-'));
  dirs.push(d);
  return d;
};
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});
const count = (dir: string): number =>
  readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .flatMap((d) => readdirSync(join(dir, d.name))).length;

describe('diskCache', () => {
  it('returns what an earlier build stored, for the same key, space and code only', () => {
    const dir = tmp();
    const first = diskCache(dir, 'code-1');
    expect(first.get('report-html', 'a')).toBeUndefined();
    first.set('report-html', 'a', '{"html":"<p>甲</p>"}');
    const next = diskCache(dir, 'code-1');
    expect(next.get('report-html', 'a')?.toString('utf8')).toBe('{"html":"<p>甲</p>"}');
    expect(next.get('report-html', 'b')).toBeUndefined();
    expect(next.get('png', 'a')).toBeUndefined();
    expect(diskCache(dir, 'code-2').get('report-html', 'a')).toBeUndefined();
    expect(next.stats).toEqual({ hits: 1, misses: 2 });
  });

  it('prunes the entries a build did not use', () => {
    const dir = tmp();
    const old = diskCache(dir, 'code-1');
    old.set('s', 'kept', 'x');
    old.set('s', 'dropped', 'y');
    const build = diskCache(dir, 'code-1');
    expect(build.get('s', 'kept')).toBeDefined();
    expect(build.prune()).toBe(1);
    expect(count(dir)).toBe(1);
    expect(diskCache(dir, 'code-1').get('s', 'kept')?.toString()).toBe('x');
  });
});

describe('folders in the cache', () => {
  it('are stored as a copy, restored whole, and pruned like files', () => {
    const dir = tmp();
    const src = tmp();
    mkdirSync(join(src, 'fragment'));
    writeFileSync(join(src, 'pagefind-entry.json'), '{}');
    writeFileSync(join(src, 'fragment', 'a.pf_fragment'), 'x');
    const first = diskCache(dir, 'code-1');
    expect(first.restoreDir('part', 'k', join(tmp(), 'out'))).toBe(false);
    first.storeDir('part', 'k', src);
    rmSync(join(src, 'fragment'), { recursive: true });
    const to = join(tmp(), 'out');
    const next = diskCache(dir, 'code-1');
    expect(next.restoreDir('part', 'k', to)).toBe(true);
    expect(readdirSync(to, { recursive: true }).sort()).toEqual([
      'fragment',
      'fragment/a.pf_fragment',
      'pagefind-entry.json',
    ]);
    expect(diskCache(dir, 'code-2').restoreDir('part', 'k', join(tmp(), 'x'))).toBe(false);
    expect(diskCache(dir, 'code-1').prune()).toBe(1);
    expect(count(dir)).toBe(0);
  });
});

describe('filesDigest', () => {
  it('changes when a file under the paths changes, is added or renamed', () => {
    const root = tmp();
    mkdirSync(join(root, 'src'));
    writeFileSync(join(root, 'src', 'a.ts'), 'export const a = 1;');
    const d1 = filesDigest(root, ['src', 'missing.json']);
    expect(filesDigest(root, ['src', 'missing.json'])).toBe(d1);
    writeFileSync(join(root, 'src', 'a.ts'), 'export const a = 2;');
    const d2 = filesDigest(root, ['src']);
    expect(d2).not.toBe(d1);
    writeFileSync(join(root, 'src', 'b.ts'), '');
    const d3 = filesDigest(root, ['src']);
    expect(d3).not.toBe(d2);
    rmSync(join(root, 'src', 'b.ts'));
    writeFileSync(join(root, 'src', 'c.ts'), '');
    expect(filesDigest(root, ['src'])).not.toBe(d3);
  });
});
