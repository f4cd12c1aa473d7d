/** Dates in each page language: the reports' Chinese form, the English day-month-year form. */
import { describe, expect, it } from 'vitest';
import { formatDate, formatEventEnd, monthName } from '../../../src/i18n/format-date.ts';
import { chronicleEvent as ev } from '../../support/factories.ts';

describe('dates in the page language', () => {
  it.each([
    ['2021-03-31', '2021年3月31日', '31 March 2021'],
    ['2020-02', '2020年2月', 'February 2020'],
    ['2021', '2021年', '2021'],
  ])('%s → %s, %s', (iso, zh, en) => {
    expect(formatDate(iso, 'zh')).toBe(zh);
    expect(formatDate(iso, 'en')).toBe(en);
  });

  it('writes a Chinese date otherwise when asked (the report page keeps ISO dates)', () => {
    expect(formatDate('2021-03-31', 'zh', (iso) => iso)).toBe('2021-03-31');
    expect(formatDate('2021-03-31', 'en', (iso) => iso)).toBe('31 March 2021');
  });

  it('names months', () => {
    expect([monthName(3, 'zh'), monthName(12, 'en')]).toEqual(['3月', 'December']);
  });

  it.each([
    [{ start: '2021-04-25', end: '2021-04-28' }, '28日', '28 April 2021'],
    [{ start: '2020-03-16', end: '2020-04-18' }, '4月18日', '18 April 2020'],
    [{ start: '2021-12-30', end: '2022-01-02' }, '2022年1月2日', '2 January 2022'],
    [{ start: '2020-02', end: '2020-03' }, '3月', 'March 2020'],
  ])('ends the range %o as %s, %s', ({ start, end }, zh, en) => {
    const e = ev('a', start, { end });
    expect(formatEventEnd(e, 'zh')).toBe(zh);
    expect(formatEventEnd(e, 'en')).toBe(en);
  });

  it('has no end for a single date', () => {
    expect(formatEventEnd(ev('a', '2021-04-25'), 'en')).toBeUndefined();
  });
});
