/** Profile small multiples: the compare pages' line spec, restricted to one library, metrics with 2+ years. */
import { describe, expect, it } from 'vitest';
import type { FigureRow } from '../../../src/lib/model/figure-rows.ts';
import { figureRow } from '../../support/factories.ts';
import { palette } from '../../../src/lib/charts/palette.ts';
import { allProfileSpecs, profileSpecs, specYears } from '../../../src/lib/views/profile-charts.ts';
import { specCsvRows, specPoints } from '../../../src/lib/charts/specs.ts';

const row = (library: string, year: number, metric: string, value: number, written: string): FigureRow =>
  figureRow({ library, year, metric, value, written });

const rows = [
  row('a', 2019, 'collection.total', 100, '100'),
  row('a', 2021, 'collection.total', 120, '120'),
  row('a', 2021, 'use.loans', 5, '5'),
  row('b', 2020, 'collection.total', 900, '900'),
  row('b', 2021, 'collection.total', 950, '950'),
  row('a', 2020, 'use.visits', 7, '7'),
  row('a', 2021, 'use.visits', 8, '8'),
];
const colors = palette(['a', 'b']);
const order = ['use.visits', 'collection.total', 'use.loans'];

describe('profileSpecs', () => {
  it('gives one spec per metric with two or more years, in the given order, for that library only', () => {
    const specs = profileSpecs(rows, 'a', order, colors);
    expect(specs.map((s) => s.id)).toEqual(['line-use.visits-a', 'line-collection.total-a']);
    const total = specs[1];
    expect(total?.series.map((s) => s.key)).toEqual(['a']);
    // A year without a report is a gap, not a zero.
    expect(total?.categories).toEqual(['2019年', '2020年', '2021年']);
    expect(specYears(total!)).toEqual([2019, 2020, 2021]);
    expect(total?.series[0]?.points.map((p) => p?.written ?? null)).toEqual(['100', null, '120']);
  });

  it('CSV rows are exactly the figures drawn, linked to their numbers', () => {
    const [, total] = profileSpecs(rows, 'a', order, colors);
    const csv = specCsvRows(total!, (p) => `https://x.org${p}`);
    expect(csv.map((r) => [r.year, r.value, r.source])).toEqual([
      [2019, 100, 'https://x.org/reports/a/2019/#num-collection-total'],
      [2021, 120, 'https://x.org/reports/a/2021/#num-collection-total'],
    ]);
    expect(csv).toHaveLength(specPoints(total!).length);
  });

  it('lists every library’s small multiples with distinct ids', () => {
    const ids = allProfileSpecs(rows, order, colors).map((s) => s.id);
    expect(ids).toEqual(['line-use.visits-a', 'line-collection.total-a', 'line-collection.total-b']);
  });
});
