/** Typing slips in a written figure (src/lib/model/figure-typos.ts): each found, with the exact fix. */
import { describe, expect, it } from 'vitest';
import { asYamlValue, figureTypo } from '../../../src/lib/model/figure-typos.ts';
import { parseFigure } from '../../../src/lib/model/parse-figure.ts';

describe('figureTypo', () => {
  it.each([
    ['２８６４５３', ['full-width'], '286453'],
    ['１２．６８万', ['full-width'], '12.68万'],
    ['12, 683', ['spaced-separator'], '12,683'],
    ['12 ,683', ['spaced-separator'], '12,683'],
    ['12 683', ['spaced-separator'], '12683'],
    ['“12.5万”', ['curly-quotes'], '12.5万'],
    ['「约20万」', ['curly-quotes'], '约20万'],
    ['“２８６，４５３”', ['curly-quotes', 'full-width'], '286,453'],
  ])('%s → %j, fixed to %s', (written, codes, fixed) => {
    expect(figureTypo(written)).toEqual({ codes, fixed });
    // The fix is a figure the parser reads.
    expect(() => parseFigure(fixed)).not.toThrow();
  });

  it.each(['286453', '126.38万', '126.38 万', '42万多', '约 18.2 万', '1,234', '七千多'])('%s has no slip', (w) =>
    expect(figureTypo(w)).toBeUndefined(),
  );

  it('writes the fix as YAML: digits bare, anything else quoted', () => {
    expect(asYamlValue('286453')).toBe('286453');
    expect(asYamlValue('12.5万')).toBe('"12.5万"');
  });
});
