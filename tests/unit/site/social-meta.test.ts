import { describe, expect, it } from 'vitest';
import type { FigureRow } from '../../../src/lib/model/figure-rows.ts';
import { figureRow } from '../../support/factories.ts';
import { palette } from '../../../src/lib/charts/palette.ts';
import { cardChart, cardNote } from '../../../src/lib/views/social-card.ts';
import { clip, socialImageAlt, socialMeta } from '../../../src/lib/site/social-meta.ts';
import { t } from '../../../src/i18n/ui.ts';

describe('socialMeta', () => {
  const input = {
    title: '北海市图书馆 · 图书馆年鉴',
    description: '北海市图书馆历年工作总结中的统计数字。',
    url: 'https://example.org/yearbook/libraries/beihai/',
    image: 'https://example.org/yearbook/og/beihai.png',
    imageAlt: '北海市图书馆',
    type: 'website',
    siteName: '图书馆年鉴',
    locale: 'zh_CN',
    alternateLocales: ['en_US'],
  } as const;
  const tags = socialMeta(input);
  const get = (key: string): string | undefined =>
    tags.find((t) => ('property' in t ? t.property : t.name) === key)?.content;

  it.each([
    ['og:title', '北海市图书馆 · 图书馆年鉴'],
    ['og:url', 'https://example.org/yearbook/libraries/beihai/'],
    ['og:image', 'https://example.org/yearbook/og/beihai.png'],
    ['og:image:width', '1200'],
    ['og:locale', 'zh_CN'],
    ['og:locale:alternate', 'en_US'],
    ['twitter:card', 'summary_large_image'],
    ['twitter:image', 'https://example.org/yearbook/og/beihai.png'],
  ])('%s', (key, value) => expect(get(key)).toBe(value));

  it('says the language of the page it is given, and no alternate when there is none', () => {
    const en = socialMeta({ ...input, locale: 'en_US', alternateLocales: ['zh_CN'] });
    const alone = socialMeta({ ...input, alternateLocales: [] });
    const values = (t: typeof tags, key: string) =>
      t.filter((x) => 'property' in x && x.property === key).map((x) => x.content);
    expect(values(en, 'og:locale')).toEqual(['en_US']);
    expect(values(en, 'og:locale:alternate')).toEqual(['zh_CN']);
    expect(values(alone, 'og:locale:alternate')).toEqual([]);
  });

  it('uses Open Graph properties and Twitter names', () => {
    expect(tags.filter((t) => 'property' in t).every((t) => 'property' in t && t.property.startsWith('og:'))).toBe(
      true,
    );
    expect(tags.filter((t) => 'name' in t).every((t) => 'name' in t && t.name.startsWith('twitter:'))).toBe(true);
  });
});

describe('clip', () => {
  it.each([
    ['短句', 10, '短句'],
    ['一二三四五六', 4, '一二三…'],
    ['a \n b', 10, 'a b'],
  ])('%j at %i', (t, n, out) => expect(clip(t, n)).toBe(out));
});

const row = (
  library: string,
  year: number,
  metric: string,
  value: number,
  written = String(value),
  unit = '册',
): FigureRow =>
  figureRow({ library, libraryName: library, year, metric, value, written, unit, quote: '', quoteLine: 0 });

describe('cardChart', () => {
  const colors = palette(['a', 'b', 'c', 'd']);
  const rows = [
    row('a', 2021, 'collection.total', 364565),
    row('a', 2021, 'use.visits', 420000, '42万多', '人次'),
    row('a', 2020, 'use.visits', 500000, '50万', '人次'),
    row('b', 2023, 'collection.total', 3794200, '379.42万'),
    row('b', 2023, 'use.visits', 176282, '176282', '人次'),
    row('c', 2021, 'collection.total', 100),
    row('d', 2022, 'collection.total', 50),
    row('d', 2022, 'events.total', 0),
  ];

  it('draws a library over the years when a headline metric has two years', () => {
    const chart = cardChart(rows, 'a', colors);
    expect(chart?.spec.kind).toBe('line');
    expect(chart?.spec.id).toBe('line-use.visits-a');
    expect(chart?.state).toEqual({ scale: 'linear' });
  });

  it('else draws its first headline metric beside the other libraries', () => {
    const chart = cardChart(rows, 'b', colors);
    expect(chart?.spec.id).toBe('bar-collection.total');
    expect(chart?.state.libraries).toBeUndefined();
  });

  it('keeps at most `max` bars, always with the card’s library', () => {
    expect(cardChart(rows, 'd', colors, 2)?.state.libraries).toEqual(['b', 'd']);
    expect(cardChart(rows, 'b', colors, 2)?.state.libraries).toEqual(['b', 'a']);
  });

  it('gives the site the headline metric the most libraries report', () => {
    expect(cardChart(rows, undefined, colors)?.spec.id).toBe('bar-collection.total');
  });

  it('has no chart for a library without positive headline figures', () => {
    expect(cardChart(rows, 'nobody', colors)).toBeUndefined();
    expect(cardChart([row('d', 2022, 'events.total', 0)], 'd', colors)).toBeUndefined();
  });

  it('explains the marks the chart uses', () => {
    expect(cardNote(undefined)).toContain('还没有');
    const chart = cardChart([row('a', 2021, 'collection.total', 1, '1万余')], 'a', colors);
    expect(cardNote(chart)).toBe('图中数字照报告原文写法。每个数字在网站上都链接到原句。');
    const inexact = { ...chart!, spec: { ...chart!.spec, hasInexact: true, hasPartYear: true } };
    expect(cardNote(inexact)).toBe(
      '图中数字照报告原文写法；斜线填充＝约数或下限；＊＝非全年数据。每个数字在网站上都链接到原句。',
    );
  });
});

describe('socialImageAlt', () => {
  it.each(['zh', 'en'] as const)(
    'the home page (%s) is described by the site description, not the site name twice',
    (locale) => {
      const s = t(locale);
      const alt = socialImageAlt({
        siteTitle: s.siteTitle,
        title: s.siteTitle,
        siteDescription: s.siteDescription,
        locale,
      });
      expect(alt).toBe(s.siteDescription);
      expect(alt).not.toBe(`${s.siteTitle}：${s.siteTitle}`);
      expect(alt.split(s.siteTitle).length - 1).toBe(1);
    },
  );

  it.each([
    ['zh', '开放数据', '图书馆年鉴：开放数据'],
    ['en', 'Open data', 'Library Yearbook: Open data'],
  ] as const)('another page (%s) names the site and the page', (locale, title, alt) => {
    const s = t(locale);
    expect(socialImageAlt({ siteTitle: s.siteTitle, title, siteDescription: s.siteDescription, locale })).toBe(alt);
  });
});
