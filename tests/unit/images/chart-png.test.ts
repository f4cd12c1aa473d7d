/**
 * The build-time chart renderer: the same bytes every time, the documented size, and a refusal to draw
 * text the bundled font does not cover (it would come from a system font and differ between machines).
 */
import { describe, expect, it } from 'vitest';
import { drawChart, renderChartPng } from '../../../src/images/chart-png.ts';
import { assertDrawable } from '../../../src/images/cjk-font.ts';
import { renderCard } from '../../../src/images/social-png.ts';
import { CHART_IMAGE } from '../../../src/lib/charts/chart-files.ts';
import { figureRow, twoMonthCounts } from '../../support/factories.ts';
import { palette } from '../../../src/lib/charts/palette.ts';
import { barSpec, countSpec, lineSpec } from '../../../src/lib/charts/specs.ts';
import { cardChart } from '../../../src/lib/views/social-card.ts';
import { SOCIAL_IMAGE } from '../../../src/lib/site/social-meta.ts';

const row = (library: string, libraryName: string, year: number, value: number, written: string, qualifier = 'exact') =>
  figureRow({ library, libraryName, year, value, written, qualifier, label: '馆藏总量', quote: '' });
const rows = [
  row('beihai', '北海市图书馆', 2020, 1000000, '100万余', 'more-than'),
  row('beihai', '北海市图书馆', 2021, 1100000, '约110万', 'about'),
  row('nanhai', '南海区图书馆', 2023, 3794200, '379.42万'),
];
const colors = palette(['beihai', 'nanhai']);
const bar = barSpec(rows, 'collection.total', colors)!;

/** Width and height from a PNG's IHDR chunk. */
const size = (png: Buffer) => ({ width: png.readUInt32BE(16), height: png.readUInt32BE(20) });
const isPng = (png: Buffer) => png.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));

describe('renderChartPng', () => {
  it(
    'draws bar, line and count specs as PNGs of CHART_IMAGE size at its pixel ratio',
    { timeout: 60_000 },
    async () => {
      const counts = countSpec(
        twoMonthCounts([{ key: 'beihai', label: '北海', counts: [1, 2] }], { ticks: [['1月', '2021年'], ['2月']] }),
        colors,
      );
      for (const spec of [bar, lineSpec(rows, 'collection.total', colors)!, counts]) {
        const png = await renderChartPng(spec);
        expect(isPng(png), spec.id).toBe(true);
        expect(size(png)).toEqual({
          width: CHART_IMAGE.width * CHART_IMAGE.ratio,
          height: CHART_IMAGE.height * CHART_IMAGE.ratio,
        });
      }
    },
  );

  it('writes the same bytes every time', { timeout: 60_000 }, async () => {
    const [a, b] = [await renderChartPng(bar), await renderChartPng(bar)];
    expect(a.equals(b)).toBe(true);
  });

  it('draws what the state shows', { timeout: 60_000 }, () => {
    const all = drawChart(bar).toBuffer('image/png');
    const one = drawChart(bar, CHART_IMAGE, { scale: 'linear', libraries: ['nanhai'] }).toBuffer('image/png');
    expect(all.equals(one)).toBe(false);
  });

  it('refuses text the bundled font does not cover', { timeout: 60_000 }, () => {
    expect(() => assertDrawable('北海市图书馆（2021年）126.38万＊')).not.toThrow();
    const odd = barSpec([row('x', '图书馆\u{1F600}', 2021, 1, '1')], 'collection.total', colors)!;
    expect(() => drawChart(odd)).toThrow(/U\+1F600/);
  });
});

describe('renderCard', () => {
  it('draws a 1200×630 card with a chart, the same bytes every time', { timeout: 60_000 }, async () => {
    const card = {
      title: '北海市图书馆',
      subtitle: '广西壮族自治区 北海市 · 地市级 · 年度报告 2020、2021',
      chart: cardChart(rows, 'beihai', colors),
      note: '图中数字照报告原文写法。',
      color: '#D55E00',
    };
    expect(card.chart?.spec.kind).toBe('line');
    const png = await renderCard(card);
    expect(size(png)).toEqual(SOCIAL_IMAGE);
    expect((await renderCard(card)).equals(png)).toBe(true);
    expect((await renderCard({ ...card, chart: undefined })).equals(png)).toBe(false);
  });
});
