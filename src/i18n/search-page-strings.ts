/**
 * Interface strings of the search page around its form and results. Part of `UiStrings` (`ui.ts`): a
 * string missing from either language is a type error. What the page's script says while searching is
 * in `search-strings.ts`, apart, so the script does not carry the page strings of every language.
 */
import type { Locale } from './locales.ts';

export interface SearchPageStrings {
  readonly title: string;
  readonly description: string;
  /**
   * A page in a language other than the index's (Chinese) says so first: text and example queries, each
   * a search link. Empty on the Chinese page (no paragraph).
   */
  readonly intro: readonly (string | { readonly query: string })[];
  readonly formLabel: string;
  readonly field: string;
  readonly placeholder: string;
  readonly button: string;
  readonly library: string;
  readonly year: string;
  readonly all: string;
  /** Without JavaScript: other ways in, around the list of libraries and the links to the timeline and metrics. */
  readonly noscript: {
    readonly before: string;
    readonly or: string;
    readonly timeline: string;
    readonly and: string;
    readonly metrics: string;
    readonly after: string;
  };
  /** What the index holds. */
  readonly scope: string;
}

const zh: SearchPageStrings = {
  title: '搜索',
  description: '在图书馆年鉴的全部年度报告、大事记、图书馆页面和指标说明中搜索。',
  intro: [],
  formLabel: '全站搜索',
  field: '搜索词',
  placeholder: '如：智慧书房、馆藏总量',
  button: '搜索',
  library: '馆',
  year: '年度',
  all: '全部',
  noscript: {
    before: '搜索结果需要浏览器启用 JavaScript。也可以从各馆页面进入：',
    or: '，或查看',
    timeline: '时间线',
    and: '、',
    metrics: '指标说明',
    after: '。',
  },
  scope: '搜索范围：年度报告全文（含大事记）、各馆页面、指标说明和获奖荣誉。可输入繁体字，会按简体搜索。',
};

const en: SearchPageStrings = {
  title: 'Search',
  description:
    "Search the Library Yearbook's annual reports, chronicles, library pages and metric pages (Chinese text).",
  intro: [
    'The reports are in Chinese, and so is the index: search with Chinese words, such as ',
    { query: '智慧书房' },
    ' (smart reading room) or ',
    { query: '馆藏总量' },
    ' (total collection). Results open the Chinese pages; each has a link to its English version.',
  ],
  formLabel: 'Search the site',
  field: 'Search words',
  placeholder: 'e.g. 智慧书房, 馆藏总量',
  button: 'Search',
  library: 'Library',
  year: 'Year',
  all: 'All',
  noscript: {
    before: 'Search results need JavaScript. Without it, start from a library: ',
    or: ', or the ',
    timeline: 'timeline',
    and: ' and the ',
    metrics: 'metrics',
    after: '.',
  },
  scope:
    'Searched: the full text of the annual reports (their chronicles included), the library pages, the metric definitions and the awards. Traditional characters are searched as Simplified.',
};

/** Search page strings of each locale. */
export const SEARCH_PAGE_STRINGS: Readonly<Record<Locale, SearchPageStrings>> = { zh, en };
