import { describe, expect, it } from 'vitest';
import { citationLine } from '../../../src/lib/site/citation.ts';

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
