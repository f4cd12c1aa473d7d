import { describe, expect, it } from 'vitest';
import { feedDate, feedItems } from '../../../src/lib/open-data/feed.ts';

describe('feedDate', () => {
  it.each([
    [{ year: 2021, published: '2022-01-15', dataAsOf: '2021-12-31' }, '2022-01-15'],
    [{ year: 2021, dataAsOf: '2022-01-03' }, '2022-01-03'],
    [{ year: 2021 }, '2021-12-31'],
  ])('%j', (r, iso) => expect(feedDate(r).toISOString().slice(0, 10)).toBe(iso));
});

describe('feedItems', () => {
  it('lists reports newest first, ties by library', () => {
    const items = feedItems([
      { library: 'b', libraryName: '乙馆', year: 2021, title: 'B 2021', figures: 3 },
      { library: 'a', libraryName: '甲馆', year: 2021, title: 'A 2021', figures: 1 },
      { library: 'a', libraryName: '甲馆', year: 2023, title: 'A 2023', figures: 2 },
    ]);
    expect(items.map((i) => i.title)).toEqual(['A 2023', 'A 2021', 'B 2021']);
    expect(items[0]?.description).toContain('含 2 个统计数字');
    expect(items[0]?.categories).toEqual(['甲馆', '2023年']);
  });
});
