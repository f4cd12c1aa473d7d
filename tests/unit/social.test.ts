import { describe, expect, it } from 'vitest';
import type { FigureRow } from '../../src/lib/figure-rows.ts';
import { cardBars } from '../../src/lib/social-card.ts';
import { clip, socialMeta } from '../../src/lib/social.ts';

describe('socialMeta', () => {
  const tags = socialMeta({
    title: '北海市图书馆 · 图书馆年鉴',
    description: '北海市图书馆历年工作总结中的统计数字。',
    url: 'https://example.org/yearbook/libraries/beihai/',
    image: 'https://example.org/yearbook/og/beihai.png',
    imageAlt: '北海市图书馆',
    type: 'website',
    siteName: '图书馆年鉴',
  });
  const get = (key: string): string | undefined =>
    tags.find((t) => ('property' in t ? t.property : t.name) === key)?.content;

  it.each([
    ['og:title', '北海市图书馆 · 图书馆年鉴'],
    ['og:url', 'https://example.org/yearbook/libraries/beihai/'],
    ['og:image', 'https://example.org/yearbook/og/beihai.png'],
    ['og:image:width', '1200'],
    ['og:locale', 'zh_CN'],
    ['twitter:card', 'summary_large_image'],
    ['twitter:image', 'https://example.org/yearbook/og/beihai.png'],
  ])('%s', (key, value) => expect(get(key)).toBe(value));

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
): FigureRow => ({
  library,
  libraryName: library,
  year,
  metric,
  label: metric,
  value,
  qualifier: 'exact',
  unit,
  written,
  period: '',
  change: '',
  note: '',
  discrepancy: '',
  quote: '',
  quoteLine: 0,
});

describe('cardBars', () => {
  const rows = [
    row('a', 2021, 'collection.total', 364565),
    row('a', 2021, 'use.visits', 420000, '42万多', '人次'),
    row('a', 2020, 'collection.total', 999999999),
    row('b', 2023, 'collection.total', 3794200, '379.42万'),
    row('b', 2023, 'events.total', 0),
  ];

  it('scales each bar against the largest latest-year value of its metric', () => {
    expect(cardBars(rows, 'a')).toEqual([
      { metric: 'collection.total', label: 'collection.total', text: '364565册', fraction: 364565 / 3794200, of: 2 },
      { metric: 'use.visits', label: 'use.visits', text: '42万多人次', fraction: 1, of: 1 },
    ]);
  });

  it('leaves out zero values and respects the limit', () => {
    expect(cardBars(rows, 'b').map((b) => b.metric)).toEqual(['collection.total']);
    expect(cardBars(rows, 'a', 1)).toHaveLength(1);
    expect(cardBars(rows, 'nobody')).toEqual([]);
  });
});
