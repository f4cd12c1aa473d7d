import { describe, expect, it } from 'vitest';
import { OKABE_ITO, palette } from '../../../src/lib/charts/palette.ts';
import { MULTIPLE_BOX, MULTIPLE_VIEWBOX, smallMultipleBars } from '../../../src/lib/charts/small-multiple.ts';
import { lineSpec } from '../../../src/lib/charts/specs.ts';
import { visitsRow } from '../../support/factories.ts';

const rows = [visitsRow('beihai', 2019, 200, '200'), visitsRow('beihai', 2021, 100, '约100', 'about')];
const colors = palette(['nanhai', 'beihai']);
const spec = lineSpec(rows, 'use.visits', colors, ['beihai']);
if (!spec) throw new Error('spec');

describe('smallMultipleBars', () => {
  const view = smallMultipleBars(spec);

  it('has one bar per year in the library’s colour, a gap where there is no report', () => {
    expect(view.bars.map((b) => b !== null)).toEqual([true, false, true]);
    expect(view.color).toBe(colors.get('beihai')?.color);
  });

  it('scales the tallest bar to the box and draws inexact values hollow', () => {
    const [tall, , half] = view.bars;
    expect(tall).toMatchObject({
      height: MULTIPLE_BOX.tallest,
      y: MULTIPLE_BOX.height - MULTIPLE_BOX.tallest,
      exact: true,
    });
    expect(half).toMatchObject({ height: MULTIPLE_BOX.tallest / 2, exact: false });
    const w = MULTIPLE_BOX.width / 3;
    expect(half?.x).toBeCloseTo(2 * w + w * 0.2);
    expect(half?.width).toBeCloseTo(w * 0.6);
    expect(MULTIPLE_VIEWBOX).toBe('0 0 100 40');
  });

  it('draws nothing, in the first colour, for a spec without a series', () => {
    expect(smallMultipleBars({ ...spec, series: [], categories: [] })).toEqual({ color: OKABE_ITO[0], bars: [] });
  });
});
