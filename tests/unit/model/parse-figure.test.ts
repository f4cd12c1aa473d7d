import { describe, expect, it } from 'vitest';
import { FigureFormatError, parseFigure } from '../../../src/lib/model/parse-figure.ts';

describe('parseFigure: accepted forms', () => {
  it.each([
    [364565, 364565, 'exact'],
    ['364565', 364565, 'exact'],
    ['42万多', 420000, 'more-than'],
    ['20多万', 200000, 'more-than'],
    ['约20万', 200000, 'about'],
    ['126.38万', 1263800, 'exact'],
    ['126.38 万', 1263800, 'exact'],
    ['3.5万余', 35000, 'more-than'],
    ['1000余', 1000, 'more-than'],
    ['近1.5万', 15000, 'nearly'],
    ['1万2千多', 12000, 'more-than'],
    ['七千多', 7000, 'more-than'],
    ['二十', 20, 'exact'],
    ['十二', 12, 'exact'],
    ['一百零五', 105, 'exact'],
    ['两千', 2000, 'exact'],
    ['5000以上', 5000, 'at-least'],
    ['不少于40万', 400000, 'at-least'],
    ['不低于40万', 400000, 'at-least'],
    ['200万左右', 2000000, 'about'],
    ['超过3000', 3000, 'more-than'],
    ['1,234', 1234, 'exact'],
    ['13024册', 13024, 'exact'],
    ['2.47万', 24700, 'exact'],
    ['379.42万', 3794200, 'exact'],
    ['约102719', 102719, 'about'],
    ['１２３', 123, 'exact'],
    ['0.07万', 700, 'exact'],
  ] as const)('%j → %d (%s)', (input, value, qualifier) => {
    const r = parseFigure(input);
    expect(r.value).toBe(value);
    expect(r.qualifier).toBe(qualifier);
    expect(r.written).toBe(String(input).trim());
  });

  it('keeps decimals exact (no float drift)', () => {
    expect(parseFigure('126.38万').value).toBe(1263800);
    expect(parseFigure('0.1万').value).toBe(1000);
    expect(parseFigure('1.1万').value).toBe(11000);
    expect(parseFigure('4.35万').value).toBe(43500);
  });

  it('accepts a unit that matches the metric', () => {
    expect(parseFigure('13024册', { unit: '册' }).value).toBe(13024);
    expect(parseFigure('18.9万册次', { unit: '册次' }).value).toBe(189000);
  });
});

describe('parseFigure: rejected forms', () => {
  it.each([
    ['42万多多', 'double-qualifier'],
    ['约200万余', 'double-qualifier'],
    ['约', 'no-number'],
    ['-5', 'negative'],
    [-5, 'negative'],
    ['负5', 'negative'],
    ['1,2', 'bad-grouping'],
    ['12,34', 'bad-grouping'],
    ['万', 'no-number'],
    ['', 'empty'],
    ['   ', 'empty'],
    ['abc', 'unexpected-text'],
    ['1.5.3', 'unexpected-text'],
    ['3万5', 'ambiguous'],
    ['两千五', 'ambiguous'],
    ['千万', 'no-number'],
    ['万千', 'no-number'],
    ['1万1万', 'bad-order'],
    ['几十万', 'unexpected-text'],
    [Number.NaN, 'not-finite'],
    [Number.POSITIVE_INFINITY, 'not-finite'],
  ] as const)('%j → %s', (input, code) => {
    let err: unknown;
    try {
      parseFigure(input);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(FigureFormatError);
    expect((err as FigureFormatError).code).toBe(code);
  });

  it('rejects a unit that is not the metric’s', () => {
    expect(() => parseFigure('42万人次', { unit: '册次' })).toThrowError(/unit-mismatch/);
  });

  it('rejects fractions for counts', () => {
    expect(() => parseFigure('12.5', { wholeNumber: true })).toThrowError(/not-whole/);
    expect(() => parseFigure('1.23456万', { wholeNumber: true })).toThrowError(/not-whole/);
    expect(parseFigure('12.5').value).toBe(12.5);
  });
});
