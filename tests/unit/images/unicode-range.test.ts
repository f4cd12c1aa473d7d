import { describe, expect, it } from 'vitest';
import { parseUnicodeRange, uncoveredChars } from '../../../src/images/unicode-range.ts';

describe('parseUnicodeRange', () => {
  it.each([
    ['U+20', [[0x20, 0x20]]],
    [
      'U+4e00-4e0f, U+ff01',
      [
        [0x4e00, 0x4e0f],
        [0xff01, 0xff01],
      ],
    ],
    ['u+1F300-1f357,', [[0x1f300, 0x1f357]]],
  ])('%s', (value, out) => expect(parseUnicodeRange(value)).toEqual(out));

  it.each(['U+4e00-', 'U+??', '4e00', 'U+4e0f-4e00'])('refuses %j', (value) =>
    expect(() => parseUnicodeRange(value)).toThrow(/unicode-range/),
  );
});

describe('uncoveredChars', () => {
  const ranges = parseUnicodeRange('U+20-7e,U+4e00-9fff');
  it('is empty when every character is covered', () => expect(uncoveredChars('图书馆 ABC 126', ranges)).toEqual([]));
  it('lists each uncovered character once, in order', () =>
    expect(uncoveredChars('约（42万多）😀（', ranges)).toEqual(['（', '）', '😀']));
});
