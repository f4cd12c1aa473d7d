/** Site paths: one builder per route; provenance links point at the number in the text or the figures-table row. */
import { describe, expect, it } from 'vitest';
import { joinBase } from '../../../src/lib/site/base-path.ts';
import {
  chartCsvPath,
  chartImagePath,
  embedPath,
  eventPath,
  evidencePath,
  libraryPath,
  numberAnchor,
  searchPath,
  reportPath,
  sourcePath,
  textFragment,
  timelinePath,
} from '../../../src/lib/site/paths.ts';

describe('page paths', () => {
  it('end in a slash, as the site is built (trailingSlash: always)', () => {
    expect(reportPath({ library: 'beihai', year: 2021 })).toBe('/reports/beihai/2021/');
    expect(libraryPath('beihai')).toBe('/libraries/beihai/');
    expect(timelinePath('beihai')).toBe('/timeline/beihai/');
    expect(timelinePath()).toBe('/timeline/');
  });
  it('point at an event in its report', () => {
    expect(eventPath({ library: 'beihai', year: 2021, id: 'e-2021-03-31-2' })).toBe(
      '/reports/beihai/2021/#e-2021-03-31-2',
    );
  });
});

describe('evidencePath', () => {
  it.each([
    [{ event: 'e-2021-03-31-2' }, '/reports/x/2021/#e-2021-03-31-2'],
    [{ quote: '做了一半' }, `/reports/x/2021/#${textFragment('做了一半')}`],
  ])('%j', (e, path) => {
    expect(evidencePath('/reports/x/2021/', e)).toBe(path);
  });
});

describe('chart paths', () => {
  it.each([
    ['bar-collection.total', '/charts/bar-collection.total.png', '/embed/bar-collection.total/'],
    ['monthly-all', '/charts/monthly-all.png', '/embed/monthly-all/'],
  ])('%s', (id, png, embed) => {
    expect(chartImagePath(id)).toBe(png);
    expect(embedPath(id)).toBe(embed);
    expect(chartCsvPath({ id })).toBe(`/data/charts/${id}.csv`);
  });

  it('take the base path like every site path', () => {
    expect(joinBase('/yearbook/', embedPath('monthly-all'))).toBe('/yearbook/embed/monthly-all/');
    expect(joinBase('/yearbook/', chartImagePath('monthly-all'))).toBe('/yearbook/charts/monthly-all.png');
  });

  it.each(['../x', 'a/b', '', 'a b', '.hidden'])('refuse the id %j', (id) => {
    expect(() => chartImagePath(id)).toThrow(/safe path segment/);
    expect(() => embedPath(id)).toThrow(/safe path segment/);
    expect(() => chartCsvPath({ id })).toThrow(/safe path segment/);
  });
});

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
