/**
 * The words a chart image carries (title, unit, legend, notes, sources, site, licence) and where they go:
 * a legend only for more than one library, notes worded for an image (no table beside it), text that
 * wraps inside the image's width, and a frame that makes the image taller than its drawing.
 */
import { describe, expect, it } from 'vitest';
import { countChartView, figureChartView } from '../../../src/lib/charts/chart-figure.ts';
import { CHART_IMAGE } from '../../../src/lib/charts/chart-files.ts';
import { frameShowing, imageFrame, type FrameInput } from '../../../src/lib/charts/image-frame.ts';
import { chartImageLayout, FRAME, frameLayout } from '../../../src/lib/charts/image-layout.ts';
import { textWidth, wrapText } from '../../../src/lib/charts/text-wrap.ts';
import { palette } from '../../../src/lib/charts/palette.ts';
import { barSpec, countSpec, DRAWN_BARS, lineSpec } from '../../../src/lib/charts/specs.ts';
import { frameWords } from '../../../src/i18n/chart-strings.ts';
import { t } from '../../../src/i18n/ui.ts';
import { twoMonthCounts, visitsRow } from '../../support/factories.ts';

const rows = [
  visitsRow('beihai', 2020, 500000, '50万多', 'more-than'),
  visitsRow('beihai', 2021, 420000, '42万多', 'more-than', { period: '上半年' }),
  visitsRow('nanhai', 2021, 176282, '176282'),
];
const colors = palette(['beihai', 'nanhai']);
const line = lineSpec(rows, 'use.visits', colors)!;
const bar = barSpec(rows, 'use.visits', colors, 2021)!;
const zh = frameWords(t('zh').chart);
const en = frameWords(t('en').chart);
const input = (over: Partial<FrameInput> = {}): FrameInput => ({
  title: line.title,
  unit: line.unit,
  legend: figureChartView(line).legend,
  source: '来源：北海市图书馆 2021年工作总结。',
  credit: '图书馆年鉴',
  licence: '数据许可：CC BY 4.0（https://creativecommons.org/licenses/by/4.0/）',
  ...over,
});

describe('imageFrame', () => {
  it('keeps the title, words the unit, and keys every library of a line chart in its colour and shape', () => {
    const frame = imageFrame(input(), zh);
    expect(frame.title).toBe(line.title);
    expect(frame.unit).toBe(`单位：${line.unit}`);
    expect(frame.legend).toEqual(
      line.series.map((s) => ({ key: s.key, label: s.label, color: s.color, shape: s.shape })),
    );
    expect(frame.url).toBeUndefined();
  });

  it('has no legend for one set of bars, but its notes (inexact, part-year) in the image’s words', () => {
    const frame = imageFrame(input({ title: bar.title, legend: figureChartView(bar).legend }), zh);
    expect(frame.legend).toEqual([]);
    const { inexactBars, partYear } = t('zh').chart.legendNotes;
    expect(frame.notes).toEqual([inexactBars, partYear]);
  });

  it('says a selection without pointing to a table below (an image has none)', () => {
    const many = Array.from({ length: DRAWN_BARS + 5 }, (_, i) => visitsRow(`l${i}`, 2021, 1000 + i, `${1000 + i}`));
    const spec = barSpec(many, 'use.visits', palette([]))!;
    const zhNotes = imageFrame(input({ legend: figureChartView(spec).legend }), zh).notes;
    expect(zhNotes[0]).toContain(`共 ${DRAWN_BARS + 5} 个馆`);
    expect(zhNotes.join('')).not.toContain('下表');
    const enNotes = imageFrame(input({ legend: figureChartView(spec).legend }), en).notes;
    expect(enNotes[0]).toMatch(/^Of 25 libraries.*web page$/);
  });

  it('keys a stacked count chart by library; the stacking note follows', () => {
    const counts = countSpec(
      twoMonthCounts([
        { key: 'beihai', label: '北海市图书馆', counts: [1, 2] },
        { key: 'nanhai', label: '南海区图书馆', counts: [0, 3] },
      ]),
      colors,
    );
    const frame = imageFrame(input({ legend: countChartView(counts).legend, unit: counts.unit }), zh);
    expect(frame.legend.map((s) => s.label)).toEqual(['北海市图书馆', '南海区图书馆']);
    expect(frame.notes).toEqual([t('zh').chart.legendNotes.stackOrder]);
  });

  it('keeps the page address when given, and drops the libraries the reader hid from the legend', () => {
    const frame = imageFrame(input({ url: 'https://example.org/compare/use/visits/' }), zh);
    expect(frame.url).toBe('https://example.org/compare/use/visits/');
    expect(frameShowing(frame, undefined)).toBe(frame);
    expect(frameShowing(frame, ['beihai', 'nanhai']).legend).toHaveLength(2);
    // One library left: no legend (its colour needs no key).
    expect(frameShowing(frame, ['nanhai']).legend).toEqual([]);
  });
});

