/**
 * 大事记 entries dated by a holiday or a part of the year (src/lib/chronicle/periods.ts): recognised with
 * an honest precision, or reported — never merged into the entry before.
 */
import { describe, expect, it } from 'vitest';
import { namedDate } from '../../../src/lib/chronicle/periods.ts';
import { extractEvents } from '../../../src/lib/chronicle/events.ts';

describe('namedDate', () => {
  it.each([
    ['国庆期间，我馆开放', 2022, { start: '2022-10', precision: 'month' }],
    ['国庆节当天，举办升旗仪式', 2022, { start: '2022-10-01', precision: 'day' }],
    ['“十一”黄金周期间，接待读者', 2022, { start: '2022-10', precision: 'month' }],
    // 2022: 除夕 31 January, 春节 1 February; 2023: 春节 22 January.
    ['春节期间，开展送春联活动', 2022, { start: '2022-01', end: '2022-02', precision: 'month' }],
    ['春节期间，开展送春联活动', 2023, { start: '2023-01', precision: 'month' }],
    ['春节，馆员值班', 2022, { start: '2022-02-01', precision: 'day' }],
    ['元宵节，举办猜灯谜', 2022, { start: '2022-02-15', precision: 'day' }],
    ['中秋节，举办诗会', 2022, { start: '2022-09-10', precision: 'day' }],
    ['端午节前夕，包粽子', 2023, { start: '2023-06', precision: 'month' }],
    ['寒假期间，举办少儿阅读营', 2022, { start: '2022-01', end: '2022-02', precision: 'month' }],
    ['暑假，开展研学', 2022, { start: '2022-07', end: '2022-08', precision: 'month' }],
    ['上半年，完成采编', 2022, { start: '2022-01', end: '2022-06', precision: 'month' }],
    ['第三季度，完成盘点', 2022, { start: '2022-07', end: '2022-09', precision: 'month' }],
    ['世界读书日，举办活动', 2022, { start: '2022-04-23', precision: 'day' }],
    ['“六一”儿童节期间，举办绘本展', 2022, { start: '2022-06', precision: 'month' }],
    ['五一劳动节，照常开放', 2022, { start: '2022-05-01', precision: 'day' }],
    ['清明节前夕，开展主题活动', 2022, { start: '2022-04', precision: 'month' }],
  ])('%s (%i)', (text, year, expected) => {
    const d = namedDate(text, year);
    expect(d).toMatchObject(expected);
    if (d && 'start' in d && !('end' in expected)) expect(d.end).toBeUndefined();
  });

  it('reads 同日 and 次日 from the entry before', () => {
    const day = { start: '2022-03-05', precision: 'day' as const };
    expect(namedDate('同日，举办讲座', 2022, day)).toMatchObject({ start: '2022-03-05', precision: 'day' });
    expect(namedDate('次日上午，举办培训', 2022, day)).toMatchObject({ start: '2022-03-06', precision: 'day' });
    expect(namedDate('次日，举办培训', 2022, { start: '2022-12-31', precision: 'day' })).toEqual({ unknown: '次日' });
    expect(namedDate('次日，举办培训', 2022, { start: '2022-03', precision: 'month' })).toEqual({ unknown: '次日' });
    expect(namedDate('同日，举办讲座', 2022)).toEqual({ unknown: '同日' });
  });

  it.each(['年初，开展清点', '节假日期间，正常开馆', '周末，举办亲子阅读'])(
    'reports %s as a date it cannot place',
    (text) => {
      expect(namedDate(text, 2022)).toHaveProperty('unknown');
    },
  );

  it.each(['活动期间，共吸引读者300人次', '北海市图书馆举办', '国庆节目展演在本馆举行', '十大读书人物评选'])(
    '%s is no date (a continuation)',
    (text) => expect(namedDate(text, 2022)).toBeUndefined(),
  );
});

describe('a 大事记 with holidays and periods', () => {
  const body = [
    '## 大事记',
    '',
    '9月28日，举办“我和我的祖国”主题展览。',
    '',
    '国庆期间，我馆正常开放，接待读者1.2万人次。',
    '',
    '活动期间，共发放宣传资料500份。',
    '',
    '年初，开展馆藏清点。',
    '',
    '<Event date="2022-11">11月，获评示范馆。</Event>',
    '',
    '12月1日，召开年度总结会。',
  ].join('\n');
  const { events, problems } = extractEvents(body, { library: 'demo', year: 2022 });

  it('keeps a holiday entry as its own event, never merged into the entry before', () => {
    expect(events.map((e) => [e.start, e.precision, e.text.split('，')[0]])).toEqual([
      ['2022-09-28', 'day', '9月28日'],
      ['2022-10', 'month', '国庆期间'],
      ['2022-11', 'month', '11月'],
      ['2022-12-01', 'day', '12月1日'],
    ]);
    expect(events[1]?.text).toBe('国庆期间，我馆正常开放，接待读者1.2万人次。活动期间，共发放宣传资料500份。');
  });

  it('reports the entry it cannot date, at its line', () => {
    expect(problems.map((p) => [p.code, p.line, p.severity])).toEqual([['chronicle/unknown-date', 9, 'error']]);
  });
});
