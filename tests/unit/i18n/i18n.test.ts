import { describe, expect, test } from 'vitest';
import { CATEGORY_IDS } from '../../../src/lib/chronicle/categories.ts';
import { METRICS, GROUPS } from '../../../src/lib/model/catalog.ts';
import * as columns from '../../../src/lib/open-data/columns.ts';
import { QUALIFIERS } from '../../../src/lib/model/parse-figure.ts';
import { changeEn, formatAmount, formatChange, formatDateEn, readingEn } from '../../../src/i18n/format-en.ts';
import { QUALIFIER_LABELS } from '../../../src/lib/model/figure-format.ts';
import { counterpartPath, localeOfPath, localePath, stripBase, toLocale } from '../../../src/i18n/locales.ts';
import { UI, type UiStrings } from '../../../src/i18n/ui.ts';

describe('locale paths', () => {
  test.each([
    ['/', 'zh', '/en/'],
    ['/compare/use/visits/', 'zh', '/en/compare/use/visits/'],
    ['/en/', 'en', '/'],
    ['/en/reports/beihai/2021/', 'en', '/reports/beihai/2021/'],
    ['/404/', 'zh', '/en/404/'],
    ['/english/', 'zh', '/en/english/'],
  ] as const)('%s is %s, its counterpart %s', (path, locale, other) => {
    expect(localeOfPath(path)).toBe(locale);
    expect(counterpartPath(path)).toBe(other);
    expect(counterpartPath(other)).toBe(path);
  });

  test('localePath is idempotent', () => {
    expect(localePath('/en/metrics/', 'en')).toBe('/en/metrics/');
    expect(localePath('/metrics/', 'zh')).toBe('/metrics/');
  });

  test.each([
    ['/yearbook/en/awards/', '/yearbook/', '/en/awards/'],
    ['/yearbook/', '/yearbook/', '/'],
    ['/yearbook', '/yearbook/', '/'],
    ['/en/', '/', '/en/'],
    ['/yearbook/x/', '/yearbook', '/x/'],
  ])('stripBase(%s, %s) = %s', (path, base, bare) => {
    expect(stripBase(path, base)).toBe(bare);
  });

  test('Astro locales map to ours', () => {
    expect(toLocale('en')).toBe('en');
    expect(toLocale('zh-CN')).toBe('zh');
    expect(toLocale(undefined)).toBe('zh');
  });
});

describe('English readings of figures', () => {
  test.each([
    [200000, 'about', 'visits', 'about 200,000 visits'],
    [420000, 'more-than', 'loans', 'more than 420,000 loans'],
    [1000, 'at-least', 'people', 'at least 1,000 people'],
    [15000, 'nearly', 'events', 'nearly 15,000 events'],
    [364565, 'exact', 'volumes', '364,565 volumes'],
    [1263800, 'exact', '', '1,263,800'],
    [12.5, 'exact', 'hours', '12.5 hours'],
  ] as const)('%d %s %s → %s', (value, q, unit, text) => {
    expect(readingEn(value, q, unit)).toBe(text);
  });

  test('every qualifier but exact has words', () => {
    for (const q of QUALIFIERS) expect(QUALIFIER_LABELS[q].enBefore === '').toBe(q === 'exact');
  });
});

describe('derived values in English', () => {
  test.each([
    [4.2, 'exact', '+4.2%'],
    [-16, 'about', 'about −16%'],
    [5.8, 'more-than', 'more than +5.8%'],
    [0, 'exact', 'unchanged'],
    [0, 'about', 'about the same'],
    [1234.5, 'exact', '+1,234.5%'],
  ] as const)('change %d %s → %s', (value, q, text) => {
    expect(changeEn(value, q)).toBe(text);
  });

  test('Chinese pages show the model’s own words; English ones the value in English', () => {
    const change = { text: '约 −16%', value: -16, qualifier: 'about' } as const;
    expect(formatChange(change, 'zh')).toBe('约 −16%');
    expect(formatChange(change, 'en')).toBe('about −16%');
    const prior = { text: '≈114.2万', value: 1142000, qualifier: 'about' } as const;
    expect(formatAmount(prior, 'loans', 'zh')).toBe('≈114.2万');
    expect(formatAmount(prior, 'loans', 'en')).toBe('about 1,142,000 loans');
    // An absent indicator has no value: its own text (a dash) in both languages.
    expect(formatChange({ text: '—', qualifier: 'exact' }, 'en')).toBe('—');
  });
});

describe('English dates', () => {
  test.each([
    ['2021-09-22', false, '22 September 2021'],
    ['2021-05', false, 'May 2021'],
    ['2021', false, '2021'],
    ['2020-01-03', true, '3 January'],
  ])('%s → %s', (iso, omitYear, text) => {
    expect(formatDateEn(iso, omitYear)).toBe(text);
  });
});

