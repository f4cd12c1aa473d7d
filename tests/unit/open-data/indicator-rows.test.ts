/** Per-capita rows of the open data: only with a population with a source; the population travels along. */
import { describe, expect, it } from 'vitest';
import type { FigureRow } from '../../../src/lib/model/figure-rows.ts';
import { indicatorRows } from '../../../src/lib/open-data/indicator-rows.ts';
import { INDICATOR_COLUMNS, columnNames, publish } from '../../../src/lib/open-data/columns.ts';
import { toCsv } from '../../../src/lib/open-data/csv.ts';
import type { ServicePopulation } from '../../../src/lib/model/population.ts';

const row = (metric: string, p: Partial<FigureRow>): FigureRow => ({
  library: 'demo',
  libraryName: '示例市图书馆',
  year: 2021,
  metric,
  label: metric,
  value: 0,
  qualifier: 'exact',
  unit: '',
  written: '',
  wording: '',
  scope: 'library',
  labels: [],
  labelsText: '',
  period: '',
  change: '',
  note: '',
  discrepancy: '',
  quote: '',
  quoteLine: 0,
  ...p,
});
const population: ServicePopulation = {
  value: 1853227,
  qualifier: 'exact',
  written: '1853227',
  year: 2020,
  source: '示例市第七次全国人口普查主要数据公报',
  area: '示例市',
  note: '服务人口按示例市常住人口计',
};
const rows = [
  row('use.visits', { value: 420000, qualifier: 'more-than', written: '42万多', wording: '42万多人次' }),
  row('events.total', { value: 301, written: '301', wording: '301场次', labels: ['includes-online'] }),
  row('online.activities', { value: 8, written: '8', period: '2021-01/2021-06' }),
];

describe('indicatorRows', () => {
  it('one row per present indicator, with the figure as worded and the population with its source', () => {
    const out = indicatorRows(rows, population);
    expect(out.map((r) => r.indicator)).toEqual(['visitsPerCapita', 'eventsPer10k']);
    expect(out[0]).toMatchObject({
      id: 'demo-2021-visitsPerCapita',
      library: 'demo',
      year: 2021,
      value: 0.22,
      qualifier: 'more-than',
      text: '超过 0.22 人次/人',
      inputs: 'use.visits',
      inputWording: '42万多人次',
      scope: 'library',
      divides: '本馆数字 ÷ 示例市常住人口',
      population: 1853227,
      populationYear: 2020,
      populationSource: '示例市第七次全国人口普查主要数据公报',
      populationNote: '服务人口按示例市常住人口计',
    });
    expect(out[1]).toMatchObject({ value: 1.62, labels: ['includes-online'] });
  });
  it('nothing without a population', () => {
    expect(indicatorRows(rows, undefined)).toEqual([]);
  });
  it('writes labels space-separated in CSV, and null for an absent optional value in JSON', () => {
    const published = indicatorRows(rows, population).map((r) => publish(INDICATOR_COLUMNS, { ...r }));
    const csv = toCsv(published, columnNames(INDICATOR_COLUMNS));
    expect(csv.split('\r\n')[0]).toBe(`\uFEFF${columnNames(INDICATOR_COLUMNS).join(',')}`);
    expect(csv).toContain(',includes-online,');
    expect(published[0]?.['populationUrl']).toBeNull();
    expect(Object.keys(published[0] ?? {})).toEqual(columnNames(INDICATOR_COLUMNS));
  });
});
