import { describe, expect, it } from 'vitest';
import { GROUPS, METRICS, metric } from '../../../src/lib/model/catalog.ts';
import { metricDictionary } from '../../../src/lib/views/metric-dictionary.ts';
import { reporterLabelEn } from '../../../src/lib/views/metric-reporters.ts';
import { figureRow } from '../../support/factories.ts';

const rows = [
  figureRow({ library: 'beihai', year: 2020, value: 1, metric: 'use.loans' }),
  figureRow({ library: 'beihai', year: 2021, value: 2, metric: 'use.loans' }),
  figureRow({ library: 'nanhai', year: 2023, value: 3, metric: 'use.loans' }),
];

describe('metricDictionary', () => {
  it('holds every catalog metric once, in its group, in catalog order', () => {
    const d = metricDictionary(rows);
    expect(d.metricCount).toBe(METRICS.length);
    expect(d.groups.map((g) => g.group)).toEqual([...GROUPS]);
    expect(d.groups.flatMap((g) => g.entries.map((e) => e.metric))).toEqual(
      GROUPS.flatMap((g) => METRICS.filter((m) => m.group === g.id)),
    );
  });

  it('gives each metric its look-alikes with the note, and who reports it', () => {
    const entry = metricDictionary(rows)
      .groups.flatMap((g) => g.entries)
      .find((e) => e.metric.id === 'use.loans');
    const look = metric('use.loans').differsFrom?.[0];
    expect(entry?.lookAlikes).toEqual([{ metric: metric(look?.id ?? ''), note: look?.note, noteEn: look?.noteEn }]);
    expect(entry?.reporters).toEqual(['beihai馆（2020、2021）', 'nanhai馆（2023）']);
  });

  it('names libraries and years as the page’s language does', () => {
    const entry = metricDictionary(rows, new Map([['beihai', 'Beihai City Library']]), reporterLabelEn)
      .groups.flatMap((g) => g.entries)
      .find((e) => e.metric.id === 'use.loans');
    expect(entry?.reporters).toEqual(['Beihai City Library (2020, 2021)', 'nanhai馆 (2023)']);
  });

  it('leaves a metric nobody reports with no reporters', () => {
    const entries = metricDictionary([]).groups.flatMap((g) => g.entries);
    expect(entries.every((e) => e.reporters.length === 0)).toBe(true);
  });
});
