import { describe, expect, it } from 'vitest';
import { collectAwards, levelCounts, otherKindCounts } from '../../../src/lib/model/awards.ts';

const rows = collectAwards([
  {
    library: 'b',
    libraryName: '乙馆',
    year: 2021,
    awards: [
      { title: '甲奖', kind: 'selection', date: '2021', level: 'city' },
      { title: '乙奖', kind: 'title', date: '2021-09-22', level: 'national' },
    ],
  },
  {
    library: 'a',
    libraryName: '甲馆',
    year: 2021,
    awards: [
      { title: '丙奖', kind: 'prize', level: 'provincial' },
      { title: '丁奖', kind: 'prize', date: '2021-09-22', level: 'provincial' },
    ],
  },
  { library: 'a', libraryName: '甲馆', year: 2020, awards: [{ title: '戊奖', kind: 'prize', date: '2020-11-09' }] },
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

describe('kinds: only honours are counted by level', () => {
  const withCase = collectAwards([
    {
      library: 'c',
      libraryName: '丙馆',
      year: 2023,
      awards: [
        { title: '全国五个分享案例之一', kind: 'case', date: '2023-12-21', level: 'national' },
        { title: '全国某称号', kind: 'title', date: '2023', level: 'national' },
        { title: '首张电子证照', kind: 'other', level: 'provincial' },
        { title: '某示范基地', kind: 'selection', level: 'county' },
      ],
    },
  ]);

  it('a case shared at a national seminar does not raise the national count', () => {
    expect(levelCounts(withCase).map((c) => `${c.level} ${c.count}`)).toEqual(['national 1', 'county 1']);
  });

  it('the entries that are not honours are counted by kind', () => {
    expect(otherKindCounts(withCase)).toEqual([
      { kind: 'case', count: 1 },
      { kind: 'other', count: 1 },
    ]);
    expect(otherKindCounts(rows)).toEqual([]);
  });
});
