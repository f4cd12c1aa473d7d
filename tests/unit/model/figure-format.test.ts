import { describe, expect, it } from 'vitest';
import { fullNumber, withUnit } from '../../../src/lib/model/figure-format.ts';

describe('fullNumber', () => {
  it.each([
    [0, '0'],
    [999, '999'],
    [1263800, '1,263,800'],
    [1263800.25, '1,263,800.25'],
    [0.5, '0.5'],
  ])('%s → %s', (value, shown) => expect(fullNumber(value)).toBe(shown));
});

describe('withUnit', () => {
  it.each([
    ['42万多', '人次', '42万多人次'],
    ['126.38万册', '册', '126.38万册'],
    ['364565', '册', '364565册'],
    ['12', '', '12'],
  ])('%s + %s → %s', (written, unit, shown) => expect(withUnit(written, unit)).toBe(shown));
});
