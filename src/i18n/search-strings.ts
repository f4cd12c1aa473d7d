/**
 * Messages of the search page's script in both languages (the page's `<html lang>` picks them). The
 * index is one, Chinese: on the English page only these messages and the page around them are English.
 */
import type { Locale } from './locales.ts';

export interface SearchStrings {
  readonly prompt: string;
  readonly searching: string;
  /** Said after the count when a Traditional-script query was searched in Simplified. */
  readonly converted: (query: string) => string;
  readonly found: (count: number, shown: number, converted: string) => string;
  /**
   * When the search stopped checking results once `shown` were found (`src/lib/search/match.ts`): the
   * exact count is unknown, only that it lies between `shown` and `most` (the results not yet checked).
   */
  readonly foundAtLeast: (shown: number, most: number, converted: string) => string;
  readonly none: (query: string, converted: string) => string;
  readonly year: (year: string) => string;
  readonly failed: string;
  /** The button under the results that shows the next ten. */
  readonly more: string;
  /** The label of the province list (a large index is searched one province, or all, at a time). */
  readonly scope: string;
  /** The list's first entry, before a province is chosen. */
  readonly chooseScopeOption: string;
  /** The entry that searches every province. */
  readonly allScopes: string;
  /** Said instead of results while no province is chosen. */
  readonly chooseScope: string;
}

export const SEARCH_STRINGS: Readonly<Record<Locale, SearchStrings>> = {
  zh: {
    prompt: '请输入要搜索的词。',
    searching: '正在搜索……',
    converted: (q) => `（已按简体“${q}”搜索）`,
    found: (n, shown, c) => `找到 ${n} 个页面${n > shown ? `，显示前 ${shown} 个` : ''}${c}。`,
    foundAtLeast: (shown, most, c) => `找到至少 ${shown} 个页面（最多 ${most} 个），显示前 ${shown} 个${c}。`,
    none: (q, c) => `没有找到${q ? `“${q}”` : '符合条件的页面'}${c}。`,
    year: (y) => `${y}年`,
    failed: '搜索索引加载失败。请刷新页面重试。',
    more: '显示更多结果',
    scope: '范围',
    chooseScopeOption: '请选择省份',
    allScopes: '全国（全部省份，下载较多）',
    chooseScope: '各馆的报告和页面按省份分开索引：请先在“范围”中选择省份，或选“全国”搜索全部省份（下载较多）。',
  },
  en: {
    prompt: 'Type a word to search for.',
    searching: 'Searching…',
    converted: (q) => ` (searched as Simplified “${q}”)`,
    found: (n, shown, c) =>
      `${n} ${n === 1 ? 'page' : 'pages'} found${n > shown ? `, showing the first ${shown}` : ''}${c}.`,
    foundAtLeast: (shown, most, c) =>
      `At least ${shown} pages found (at most ${most}), showing the first ${shown}${c}.`,
    none: (q, c) => `Nothing found${q ? ` for “${q}”` : ' with these filters'}${c}.`,
    year: (y) => y,
    failed: 'The search index did not load. Please reload the page.',
    more: 'Show more results',
    scope: 'Province',
    chooseScopeOption: 'Choose a province',
    allScopes: 'All provinces (a larger download)',
    chooseScope:
      'The reports and library pages are indexed by province: choose a province first, or “All provinces” to search them all (a larger download).',
  },
};

/** The messages for a document language (`zh-CN`, `en`). */
export const searchStrings = (lang: string): SearchStrings => SEARCH_STRINGS[lang.startsWith('en') ? 'en' : 'zh'];
