import { describe, expect, it } from 'vitest';
import { daysInMonth, formatIsoDate, isRealDate, isRealIsoDate } from '../../src/lib/calendar.ts';

describe('daysInMonth', () => {
  it.each([
    [2021, 1, 31],
    [2021, 2, 28],
    [2020, 2, 29],
    [1900, 2, 28],
    [2000, 2, 29],
    [2021, 4, 30],
    [2021, 12, 31],
  ])('%i-%i has %i days', (y, m, days) => expect(daysInMonth(y, m)).toBe(days));
});

describe('isRealDate', () => {
  it.each<[number, number | undefined, number | undefined, boolean]>([
    [2021, undefined, undefined, true],
    [2021, 12, undefined, true],
    [2021, 13, undefined, false],
    [2021, 0, undefined, false],
    [2021, 2, 28, true],
    [2021, 2, 29, false],
    [2020, 2, 29, true],
    [2021, 4, 31, false],
    [2021, 1, 0, false],
  ])('%i-%s-%s → %s', (y, m, d, real) => expect(isRealDate(y, m, d)).toBe(real));

  it.each([
    ['2021', true],
    ['2021-09', true],
    ['2021-09-22', true],
    ['2021-13', false],
    ['2021-02-30', false],
  ])('%s → %s', (iso, real) => expect(isRealIsoDate(iso)).toBe(real));
});

describe('formatIsoDate', () => {
  it.each([
    ['2021-03-31', '2021年3月31日'],
    ['2021-09-22', '2021年9月22日'],
    ['2020-02', '2020年2月'],
    ['2021-05', '2021年5月'],
    ['2021', '2021年'],
  ])('%s → %s', (iso, text) => expect(formatIsoDate(iso)).toBe(text));

  it('leaves out what the end of a range shares with its start', () => {
    expect(formatIsoDate('2021-04-18', true)).toBe('4月18日');
    expect(formatIsoDate('2021-04-28', true, true)).toBe('28日');
  });
});
