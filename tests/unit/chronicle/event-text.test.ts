import { describe, expect, it } from 'vitest';
import { textAfterDate, textAfterDateFrom } from '../../../src/lib/chronicle/event-text.ts';

describe('textAfterDate: the date said once per timeline item', () => {
  it.each([
    ['1月1日，在北海市图书馆举办新年系列活动。', '2020-01-01', 2020, '在北海市图书馆举办新年系列活动。'],
    ['1月3日上午，召开全馆大会。', '2020-01-03', 2020, '召开全馆大会。'],
    ['4月25日——28日，举办读书月活动。', '2021-04-25', 2021, '举办读书月活动。'],
    [
      '2021年9月22日,巴林左旗图书馆荣获“全区十佳图书馆”称号',
      '2021-09-22',
      2021,
      '巴林左旗图书馆荣获“全区十佳图书馆”称号',
    ],
    ['  2月-3月 开展线上展览', '2021-02', 2021, '开展线上展览'],
    ['12 月 21 日，研讨会在温州举行。', '2023-12-21', 2023, '研讨会在温州举行。'],
    // Spaces after the date, none in it: the same cut as without them.
    ['3月5日，举办 “书香 北海” 活动。', '2021-03-05', 2021, '举办 “书香 北海” 活动。'],
  ])('%s → %s', (text, start, year, shown) => {
    expect(textAfterDate(text, { start, year })).toBe(shown);
  });

  it.each([
    // No date at the start (an event marked in running text): kept whole.
    ['经过两年多的努力，项目于7月收官。', '2021-07', 2021],
    // A leading date that is not the event's start: kept, so nothing is lost.
    ['1月5日，接上年12月的活动。', '2021-01-06', 2021],
    // Only a date: nothing would be left, so the text stays.
    ['3月8日。', '2021-03-08', 2021],
    // A date that cannot be right is not the parser's to drop.
    ['2月30日，开展活动。', '2021-02', 2021],
  ])('%s stays as written', (text, start, year) => {
    expect(textAfterDate(text, { start, year })).toBe(text);
  });
});

describe('textAfterDateFrom: where the shown text starts', () => {
  it.each([
    ['1月1日，在北海市图书馆举办新年系列活动。', '2020-01-01', 2020, 5],
    ['12 月 21 日，研讨会在温州举行。', '2023-12-21', 2023, 10],
    ['3月5日，举办 “书香 北海” 活动。', '2021-03-05', 2021, 5],
    ['经过两年多的努力，项目于7月收官。', '2021-07', 2021, 0],
    ['3月8日。', '2021-03-08', 2021, 0],
  ])('%s → from %i', (text, start, year, from) => {
    expect(textAfterDateFrom(text, { start, year })).toBe(from);
    expect(text.slice(from)).toBe(textAfterDate(text, { start, year }));
  });
});
