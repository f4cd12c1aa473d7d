import { describe, expect, it } from 'vitest';
import { collectAwards } from '../../../src/lib/model/awards.ts';
import { awardsPageView } from '../../../src/lib/views/awards-page.ts';

const awards = collectAwards([
  {
    library: 'b',
    libraryName: '乙馆',
    year: 2021,
    awards: [
      { title: '全国五个分享案例之一', kind: 'case', date: '2021-12-21', level: 'national' },
      { title: '乙奖', kind: 'title', date: '2021-09-22', level: 'national' },
    ],
  },
  { library: 'a', libraryName: '甲馆', year: 2020, awards: [{ title: '戊奖', kind: 'prize', date: '2020-11-09' }] },
  { library: 'a', libraryName: '甲馆', year: 2022, awards: [{ title: '丙奖', kind: 'selection', level: 'city' }] },
]);
const view = awardsPageView(
  awards,
  [{ id: 'a' }, { id: 'b' }, { id: 'c' }],
  new Map([
    ['a', 'Library A'],
    ['b', 'Library B'],
  ]),
);

describe('awardsPageView', () => {
  it('counts every entry, but only honours by level; a case presented is named by kind, not counted', () => {
    expect(view.total).toBe(4);
    expect(view.honours).toBe(3);
    expect(view.levels).toEqual([
      { level: 'national', count: 1 },
      { level: 'city', count: 1 },
      { level: 'unknown', count: 1 },
    ]);
    expect(view.others).toEqual([{ kind: 'case', count: 1 }]);
  });

  it('lists every library in the given order with its count, zero included, named in the page language', () => {
    expect(view.perLibrary).toEqual([
      { id: 'a', name: 'Library A', count: 2 },
      { id: 'b', name: 'Library B', count: 2 },
      { id: 'c', name: 'c', count: 0 },
    ]);
  });

  it('groups by report year, newest first, keeping the awards in their sorted order', () => {
    expect(view.years.map((y) => [y.year, y.awards.map((a) => a.title)])).toEqual([
      [2022, ['丙奖']],
      [2021, ['全国五个分享案例之一', '乙奖']],
      [2020, ['戊奖']],
    ]);
  });
});
