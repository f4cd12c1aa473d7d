/** The 大事记 date parser: every form the reports use, the failures, and a property test over arbitrary text. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ChronicleDateError, parseChronicleDate, parseIsoDate } from '../../../src/lib/chronicle/dates.ts';

describe('parseChronicleDate', () => {
  it.each([
    ['1月9日，北海市图书馆', 2021, { start: '2021-01-09', precision: 'day', matchedText: '1月9日' }],
    ['1月3日上午，新年', 2021, { start: '2021-01-03', time: '上午', matchedText: '1月3日上午' }],
    ['2月27号上午，北海', 2021, { start: '2021-02-27', time: '上午' }],
    ['1日27日，北海', 2021, { start: '2021-01-27', matchedText: '1日27日' }],
    ['1月12日至1月28日，北海', 2021, { start: '2021-01-12', end: '2021-01-28' }],
    ['3月16日-4月18日，北海', 2020, { start: '2020-03-16', end: '2020-04-18' }],
    ['4月25日——28日，北海', 2021, { start: '2021-04-25', end: '2021-04-28', matchedText: '4月25日——28日' }],
    ['10月24日--26日，2021年', 2021, { start: '2021-10-24', end: '2021-10-26' }],
    ['5月18-5月21日，我馆', 2020, { start: '2020-05-18', end: '2020-05-21' }],
    ['12月22日至2021年12月24日，我馆', 2021, { start: '2021-12-22', end: '2021-12-24' }],
    ['2020年11月6至8日，“2020中央媒体', 2020, { start: '2020-11-06', end: '2020-11-08' }],
    ['11月13日下午至11月14日，我馆', 2020, { start: '2020-11-13', end: '2020-11-14', time: '下午' }],
    ['2月-3月，闭馆不打烊', 2020, { start: '2020-02', end: '2020-03', precision: 'month' }],
    ['10月1日至8日期间，由中共', 2020, { start: '2020-10-01', end: '2020-10-08', matchedText: '10月1日至8日期间' }],
    ['2021年北海市图书馆荣获', 2021, { start: '2021', precision: 'year', matchedText: '2021年' }],
    ['12月10日晚，北海', 2021, { start: '2021-12-10', time: '晚' }],
    ['12月10日晚会在', 2021, { start: '2021-12-10', matchedText: '12月10日' }],
    ['7月1日上午8点，北海', 2021, { start: '2021-07-01', time: '上午' }],
    ['6月20日至30,巴林左旗', 2021, { start: '2021-06-20', end: '2021-06-30' }],
    ['2月29日，闰年', 2020, { start: '2020-02-29' }],
    ['3月5日至10余家单位', 2021, { start: '2021-03-05', matchedText: '3月5日' }],
    ['　5月21日上午北海市图书馆', 2020, { start: '2020-05-21', time: '上午' }],
  ])('%s (%i)', (text, year, expected) => {
    const d = parseChronicleDate(text, year);
    expect(d).toMatchObject(expected);
    if (!('end' in expected)) expect(d?.end).toBeUndefined();
  });

  it('notes the 1日27日 typo', () => {
    expect(parseChronicleDate('1日27日，北海', 2021)?.notices.map((n) => n.code)).toEqual(['day-for-month']);
    expect(parseChronicleDate('1月27日，北海', 2021)?.notices).toEqual([]);
  });

  it.each([
    ['一月九日，', { start: '2021-01-09', precision: 'day' }],
    ['十二月三十一日，', { start: '2021-12-31', precision: 'day' }],
    ['二〇二一年三月，', { start: '2021-03', precision: 'month' }],
    ['３月５日，', { start: '2021-03-05', precision: 'day' }],
    ['十月一日至七日，', { start: '2021-10-01', end: '2021-10-07', precision: 'day' }],
  ])('Chinese numerals and full-width digits: %s', (text, expected) => {
    expect(parseChronicleDate(text, 2021)).toMatchObject(expected);
  });

  it.each([
    '在市图书馆少儿阅览活动室成功举办',
    '北海市图书馆',
    '',
    '2021年1至12月份',
    '十大读书人物',
    '五一期间',
    '12345',
  ])('no date: %j', (text) => {
    expect(parseChronicleDate(text, 2021)).toBeUndefined();
  });

  it.each([
    ['2月30日，', 'impossible-date'],
    ['2月29日，', 'impossible-date'],
    ['13月1日，', 'impossible-date'],
    ['4月31日，', 'impossible-date'],
    ['0月3日，', 'impossible-date'],
    ['3月0日，', 'impossible-date'],
    ['1月30日至1月32日，', 'impossible-date'],
    ['2020年3月1日，', 'out-of-year'],
    ['2022年1月1日，', 'out-of-year'],
    ['3月5日至3月1日，', 'reversed-range'],
    ['12月30日至1月2日，', 'reversed-range'],
  ])('%s fails with %s', (text, code) => {
    expect(() => parseChronicleDate(text, 2021)).toThrow(ChronicleDateError);
    try {
      parseChronicleDate(text, 2021);
    } catch (e) {
      expect((e as ChronicleDateError).code).toBe(code);
      expect((e as ChronicleDateError).hint.zh).toMatch(/如|例如/);
    }
  });

  it('explains a failure in Chinese and English', () => {
    expect(() => parseChronicleDate('2月30日，', 2021)).toThrowErrorMatchingInlineSnapshot(
      `[ChronicleDateError: 日期“2月30日”不存在（2021年2月30日）]`,
    );
    try {
      parseChronicleDate('2020年3月1日，', 2021);
    } catch (e) {
      expect((e as ChronicleDateError).text.en).toBe(
        'The date "2020年3月1日" is in 2020, not in this report\'s year 2021',
      );
    }
  });

  it('allows a range to end in a later year when the text names it', () => {
    expect(parseChronicleDate('12月30日至2022年1月2日，', 2021)).toMatchObject({
      start: '2021-12-30',
      end: '2022-01-02',
    });
  });

  it('never throws anything but ChronicleDateError, and returns ISO dates in the year', () => {
    const dateish = fc.stringMatching(/^(?:\d{0,4}[年月日号至到\-—–~上下午晚期间]{0,3}){1,6}.{0,4}$/);
    fc.assert(
      fc.property(
        fc.oneof(fc.string(), fc.string({ unit: 'binary' }), dateish),
        fc.integer({ min: 1900, max: 2100 }),
        (text, year) => {
          try {
            const d = parseChronicleDate(text, year);
            if (d) {
              expect(d.start).toMatch(new RegExp(`^${year}(?:-\\d\\d(?:-\\d\\d)?)?$`));
              if (d.end) expect(d.end > d.start).toBe(true);
              expect(text.replace(/^[\s\u3000]+/, '').startsWith(d.matchedText)).toBe(true);
            }
          } catch (e) {
            if (!(e instanceof ChronicleDateError)) throw e;
          }
        },
      ),
      { numRuns: 3000 },
    );
  });
});

describe('parseIsoDate (for <Event date>)', () => {
  it.each([
    ['2023-12-15', { start: '2023-12-15', precision: 'day' }],
    ['2023-08', { start: '2023-08', precision: 'month' }],
    ['2023', { start: '2023', precision: 'year' }],
    ['2023-04-23/2023-04-29', { start: '2023-04-23', end: '2023-04-29' }],
  ])('%s', (value, expected) => expect(parseIsoDate(value, 2023)).toMatchObject(expected));

  it.each([
    ['2023-02-30', 'impossible-date'],
    ['2022-12-01', 'out-of-year'],
    ['2023-07/2023-08-15', 'impossible-date'],
    ['2023/12/15', 'impossible-date'],
    ['12月15日', 'impossible-date'],
    ['2023-04-29/2023-04-23', 'reversed-range'],
  ])('%s fails with %s', (value, code) => {
    expect(() => parseIsoDate(value, 2023)).toThrow(expect.objectContaining({ code }));
  });

  it('never throws anything but ChronicleDateError', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.stringMatching(/^[\d\-/]{0,24}$/)), (value) => {
        try {
          parseIsoDate(value, 2023);
        } catch (e) {
          if (!(e instanceof ChronicleDateError)) throw e;
        }
      }),
    );
  });
});