describe('wrapText', () => {
  it.each([
    ['short', '馆藏总量：历年', 17, 400, ['馆藏总量：历年']],
    ['between CJK characters', '一二三四五六', 10, 30, ['一二三', '四五六']],
    ['closing punctuation stays with its character', '一二，三四', 10, 30, ['一二，', '三四']],
    ['at spaces between words', 'Library visits over the years', 10, 100, ['Library visits', 'over the years']],
    ['inside a word longer than the line', 'https://example.org/a', 10, 60, ['https://e', 'xample.or', 'g/a']],
  ])('%s', (_, text, size, width, lines) => {
    expect(wrapText(text, size, width)).toEqual(lines);
  });

  it('never makes a line wider than asked, and loses no character', () => {
    const text = '来源：北海市图书馆 2020年工作总结；北海市图书馆 2021年工作总结；南海区图书馆 2023年工作总结。';
    const lines = wrapText(text, 12, 200);
    expect(lines.length).toBeGreaterThan(1);
    for (const l of lines) expect(textWidth(l, 12)).toBeLessThanOrEqual(200);
    expect(lines.join('').replace(/\s/g, '')).toBe(text.replace(/\s/g, ''));
  });

  it('estimates a CJK character at one em and Latin narrower', () => {
    expect(textWidth('图书馆', 10)).toBe(30);
    expect(textWidth('abc', 10)).toBeLessThan(30);
  });
});

describe('frameLayout', () => {
  const frame = imageFrame(input({ url: 'https://example.org/compare/use/visits/' }), zh);

  it('puts title, unit and legend above the drawing and the sources, address and licence below it', () => {
    const layout = frameLayout(frame, CHART_IMAGE.width, 300);
    const above = layout.texts.filter((x) => x.y < layout.plot.y).map((x) => x.text);
    const below = layout.texts.filter((x) => x.y > layout.plot.y + 300).map((x) => x.text);
    expect(above).toEqual([frame.title, frame.unit, ...frame.legend.map((s) => s.label), ...frame.notes]);
    expect(below.join('')).toContain('北海市图书馆 2021年工作总结');
    expect(below.join(' ')).toContain('图书馆年鉴 https://example.org/compare/use/visits/');
    expect(below.at(-1)).toBe(frame.licence);
    expect(layout.marks.map((m) => m.swatch.key)).toEqual(['beihai', 'nanhai']);
    expect(layout.ruleY).toBeGreaterThan(layout.plot.y + 300);
    expect(layout.height).toBeGreaterThan(layout.ruleY);
  });

  it('keeps every text inside the image and wraps more lines on a phone', () => {
    for (const width of [CHART_IMAGE.width, 360]) {
      const layout = frameLayout(frame, width, 300);
      for (const x of layout.texts) {
        expect(x.x + Math.min(textWidth(x.text, x.size), x.maxWidth)).toBeLessThanOrEqual(width - FRAME.pad);
        expect(x.y + x.size).toBeLessThanOrEqual(layout.height);
      }
    }
    expect(frameLayout(frame, 360, 300).height).toBeGreaterThan(frameLayout(frame, CHART_IMAGE.width, 300).height);
  });

  it('makes a chart image taller than its drawing: the drawing keeps its own height', () => {
    const layout = chartImageLayout({ spec: line, frame });
    expect(layout.plot.height).toBe(CHART_IMAGE.height);
    expect(layout.plot.y).toBeGreaterThan(FRAME.title);
    expect(layout.height).toBeGreaterThan(CHART_IMAGE.height + 80);
    expect(Number.isInteger(layout.plot.y) && Number.isInteger(layout.height)).toBe(true);
  });
});
