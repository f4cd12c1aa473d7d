/** Provenance links point at the number marked in the report text, or at the figures-table row. */
import { describe, expect, it } from 'vitest';
import { numberAnchor, searchPath, sourcePath } from '../../../src/lib/site/paths.ts';

describe('sourcePath', () => {
  it('targets the number in the text when the sentence is known', () => {
    const row = { library: 'nanhai', year: 2023, metric: 'use.circulation', quote: '文献流通量 126.38 万册次' };
    expect(sourcePath(row)).toBe('/reports/nanhai/2023/#num-use-circulation');
    expect(numberAnchor('collection.newPrintVolumes')).toBe('num-collection-newPrintVolumes');
  });
  it('targets the figures-table row when it is not', () => {
    expect(sourcePath({ library: 'beihai', year: 2021, metric: 'use.visits', quote: '' })).toBe(
      '/reports/beihai/2021/#fig-use-visits',
    );
  });
});

describe('searchPath', () => {
  it('links the search page, with a query percent-encoded', () => {
    expect(searchPath()).toBe('/search/');
    expect(searchPath('馆藏 总量&')).toBe('/search/?q=%E9%A6%86%E8%97%8F%20%E6%80%BB%E9%87%8F%26');
  });
});
