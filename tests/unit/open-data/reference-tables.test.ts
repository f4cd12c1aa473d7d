/** The metric catalog and the libraries as open-data tables. */
import { describe, expect, it } from 'vitest';
import { METRICS } from '../../../src/lib/model/catalog.ts';
import { LIBRARY_COLUMNS, METRIC_COLUMNS, columnNames } from '../../../src/lib/open-data/columns.ts';
import { libraryRecords, metricRecords } from '../../../src/lib/open-data/reference-tables.ts';

describe('metricRecords', () => {
  it('one row per catalog metric, every column, look-alikes as ids and notes', () => {
    const rows = metricRecords(METRICS);
    expect(rows.map((r) => r.id)).toEqual(METRICS.map((m) => m.id));
    for (const r of rows) expect(Object.keys(r)).toEqual(columnNames(METRIC_COLUMNS));
    const withLookAlike = METRICS.find((m) => (m.differsFrom ?? []).length > 0);
    expect(withLookAlike).toBeDefined();
    const row = rows.find((r) => r.id === withLookAlike?.id);
    const first = withLookAlike?.differsFrom?.[0];
    expect(row?.differsFrom).toContain(first?.id);
    expect(row?.differsFromNote).toContain(`${first?.id}：${first?.note}`);
  });
});

describe('libraryRecords', () => {
  const base = {
    name: '示例市图书馆',
    nameEn: 'Demo Library',
    level: 'city',
    region: { province: '某省', city: '示例市' },
  };
  it('flattens the region and the population with its source; null without a population', () => {
    const [withPop, without] = libraryRecords([
      {
        ...base,
        id: 'demo',
        population: { value: 3667200, qualifier: 'exact', written: '366.72万', year: 2020, source: '公报' },
      },
      { ...base, id: 'other' },
    ]);
    expect(Object.keys(withPop ?? {})).toEqual(columnNames(LIBRARY_COLUMNS));
    expect(withPop).toMatchObject({
      province: '某省',
      population: 3667200,
      populationWritten: '366.72万',
      populationSource: '公报',
      populationUrl: null,
    });
    expect(without).toMatchObject({ id: 'other', population: null, populationSource: null, website: null });
  });
});
