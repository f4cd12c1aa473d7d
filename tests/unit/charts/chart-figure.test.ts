import { describe, expect, it } from 'vitest';
import {
  chartHeading,
  chartHeadingId,
  chartSources,
  countChartView,
  figureChartView,
  LISTED_REPORTS,
  specJson,
} from '../../../src/lib/charts/chart-figure.ts';
import { palette } from '../../../src/lib/charts/palette.ts';
import { barSpec, countSpec, DRAWN_BARS, DRAWN_LINES, lineSpec, specPoints } from '../../../src/lib/charts/specs.ts';
import { visitsRow } from '../../support/factories.ts';

const rows = [
  visitsRow('beihai', 2020, 500000, '50万多', 'more-than'),
  visitsRow('beihai', 2021, 420000, '42万多', 'more-than', { period: '上半年' }),
  visitsRow('nanhai', 2023, 176282, '176282'),
  visitsRow('balinzuoqi', 2021, 176282, '176282'),
];
const colors = palette(['beihai', 'nanhai', 'balinzuoqi']);
const bar = barSpec(rows, 'use.visits', colors);
const line = lineSpec(rows, 'use.visits', colors);
if (!bar || !line) throw new Error('fixture specs');

/** `n` libraries, one figure each in 2021. */
const many = (n: number) =>
  Array.from({ length: n }, (_, i) => visitsRow(`lib${String(i).padStart(4, '0')}`, 2021, 1000 + i, `${1000 + i}`));

describe('chart heading ids and JSON', () => {
  it.each([
    ['bar-use.visits', 'chart-bar-use-visits'],
    ['line-use.visits-beihai', 'chart-line-use-visits-beihai'],
    ['monthly-all', 'chart-monthly-all'],
  ])('%s → %s', (id, headingId) => {
    expect(chartHeadingId(id)).toBe(headingId);
  });

  it('escapes < so no value can close the script element, and parses back to the spec', () => {
    const spec = { ...bar, title: '</script><b>x</b>' };
    const json = specJson(spec);
    expect(json).not.toContain('<');
    expect(JSON.parse(json)).toEqual(spec);
  });
});

describe('chartHeading', () => {
  it('names the year when every bar has the same one, else the latest of each', () => {
    expect(chartHeading(bar)).toEqual({ kind: 'bar', year: undefined });
    const same = barSpec(rows, 'use.visits', colors, 2021);
    expect(same && chartHeading(same)).toEqual({ kind: 'bar', year: 2021 });
    expect(chartHeading(line)).toEqual({ kind: 'line' });
  });
});

