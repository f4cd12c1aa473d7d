import { describe, expect, it } from 'vitest';
import { libraryOfPath, libraryShard, parseShard, shardOfPath } from '../../../src/lib/site/shards.ts';

const libs = new Set(['beihai', 'nanhai', 'balinzuoqi']);

describe('parseShard', () => {
  it('reads k/n', () => expect(parseShard('2/3')).toEqual({ index: 2, count: 3 }));
  it('is a whole build without the variable', () => {
    expect(parseShard(undefined)).toBeUndefined();
    expect(parseShard('')).toBeUndefined();
  });
  it.each(['0/3', '4/3', '1', 'a/b', '1/0'])('refuses %j, naming the variable', (v) =>
    expect(() => parseShard(v)).toThrow(/YEARBOOK_SHARD/),
  );
});

describe('libraryOfPath', () => {
  it.each([
    ['/reports/beihai/2021/', 'beihai'],
    ['/en/reports/beihai/2021/', 'beihai'],
    ['/libraries/nanhai/', 'nanhai'],
    ['/timeline/balinzuoqi/', 'balinzuoqi'],
    ['/og/beihai.png', 'beihai'],
    ['/charts/monthly-nanhai.png', 'nanhai'],
    ['/embed/monthly-nanhai/', 'nanhai'],
    ['/data/charts/monthly-beihai.csv', 'beihai'],
    ['/og/site.png', undefined],
    ['/charts/monthly-all.png', undefined],
    ['/compare/collection/total/', undefined],
    ['/timeline/year/2021/', undefined],
    ['/data/2021/events.csv', undefined],
    ['/', undefined],
  ])('%s → %s', (path, library) => expect(libraryOfPath(path, libs)).toBe(library));
});

describe('shardOfPath', () => {
  it('puts every page of a library on its library’s shard, pages of no library on shard 1', () => {
    for (const count of [1, 2, 3, 7]) {
      for (const id of libs) {
        const s = libraryShard(id, count);
        expect(s).toBeGreaterThanOrEqual(1);
        expect(s).toBeLessThanOrEqual(count);
        expect(shardOfPath(`/reports/${id}/2021/`, libs, count)).toBe(s);
        expect(shardOfPath(`/en/libraries/${id}/`, libs, count)).toBe(s);
      }
      expect(shardOfPath('/compare/', libs, count)).toBe(1);
    }
  });
  it('spreads many libraries evenly', () => {
    const ids = Array.from({ length: 4000 }, (_, i) => `lib-${String(i).padStart(4, '0')}`);
    const counts = [0, 0, 0, 0];
    for (const id of ids) counts[libraryShard(id, 4) - 1]! += 1;
    for (const c of counts) expect(Math.abs(c - 1000)).toBeLessThan(100);
  });
});
