/**
 * The build-time chart renderer: the same bytes every time, the documented size, the frame of words drawn
 * around the chart (title above, sources and licence below), and a refusal to draw text the bundled font does not cover (it would come from a system font and differ between machines).
 */
import { createCanvas, loadImage } from '@napi-rs/canvas';
import { describe, expect, it } from 'vitest';
import { drawChart, renderChartPng } from '../../../src/images/chart-png.ts';
import { assertDrawable } from '../../../src/images/cjk-font.ts';
import { renderCard } from '../../../src/images/social-png.ts';
import { CHART_IMAGE } from '../../../src/lib/charts/chart-files.ts';
import { figureChartView } from '../../../src/lib/charts/chart-figure.ts';
import { imageFrame } from '../../../src/lib/charts/image-frame.ts';
import { chartImageLayout } from '../../../src/lib/charts/image-layout.ts';
import { frameWords } from '../../../src/i18n/chart-strings.ts';
import { t } from '../../../src/i18n/ui.ts';
import { figureRow, twoMonthCounts } from '../../support/factories.ts';
import { palette } from '../../../src/lib/charts/palette.ts';
import { barSpec, countSpec, lineSpec, type AnyChartSpec } from '../../../src/lib/charts/specs.ts';
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
const line = lineSpec(rows, 'collection.total', colors)!;

/** The frame a chart image of `spec` carries (src/data/chart-images.ts words it so). */
const framed = <S extends AnyChartSpec>(spec: S) => ({
  spec,
  frame: imageFrame(
    {
      title: spec.title,
      unit: spec.unit,
      legend: spec.kind === 'counts' ? undefined : figureChartView(spec).legend,
      source: '来源：北海市图书馆 2020年工作总结；北海市图书馆 2021年工作总结；南海区图书馆 2023年工作总结。',
      credit: '图书馆年鉴',
      url: 'https://library-yearbook.example.org/compare/collection/total/',
      licence: '数据许可：CC BY 4.0（https://creativecommons.org/licenses/by/4.0/）',
    },
    frameWords(t('zh').chart),
  ),
});

/** Width and height from a PNG's IHDR chunk. */
const size = (png: Buffer) => ({ width: png.readUInt32BE(16), height: png.readUInt32BE(20) });
const isPng = (png: Buffer) => png.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));

describe('renderChartPng', () => {
  it(
    'draws bar, line and count specs CHART_IMAGE wide at its pixel ratio, framed: taller than the drawing by the layout',
    { timeout: 60_000 },
    async () => {
      const counts = countSpec(
        twoMonthCounts([{ key: 'beihai', label: '北海', counts: [1, 2] }], { ticks: [['1月', '2021年'], ['2月']] }),
        colors,
      );
      for (const spec of [bar, line, counts]) {
        const input = framed(spec);
        const png = await renderChartPng(input);
        const layout = chartImageLayout(input);
        expect(isPng(png), spec.id).toBe(true);
        expect(size(png)).toEqual({
          width: CHART_IMAGE.width * CHART_IMAGE.ratio,
          height: layout.height * CHART_IMAGE.ratio,
        });
        expect(layout.height, spec.id).toBeGreaterThan(CHART_IMAGE.height + 80);
      }
    },
  );

  it('draws the title above the chart and the footer below it', { timeout: 60_000 }, async () => {
    const input = framed(line);
    const layout = chartImageLayout(input);
    const image = await loadImage(await renderChartPng(input));
    const canvas = createCanvas(image.width, image.height);
    const g = canvas.getContext('2d');
    g.drawImage(image, 0, 0);
    const { ratio } = CHART_IMAGE;
    /** Whether any pixel of the band [top, bottom) (CSS px) is darker than the white background. */
    const inked = (top: number, bottom: number) => {
      const { data } = g.getImageData(0, top * ratio, image.width, (bottom - top) * ratio);
      for (let i = 0; i < data.length; i += 4) if ((data[i] ?? 255) < 200) return true;
      return false;
    };
    const [title, unit] = layout.texts;
    expect(title?.text).toBe(line.title);
    expect(inked(0, title!.y)).toBe(false);
    expect(inked(title!.y, unit!.y)).toBe(true);
    const footer = layout.texts.at(-1)!;
    expect(inked(footer.y, layout.height)).toBe(true);
    // Without its frame the same chart is only its drawing.
    const bare = drawChart(line).toBuffer('image/png');
    expect(size(bare).height).toBe(CHART_IMAGE.height * ratio);
  });

  it('writes the same bytes every time', { timeout: 60_000 }, async () => {
    const [a, b] = [await renderChartPng(framed(bar)), await renderChartPng(framed(bar))];
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