describe('figureChartView', () => {
  it('lists bars as drawn and lines largest first, ties by library then year', () => {
    expect(figureChartView(bar).rows).toEqual(specPoints(bar));
    expect(figureChartView(line).rows.map((p) => `${p.library} ${p.year}`)).toEqual([
      'beihai 2020',
      'beihai 2021',
      'balinzuoqi 2021',
      'nanhai 2023',
    ]);
  });

  it('names libraries as the page does, in the table, the legend and the sources', () => {
    const names = new Map([['beihai', 'Beihai City Library']]);
    const view = figureChartView(line, names);
    expect(view.rows.filter((p) => p.library === 'beihai').map((p) => p.libraryName)).toEqual([
      'Beihai City Library',
      'Beihai City Library',
    ]);
    expect(view.rows.find((p) => p.library === 'nanhai')?.libraryName).toBe('nanhai馆');
    const series = view.legend?.entries.flatMap((e) => (e.kind === 'series' ? [e.label] : []));
    expect(series).toEqual(['balinzuoqi馆', 'Beihai City Library', 'nanhai馆']);
    expect(view.sources).toEqual({
      kind: 'list',
      reports: [
        { libraryName: 'balinzuoqi馆', year: 2021 },
        { libraryName: 'Beihai City Library', year: 2020 },
        { libraryName: 'Beihai City Library', year: 2021 },
        { libraryName: 'nanhai馆', year: 2023 },
      ],
    });
  });

  it('notes inexact and part-year values in the legend, and bars have no library lines', () => {
    expect(figureChartView(bar).legend).toEqual({
      stacked: false,
      entries: [{ kind: 'inexact', chart: 'bar' }, { kind: 'part-year' }],
    });
    const exact = barSpec([visitsRow('nanhai', 2023, 1, '1')], 'use.visits', colors);
    expect(exact && figureChartView(exact).legend).toEqual({ stacked: false, entries: [] });
  });

  it('draws a selection of many bars across, says so with the numbers, and keeps every row', () => {
    const spec = barSpec(many(DRAWN_BARS + 5), 'use.visits', palette([]));
    if (!spec) throw new Error('spec');
    const view = figureChartView(spec);
    expect(view.rows).toHaveLength(DRAWN_BARS + 5);
    expect(view.size).toBe('across-l');
    const selection = view.legend?.entries[0];
    expect(selection).toMatchObject({
      kind: 'selection',
      selection: { kind: 'bar', total: DRAWN_BARS + 5, drawn: DRAWN_BARS / 2 },
    });
    expect(JSON.parse(view.json)).toMatchObject({ selection: expect.any(String) as string });
    expect(view.summary).toContain(`共 ${DRAWN_BARS + 5} 个馆`);
  });

  it('draws a selection of many lines', () => {
    const spec = lineSpec(many(DRAWN_LINES + 2), 'use.visits', palette([]));
    if (!spec) throw new Error('spec');
    const entries = figureChartView(spec).legend?.entries ?? [];
    expect(entries[0]).toMatchObject({ kind: 'selection', selection: { kind: 'line', total: DRAWN_LINES + 2 } });
    expect(entries.filter((e) => e.kind === 'series')).toHaveLength(DRAWN_LINES);
  });

  it('draws few bars upright at the default height', () => {
    const view = figureChartView(bar);
    expect(view.size).toBe('');
    expect(view.headingId).toBe('chart-bar-use-visits');
  });
});

describe('chartSources', () => {
  it(`names up to ${LISTED_REPORTS} reports, each once, and counts more`, () => {
    const points = specPoints(line);
    expect(chartSources([...points, ...points])).toEqual(chartSources(points));
    const rowsOf = (n: number) => many(n).map((r, i) => ({ ...r, year: 2020 + (i % 3) }));
    const listed = lineSpec(rowsOf(LISTED_REPORTS), 'use.visits', palette([]));
    const counted = lineSpec(rowsOf(LISTED_REPORTS + 1), 'use.visits', palette([]));
    if (!listed || !counted) throw new Error('specs');
    expect(chartSources(specPoints(listed)).kind).toBe('list');
    expect(chartSources(specPoints(counted))).toEqual({
      kind: 'count',
      libraries: LISTED_REPORTS + 1,
      reports: LISTED_REPORTS + 1,
      from: 2020,
      to: 2022,
    });
  });
});

describe('countChartView', () => {
  const input = {
    id: 'monthly-all',
    title: '全部馆每月事件数',
    label: '事件数',
    unit: '条',
    keys: ['2021-01', '2021-02'],
    categories: ['2021年1月', '2021年2月'],
    series: [
      { key: 'beihai', label: '北海市图书馆', counts: [1, 2] },
      { key: 'nanhai', label: '南海区图书馆', counts: [0, 1] },
    ],
  };

  it('names the stacking order of a stacked chart, libraries in their page names', () => {
    const view = countChartView(countSpec(input, colors), new Map([['nanhai', 'Nanhai District Library']]));
    expect(view.legend?.stacked).toBe(true);
    expect(view.legend?.entries.map((e) => (e.kind === 'series' ? e.label : e.kind))).toEqual([
      '北海市图书馆',
      'Nanhai District Library',
      'stack-order',
    ]);
    expect(view.headingId).toBe('chart-monthly-all');
  });

  it('has no legend for one library', () => {
    const view = countChartView(countSpec({ ...input, series: input.series.slice(0, 1) }, colors));
    expect(view.legend).toBeUndefined();
    expect(JSON.parse(view.json)).toMatchObject({ id: 'monthly-all', stacked: false });
  });
});
