/** The /data/ page's release view: version, date, cite line, the newest changes, the Dataset JSON-LD. */
import { describe, expect, it } from 'vitest';
import { changelogEntries } from '../../../src/lib/open-data/changelog-rows.ts';
import { dataRelease, type DataReleaseInput } from '../../../src/lib/views/data-release.ts';
import { datasetJsonLd, encodingFormat, jsonLdText } from '../../../src/lib/views/dataset-jsonld.ts';

const changelog = changelogEntries([
  {
    library: 'beihai',
    libraryName: '北海市图书馆',
    year: 2021,
    title: '北海市图书馆2021年工作总结',
    changelog: [
      { date: '2026-11-21', kind: 'added' },
      { date: '2026-12-01', kind: 'corrected', note: '更正 use.visits' },
    ],
  },
]);

const input: DataReleaseInput = {
  locale: 'zh',
  release: { version: '2026.12.06', updated: '2026-12-06' },
  formatDate: (iso) => `«${iso}»`,
  author: '图书馆年鉴编辑组',
  datasetName: '图书馆年鉴数据集',
  description: '图书馆年鉴：说明',
  pageUrl: 'https://example.org/yb/data/',
  homeUrl: 'https://example.org/yb/',
  licenceUrl: 'https://creativecommons.org/licenses/by/4.0/',
  changelog,
  files: [
    { name: 'figures-no-bom.csv', url: 'https://example.org/yb/data/figures-no-bom.csv' },
    { name: '2021/events.json', url: 'https://example.org/yb/data/2021/events.json' },
  ],
};

describe('dataRelease', () => {
  const view = dataRelease(input);

  it('shows the release version and date and cites the dataset with them', () => {
    expect(view.version).toBe('2026.12.06');
    expect(view.updated).toEqual({ iso: '2026-12-06', text: '«2026-12-06»' });
    expect(view.citation).toBe(
      '图书馆年鉴编辑组. 图书馆年鉴数据集: 版本 2026.12.06[DS/OL]. (2026-12-06)[引用日期]. https://example.org/yb/data/',
    );
  });

  it('lists the newest changes first, at most `shown`, and counts them all', () => {
    expect(view.changes.rows.map((r) => [r.date, r.kind, r.path])).toEqual([
      ['2026-12-01', 'corrected', '/reports/beihai/2021/'],
      ['2026-11-21', 'added', '/reports/beihai/2021/'],
    ]);
    const one = dataRelease(input, 1).changes;
    expect([one.rows.length, one.total]).toEqual([1, 2]);
  });

  it('has no version or date when the build does not know the data date', () => {
    const none = dataRelease({ ...input, release: {} });
    expect(none.version).toBeUndefined();
    expect(none.updated).toBeUndefined();
    const ld = JSON.parse(none.jsonLd) as Record<string, unknown>;
    expect(ld).not.toHaveProperty('version');
    expect(ld).not.toHaveProperty('dateModified');
  });

  it('carries the same version and date in its Dataset JSON-LD', () => {
    const ld = JSON.parse(view.jsonLd) as Record<string, unknown>;
    expect(ld).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'Dataset',
      name: '图书馆年鉴数据集',
      version: '2026.12.06',
      dateModified: '2026-12-06',
      url: 'https://example.org/yb/data/',
      license: 'https://creativecommons.org/licenses/by/4.0/',
      creator: { '@type': 'Organization', name: '图书馆年鉴编辑组', url: 'https://example.org/yb/' },
      inLanguage: 'zh-CN',
    });
    expect(ld['distribution']).toEqual([
      {
        '@type': 'DataDownload',
        name: 'figures-no-bom.csv',
        contentUrl: 'https://example.org/yb/data/figures-no-bom.csv',
        encodingFormat: 'text/csv',
      },
      {
        '@type': 'DataDownload',
        name: '2021/events.json',
        contentUrl: 'https://example.org/yb/data/2021/events.json',
        encodingFormat: 'application/json',
      },
    ]);
  });
});

describe('JSON-LD text', () => {
  it('cannot close its script element, and parses back to the same value', () => {
    const value = datasetJsonLd({
      name: 'a</script><b>',
      description: 'd',
      url: 'https://example.org/data/',
      license: 'l',
      creator: { name: 'c', url: 'u' },
      inLanguage: 'zh-CN',
      files: [],
    });
    const text = jsonLdText(value);
    expect(text).not.toContain('</script');
    expect(text).not.toContain('<');
    expect(JSON.parse(text)).toEqual(value);
  });

  it.each([
    ['figures.csv', 'text/csv'],
    ['files.json', 'application/json'],
    ['x.bin', 'application/octet-stream'],
  ])('%s is %s', (name, type) => {
    expect(encodingFormat(name)).toBe(type);
  });
});
