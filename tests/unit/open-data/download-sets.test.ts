import { describe, expect, it } from 'vitest';
import { downloadSets } from '../../../src/lib/open-data/download-sets.ts';
import { downloadEntries, WHOLE_DOWNLOAD_LIMIT } from '../../../src/lib/open-data/download-files.ts';

const figures = new Map([
  [2021, 10],
  [2020, 7],
]);
const events = new Map([[2021, 3]]);

describe('downloadSets', () => {
  it('lists the whole set and every year of a small corpus', () => {
    const { whole, years } = downloadSets(downloadEntries(WHOLE_DOWNLOAD_LIMIT, figures, events));
    expect(whole?.files['figures.csv']?.path).toBe('/data/figures.csv');
    expect(whole?.files['events.json']?.rows).toBe(3);
    expect(years.map((y) => y.scope)).toEqual([2020, 2021]);
    expect(years[0]?.files['figures.json']).toMatchObject({ path: '/data/2020/figures.json', rows: 7 });
    expect(years[0]?.files['events.csv']).toMatchObject({ path: '/data/2020/events.csv', rows: 0 });
  });

  it('has no whole set above the limit, only the years', () => {
    const { whole, years } = downloadSets(downloadEntries(WHOLE_DOWNLOAD_LIMIT + 1, figures, events));
    expect(whole).toBeUndefined();
    expect(years.flatMap((y) => Object.values(y.files).map((e) => e.path))).not.toContain('/data/figures.csv');
    expect(years[1]?.files['figures.csv']?.path).toBe('/data/2021/figures.csv');
  });

  it('is empty for no entries', () => {
    expect(downloadSets([])).toEqual({ whole: undefined, years: [] });
  });
});
