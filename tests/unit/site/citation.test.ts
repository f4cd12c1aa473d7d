import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { citationLine, datasetCitationLine } from '../../../src/lib/site/citation.ts';
import { t } from '../../../src/i18n/ui.ts';

const url = 'https://example.org/yearbook/reports/beihai/2021/';

describe('citationLine', () => {
  it('Chinese: GB/T 7714 for an online resource, the site as author, the data date in parentheses', () => {
    expect(
      citationLine({ siteName: '图书馆年鉴', title: '北海市图书馆 2021年', url, updated: '2026-11-22', locale: 'zh' }),
    ).toBe(`图书馆年鉴. 北海市图书馆 2021年[EB/OL]. (2026-11-22). ${url}`);
  });

  it('English: site, quoted title, the date in words, URL', () => {
    expect(
      citationLine({
        siteName: 'Library Yearbook',
        title: 'Beihai City Library',
        url,
        updated: '2026-11-22',
        updatedText: '22 November 2026',
        locale: 'en',
      }),
    ).toBe(`Library Yearbook. “Beihai City Library.” Updated 22 November 2026. ${url}`);
  });

  it('the site itself is cited by its name alone', () => {
    expect(
      citationLine({ siteName: '图书馆年鉴', title: '图书馆年鉴', url: 'https://example.org/', locale: 'zh' }),
    ).toBe('图书馆年鉴[EB/OL]. https://example.org/');
    expect(
      citationLine({
        siteName: 'Library Yearbook',
        title: 'Library Yearbook',
        url: 'https://example.org/en/',
        locale: 'en',
      }),
    ).toBe('Library Yearbook. https://example.org/en/');
  });

  it('no date known: the date part is left out, not invented', () => {
    expect(citationLine({ siteName: '图书馆年鉴', title: '比较', url, locale: 'zh' })).not.toMatch(/\(\d/);
  });

  it('a title ending in a full stop does not double it', () => {
    expect(citationLine({ siteName: 'Library Yearbook', title: 'About.', url, locale: 'en' })).toBe(
      `Library Yearbook. “About.” ${url}`,
    );
  });
});

describe('datasetCitationLine', () => {
  const base = { author: '图书馆年鉴编辑组', name: '图书馆年鉴数据集', url: 'https://example.org/yb/data/' } as const;

  it('Chinese: GB/T 7714 for a dataset online, version, update date and a place for the access date', () => {
    expect(datasetCitationLine({ ...base, version: '2026.12.06', updated: '2026-12-06', locale: 'zh' })).toBe(
      '图书馆年鉴编辑组. 图书馆年鉴数据集: 版本 2026.12.06[DS/OL]. (2026-12-06)[引用日期]. https://example.org/yb/data/',
    );
  });

  it('English: author, name and version, the date in words, URL and access date', () => {
    expect(
      datasetCitationLine({
        author: 'Library Yearbook editors',
        name: 'Library Yearbook dataset',
        url: 'https://example.org/yb/en/data/',
        version: '2026.12.06',
        updated: '2026-12-06',
        updatedText: '6 December 2026',
        locale: 'en',
      }),
    ).toBe(
      'Library Yearbook editors. Library Yearbook dataset, version 2026.12.06 [Data set]. Updated 6 December 2026. https://example.org/yb/en/data/ (accessed [date]).',
    );
  });

  it('leaves out version and date when the build does not know them', () => {
    expect(datasetCitationLine({ ...base, locale: 'zh' })).toBe(
      '图书馆年鉴编辑组. 图书馆年鉴数据集[DS/OL]. [引用日期]. https://example.org/yb/data/',
    );
  });
});

describe('CITATION.cff', () => {
  // The repository's citation file and the site's cite line name the same dataset and author; the version and
  // date are the build's (datapackage.json, /data/), so the file states neither.
  const cff = parse(readFileSync(new URL('../../../CITATION.cff', import.meta.url), 'utf8')) as {
    title: string;
    authors: { name: string; alias?: string }[];
    version?: unknown;
    'date-released'?: unknown;
  };

  it('names the dataset as the data package does and the author as the cite line does', () => {
    const [zh, en] = [t('zh'), t('en')];
    expect(cff.title).toBe(`${zh.siteTitle} · ${zh.siteTitleOther}`);
    expect(cff.authors).toEqual([{ name: zh.data.release.author, alias: en.data.release.author }]);
  });

  it('states no version or date of its own (one source: the build)', () => {
    expect(cff.version).toBeUndefined();
    expect(cff['date-released']).toBeUndefined();
  });
});
