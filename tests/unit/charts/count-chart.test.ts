/** Count charts (events per month): the spec, its summary and CSV, and the pure chart.js configuration. */
import { describe, expect, it } from 'vitest';
import { countChartConfig, LIGHT_THEME } from '../../../src/lib/charts/count-chart-config.ts';
import { OKABE_ITO, palette } from '../../../src/lib/charts/palette.ts';
import { COUNT_CSV_COLUMNS, countCsvRows, countSpec } from '../../../src/lib/charts/specs.ts';
import {
  eventReports,
  eventSourceLines,
  monthlyChartSpec,
  monthlySeries,
  monthTicks,
  reportsWithoutChronicle,
} from '../../../src/lib/views/timeline.ts';
import type { ChronicleEvent } from '../../../src/lib/chronicle/event-schema.ts';
import { chronicleEvent } from '../../support/factories.ts';

const ev = chronicleEvent;

const libs = [
  { id: 'nanhai', name: '南海区图书馆' },
  { id: 'beihai', name: '北海市图书馆' },
];
const colors = palette(['beihai', 'nanhai', 'balinzuoqi']);
const events = [
  ev('beihai', '2020-01-05'),
  ev('beihai', '2020-01-09'),
  ev('nanhai', '2020-01-20'),
  ev('nanhai', '2020-03'),
  ev('beihai', '2020'),
  ev('beihai', '2021-12-31'),
];
const all = monthlyChartSpec(monthlySeries(events, libs), colors, 'all', '全部馆');

describe('monthlyChartSpec', () => {
  it('stacks one series per library in display order, each in its palette colour', () => {
    expect(all.kind).toBe('counts');
    expect(all.id).toBe('monthly-all');
    expect(all.stacked).toBe(true);
    expect(all.series.map((s) => [s.key, s.label, s.color, s.shape])).toEqual([
      ['nanhai', '南海区图书馆', colors.get('nanhai')?.color, colors.get('nanhai')?.shape],
      ['beihai', '北海市图书馆', OKABE_ITO[1], 'rect'],
    ]);
  });

  it('has the same numbers as the monthly table: every month of each year with events', () => {
    expect(all.keys).toHaveLength(24);
    expect(all.categories.slice(0, 3)).toEqual(['2020年1月', '2020年2月', '2020年3月']);
    expect(all.series[0]?.counts.slice(0, 3)).toEqual([1, 0, 1]);
    expect(all.series[1]?.counts.slice(0, 3)).toEqual([2, 0, 0]);
    expect(all.totals.slice(0, 3)).toEqual([3, 0, 1]);
    expect(all.totals.reduce((a, b) => a + b, 0)).toBe(5);
  });

  it('says in one sentence what the chart shows, naming the year-only events it leaves out', () => {
    expect(all.summary).toBe(
      '堆叠柱状图，全部馆大事记条目（按月）：2020年1月至2021年12月共 24 个月，合计 5 条；最多的是2020年1月（各 3 条）；其中南海区图书馆 2 条、北海市图书馆 3 条；另有 1 条只写了年份，不计入。',
    );
  });

  it('draws one library as plain bars', () => {
    const one = monthlyChartSpec(
      monthlySeries(
        events.filter((e) => e.library === 'nanhai'),
        [libs[0] ?? { id: '', name: '' }],
      ),
      colors,
      'nanhai',
      '南海区图书馆',
    );
    expect(one.stacked).toBe(false);
    expect(one.summary).toBe(
      '柱状图，南海区图书馆大事记条目（按月）：2020年1月至2020年12月共 12 个月，合计 2 条；最多的是2020年1月、2020年3月（各 1 条）。',
    );
  });

  it('puts the year under the first month and every January', () => {
    expect(monthTicks(['2020-11', '2020-12', '2021-01', '2021-02'])).toEqual([
      ['11月', '2020年'],
      ['12月'],
      ['1月', '2021年'],
      ['2月'],
    ]);
  });

  it('names the reports the events come from, by library then year', () => {
    expect(eventSourceLines(events, libs)).toEqual([
      '南海区图书馆 2020年工作总结',
      '北海市图书馆 2020年、2021年工作总结',
    ]);
    expect(eventReports(events, libs)).toEqual([
      { library: 'nanhai', name: '南海区图书馆', years: [2020] },
      { library: 'beihai', name: '北海市图书馆', years: [2020, 2021] },
    ]);
  });
});

describe('countSpec', () => {
  const input = { id: 'x', title: '标题', label: '事件数', unit: '条', keys: ['a', 'b'], categories: ['甲', '乙'] };

  it.each([
    ['a row of the wrong length', [{ key: 'beihai', label: '北海', counts: [1] }], /1 counts for 2 categories/],
    ['a negative count', [{ key: 'beihai', label: '北海', counts: [1, -1] }], /whole number/],
    ['a fractional count', [{ key: 'beihai', label: '北海', counts: [1.5, 1] }], /whole number/],
  ])('rejects %s', (_name, series, message) => {
    expect(() => countSpec({ ...input, series }, colors)).toThrow(message);
  });

  it('uses the categories as ticks when none are given', () => {
    const s = countSpec({ ...input, series: [{ key: 'beihai', label: '北海', counts: [0, 2] }] }, colors);
    expect(s.ticks).toEqual([['甲'], ['乙']]);
    expect(s.summary).toBe('柱状图，标题：甲至乙共 2 个类别，合计 2 条；最多的是乙（各 2 条）。');
  });

  it('says so when there is nothing to count', () => {
    const s = countSpec({ ...input, series: [{ key: 'beihai', label: '北海', counts: [0, 0] }] }, colors);
    expect(s.summary).toBe('柱状图，标题：甲至乙共 2 个类别，合计 0 条。');
  });
});