/**
 * Every string leaf of a strings object, with its path, functions called with sample arguments. A list
 * (a sentence cut around its links) is one leaf, its parts joined: languages may cut it differently.
 */
function leaves(o: unknown, path = ''): [string, string][] {
  if (typeof o === 'string') return [[path, o]];
  if (typeof o === 'function') {
    const value = (o as (...a: number[]) => unknown)(1, 2, 3);
    return typeof value === 'object' && value !== null ? leaves(value, path) : [[path, String(value)]];
  }
  if (Array.isArray(o)) return [[path, o.flatMap((x) => leaves(x).map(([, v]) => v)).join('')]];
  return Object.entries(o as Record<string, unknown>).flatMap(([k, v]) => leaves(v, `${path}.${k}`));
}

describe('interface strings', () => {
  const zh = leaves(UI.zh);
  const en = leaves(UI.en);

  test('both languages have the same keys', () => {
    expect(en.map(([k]) => k)).toEqual(zh.map(([k]) => k));
  });

  test('no English string is empty or left in Chinese (except the Chinese name beside the brand, the switch and named Chinese terms)', () => {
    const chineseAllowed = new Set([
      '.siteTitleOther',
      '.switchTo.text',
      '.switchTo.label',
      '.data.eventsIntro',
      '.data.columns.figures.qualifier',
      '.data.columns.figures.lowerBound',
      '.data.columns.figures.precision',
      '.data.columns.events.time',
      '.data.columns.events.source',
      '.data.columns.metrics.differsFromNote',
      '.timeline.description',
      '.timeline.intro',
      '.searchPage.intro',
      '.searchPage.placeholder',
      // Examples of the reports' own forms (3.5万余人) and of label ids with their Chinese argument.
      '.data.columns.figures.written',
      '.data.columns.figures.wording',
      '.data.labelsNote',
    ]);
    for (const [k, v] of en) {
      if (k === '.separator') continue;
      expect(v.trim(), k).not.toBe('');
      if (!chineseAllowed.has(k)) expect(/[\u4e00-\u9fff]/.test(v), `${k}: ${v}`).toBe(false);
    }
  });

  test('categories and data columns are complete in both languages', () => {
    const check = (s: UiStrings): void => {
      expect(Object.keys(s.events.categories).sort()).toEqual([...CATEGORY_IDS].sort());
      expect(Object.keys(s.data.columns.figures)).toEqual(columns.columnNames(columns.FIGURE_COLUMNS));
      expect(Object.keys(s.data.columns.events)).toEqual(columns.columnNames(columns.EVENT_COLUMNS));
      expect(Object.keys(s.data.columns.indicators)).toEqual(columns.columnNames(columns.INDICATOR_COLUMNS));
      expect(Object.keys(s.data.columns.metrics)).toEqual(columns.columnNames(columns.METRIC_COLUMNS));
      expect(Object.keys(s.data.columns.libraries)).toEqual(columns.columnNames(columns.LIBRARY_COLUMNS));
    };
    check(UI.zh);
    check(UI.en);
  });
});

describe('the catalog speaks English', () => {
  test('every group and metric has an English label, unit and definition, in ASCII-range text', () => {
    for (const g of GROUPS) expect(g.labelEn).toMatch(/^[\x20-\x7e]+$/);
    for (const m of METRICS) {
      for (const v of [m.labelEn, m.unitEn, m.definitionEn]) expect(v, m.id).toMatch(/^[\x20-\x7e’]+$/);
      for (const d of m.differsFrom ?? []) expect(d.noteEn, `${m.id} → ${d.id}`).toMatch(/^[\x20-\x7e’]+$/);
    }
  });
});

describe('timeline page titles', () => {
  test.each([
    [{ year: 2021 }, '2021年时间线', 'Timeline: 2021'],
    [{ year: 2021, month: 3 }, '2021年3月时间线', 'Timeline: March 2021'],
    [{ year: 2021, month: 0 }, '2021年月份不详时间线', 'Timeline: 2021, month not stated'],
    [
      { year: 2021, month: 12, part: 2, parts: 3 },
      '2021年12月时间线（第2部分，共3部分）',
      'Timeline: December 2021 (part 2 of 3)',
    ],
  ])('%o → %s, %s', (page, zh, en) => {
    expect(UI.zh.timeline.pageTitle(page)).toBe(zh);
    expect(UI.en.timeline.pageTitle(page)).toBe(en);
  });
  test('month labels', () => {
    expect([UI.zh.timeline.monthLabel(1), UI.zh.timeline.monthLabel(0)]).toEqual(['1月', '月份不详']);
    expect([UI.en.timeline.monthLabel(1), UI.en.timeline.monthLabel(0)]).toEqual(['January', 'month not stated']);
  });
});
