/** Figure rows as published: dataset-wide ids, links to the sentence, precision, bounds, numeric change, nulls. */
import { describe, expect, it } from 'vitest';
import { figureRecord } from '../../../src/lib/open-data/figure-records.ts';
import { FIGURE_COLUMNS, columnNames } from '../../../src/lib/open-data/columns.ts';
import { writtenPrecision } from '../../../src/lib/model/precision.ts';
import { figureRow, visitsRow } from '../../support/factories.ts';

const url = (path: string): string => `https://example.org/yearbook${path}`;

describe('writtenPrecision', () => {
  it.each([
    ['2.47万', 24700, 'exact', 100],
    ['20多万', 200000, 'more-than', 10000],
    ['1000余', 1000, 'more-than', 1000],
    ['1万2千多', 12000, 'more-than', 1000],
    ['364565', 364565, 'exact', 1],
    ['98.5', 98.5, 'exact', 0.1],
    ['126.38万', 1263800, 'exact', 100],
    // A value that is a power of ten, or just below one: the leading digit's place, not a rounded logarithm.
    ['10万余', 100000, 'more-than', 10000],
    ['近1万', 10000, 'nearly', 10000],
    ['约999', 999, 'about', 1],
    ['约1000', 1000, 'about', 1000],
    ['0.3万多', 3000, 'more-than', 1000],
  ] as const)('%s is precise to %#', (written, value, qualifier, expected) => {
    expect(writtenPrecision(written, value, qualifier)).toBe(expected);
  });
});

describe('figureRecord', () => {
  it('has every column in order, null where the CSV cell is empty', () => {
    const r = figureRecord(figureRow({ library: 'demo', year: 2021 }), url);
    expect(Object.keys(r)).toEqual(columnNames(FIGURE_COLUMNS));
    expect(r).toMatchObject({ period: null, change: null, changePercent: null, note: null, wording: null });
  });
  it('ids rows by library, year and metric, and links the number in its sentence', () => {
    const r = figureRecord(visitsRow('demo', 2021, 420000, '42万多', 'more-than', { quoteLine: 7 }), url);
    expect(r).toMatchObject({
      id: 'demo-2021-use.visits',
      url: 'https://example.org/yearbook/reports/demo/2021/#num-use-visits',
      lowerBound: true,
      precision: 10000,
      quoteLine: 7,
    });
  });
  it('links the figures table when no sentence was found, and gives the stated change as a number', () => {
    const r = figureRecord(figureRow({ library: 'demo', year: 2021, quote: '', quoteLine: 0, change: '-3.2%' }), url);
    expect(r).toMatchObject({ url: url('/reports/demo/2021/#fig-collection-total'), quoteLine: null });
    expect(r).toMatchObject({ change: '-3.2%', changePercent: -3.2, lowerBound: false });
  });
});