describe('chronicle charts count 大事记 entries, with gaps for years without', () => {
  const text = (library: string, start: string): ChronicleEvent => ({ ...ev(library, start), source: 'text' });
  const m = monthlySeries([ev('beihai', '2020-03-01'), text('nanhai', '2021-05-01'), ev('beihai', '2022-01-02')], libs);
  const spec = monthlyChartSpec(m, colors, 'all', '全部馆');

  it('leaves out dated sentences of the text: a library without a 大事记 is not drawn near zero', () => {
    expect(m.series.map((s) => s.library)).toEqual(['beihai']);
  });
  it('draws a year without entries as one named gap, not as twelve zeros or nothing at all', () => {
    expect(m.months).toHaveLength(25);
    expect(m.months[12]).toBe('2021');
    expect(m.gapYears).toEqual([2021]);
    expect(spec.gaps.filter(Boolean)).toHaveLength(1);
    expect(spec.categories[12]).toBe('2021年（无大事记）');
    expect(spec.ticks[12]).toEqual(['⋯', '2021年']);
    expect(spec.ticks[13]).toEqual(['1月', '2022年']);
    expect(spec.title).toBe('全部馆大事记条目（按月）');
    expect(spec.summary).toContain('共 24 个月');
    expect(spec.summary).toContain('2021年没有大事记，图中留空');
  });
  it('writes a gap as an empty count in the CSV, not 0', () => {
    const rows = countCsvRows(spec).filter((r) => r.key === '2021');
    expect(rows.map((r) => r.count)).toEqual(['']);
    expect(rows[0]?.category).toBe('2021年（无大事记）');
  });
  it('names the reports that have no 大事记', () => {
    const reports = [
      { library: 'beihai', name: '北海市图书馆', year: 2020 },
      { library: 'nanhai', name: '南海区图书馆', year: 2021 },
    ];
    expect(reportsWithoutChronicle(reports, [ev('beihai', '2020-03-01'), text('nanhai', '2021-05-01')])).toEqual([
      { library: 'nanhai', name: '南海区图书馆', years: [2021] },
    ]);
  });
});

describe('countCsvRows', () => {
  it('has one row per bar drawn (month × library), zeros included', () => {
    const rows = countCsvRows(all);
    expect(rows).toHaveLength(24 * 2);
    expect(Object.keys(rows[0] ?? {})).toEqual([...COUNT_CSV_COLUMNS]);
    expect(rows.slice(0, 2)).toEqual([
      {
        key: '2020-01',
        category: '2020年1月',
        library: 'nanhai',
        libraryName: '南海区图书馆',
        label: '大事记条目',
        count: 1,
      },
      {
        key: '2020-01',
        category: '2020年1月',
        library: 'beihai',
        libraryName: '北海市图书馆',
        label: '大事记条目',
        count: 2,
      },
    ]);
    expect(rows.reduce((n, r) => n + Number(r.count), 0)).toBe(5);
  });
});

describe('countChartConfig', () => {
  it('stacks the libraries on whole-number axes, in their colours', () => {
    const c = countChartConfig(all);
    expect(c.type).toBe('bar');
    expect(c.data.labels).toEqual(all.ticks);
    expect(c.data.datasets.map((d) => [d.label, d.backgroundColor, d.data])).toEqual(
      all.series.map((s) => [s.label, s.color, s.counts]),
    );
    expect(c.options?.scales?.['x']?.stacked).toBe(true);
    expect(c.options?.scales?.['y']?.stacked).toBe(true);
    expect((c.options?.scales?.['y']?.ticks as { precision?: number }).precision).toBe(0);
    expect(c.data.datasets[0]?.borderColor).toBe(LIGHT_THEME.bg);
  });

  it('shows only the libraries chosen', () => {
    const c = countChartConfig(all, LIGHT_THEME, ['beihai']);
    expect(c.data.datasets.map((d) => d.label)).toEqual(['北海市图书馆']);
  });

  it('is plain data plus a plugin: the same spec gives the same config (no DOM needed)', () => {
    const a = countChartConfig(all);
    const b = countChartConfig(all);
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
    expect(a.plugins?.map((p) => p.id)).toEqual(['countGaps', 'countTotals']);
  });
});

describe('many libraries', () => {
  const many = Array.from({ length: 9 }, (_, i) => ({ id: `lib${i}`, name: `馆${i}` }));
  const evs = many.map((l, i) => ev(l.id, `2021-${String(i + 1).padStart(2, '0')}-01`));
  const spec = monthlyChartSpec(monthlySeries(evs, many), palette(many.map((l) => l.id)), 'all', '全部馆');

  it('draws more libraries than there are distinct colours as one total series', () => {
    expect(many.length).toBeGreaterThan(OKABE_ITO.length);
    expect(spec.stacked).toBe(false);
    expect(spec.series.map((s) => [s.key, s.label])).toEqual([['all', '全部馆']]);
    expect(spec.series[0]?.counts).toEqual([1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0]);
  });

  it('counts in one pass what the per-library loop counted', () => {
    const m = monthlySeries(evs, many.slice(0, 2));
    expect(m.series.map((s) => s.counts.slice(0, 3))).toEqual([
      [1, 0, 0],
      [0, 1, 0],
    ]);
    expect(m.totals.slice(0, 3)).toEqual([1, 1, 0]);
  });
});
