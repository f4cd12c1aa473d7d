import { describe, expect, it } from 'vitest';
import { countBy, groupBy, lastBy } from '../../src/lib/group-by.ts';

const items = [
  { k: 'b', n: 1 },
  { k: 'a', n: 2 },
  { k: 'b', n: 3 },
  { k: 'c', n: 4 },
  { k: 'a', n: 5 },
];

describe('groupBy', () => {
  it('keeps groups in first-item order and items in input order', () => {
    const g = groupBy(items, (i) => i.k);
    expect([...g.keys()]).toEqual(['b', 'a', 'c']);
    expect(g.get('b')?.map((i) => i.n)).toEqual([1, 3]);
    expect(g.get('a')?.map((i) => i.n)).toEqual([2, 5]);
  });

  it('returns an empty map for no items and accepts any iterable', () => {
    expect(groupBy([], String).size).toBe(0);
    expect([...groupBy(new Set([1, 2, 3, 4]), (n) => n % 2)]).toEqual([
      [1, [1, 3]],
      [0, [2, 4]],
    ]);
  });
});

describe('countBy', () => {
  it('counts items per key, in first-item order', () => {
    expect([...countBy(items, (i) => i.k)]).toEqual([
      ['b', 2],
      ['a', 2],
      ['c', 1],
    ]);
  });
});

describe('lastBy', () => {
  it('keeps the last item of each key, keys in first-item order', () => {
    expect(lastBy(items, (i) => i.k).map((i) => i.n)).toEqual([3, 5, 4]);
    expect(lastBy([], String)).toEqual([]);
  });
});
