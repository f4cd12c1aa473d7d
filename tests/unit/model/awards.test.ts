import { describe, expect, it } from 'vitest';
import { collectAwards, levelCounts } from '../../../src/lib/model/awards.ts';

const rows = collectAwards([
  {
    library: 'b',
    libraryName: '乙馆',
    year: 2021,
    awards: [
      { title: '甲奖', date: '2021', level: 'city' },
      { title: '乙奖', date: '2021-09-22', level: 'national' },
    ],
  },
  {
    library: 'a',
    libraryName: '甲馆',
    year: 2021,
    awards: [
      { title: '丙奖', level: 'provincial' },
      { title: '丁奖', date: '2021-09-22', level: 'provincial' },
    ],
  },
  { library: 'a', libraryName: '甲馆', year: 2020, awards: [{ title: '戊奖', date: '2020-11-09' }] },
]);

describe('collectAwards', () => {
  it('sorts newest first, then by level, library and title', () => {
    expect(rows.map((r) => r.title)).toEqual(['乙奖', '丁奖', '丙奖', '甲奖', '戊奖']);
  });

  it('keeps the report each award comes from', () => {
    expect(rows[0]).toMatchObject({ library: 'b', libraryName: '乙馆', year: 2021 });
  });
});

describe('levelCounts', () => {
  it('counts by level in level order, with awards of no stated level last', () => {
    expect(levelCounts(rows).map((c) => `${c.level} ${c.count}`)).toEqual([
      'national 1',
      'provincial 2',
      'city 1',
      'unknown 1',
    ]);
  });
});
