/**
 * Interface strings of the timeline pages: the overview of all libraries, one library's timeline and
 * the pages of the all-library timeline by year and month. Part of `UiStrings` (`ui.ts`): a string
 * missing from either language is a type error.
 */
import type { TimelinePage } from '../lib/views/timeline-pages.ts';
import { monthName } from './format-date.ts';
import type { Locale } from './locales.ts';

/** The numbers that name a page of the all-library timeline. */
type PageName = Pick<TimelinePage, 'year' | 'month' | 'part' | 'parts'>;

export interface TimelineStrings {
  readonly title: string;
  readonly description: string;
  readonly intro: (count: number) => string;
  /** Said when the overview does not list every event: how the pages are cut. */
  readonly paged: (byMonth: boolean) => string;
  /** The whole-corpus downloads: before, between the two files, before the by-year link, its text, after. */
  readonly download: readonly [before: string, and: string, or: string, byYear: string, after: string];
  /** A large corpus has only per-year files. */
  readonly downloadByYear: readonly [before: string, link: string, after: string];
  readonly yearsNav: string;
  readonly librariesNav: string;
  /** “All libraries”, as whose events a chart or table counts. */
  readonly allLibraries: string;
  readonly year: (year: number) => string;
  /** An event count, inside `parens`. */
  readonly count: (count: number) => string;
  readonly parens: readonly [open: string, close: string];
  /** Before a list of months after a count. */
  readonly listStart: string;
  /** 1–12, or 0 for events dated by year only. */
  readonly monthLabel: (month: number) => string;
  readonly pageTitle: (page: PageName) => string;
  readonly library: {
    readonly title: (name: string) => string;
    readonly description: (name: string) => string;
    readonly imageAlt: (name: string) => string;
    /** Around the links to the library's reports. */
    readonly reports: (name: string, count: number) => readonly [before: string, after: string];
    readonly none: (name: string) => string;
    readonly seeAlso: (name: string) => readonly [before: string, link: string, after: string];
  };
  readonly period: {
    readonly description: (title: string) => string;
    readonly monthsIntro: (year: number, count: number) => string;
    readonly eventsIntro: (count: number, page: PageName) => string;
    readonly listHeading: (count: number) => string;
    readonly pager: string;
  };
}

const zhMonth = (month: number): string => (month === 0 ? '月份不详' : monthName(month, 'zh'));
const enMonth = (month: number): string => (month === 0 ? 'month not stated' : monthName(month, 'en'));

const zh: TimelineStrings = {
  title: '时间线',
  description: '各馆年度工作总结中有日期的事件：大事记的每一条，以及正文中标注的事件。',
  intro: (n) =>
    `各馆报告“大事记”中的每一条，以及正文中写明日期的事件（标为“正文”），共 ${n} 条，按日期排列；每条都链接到报告原文中的位置。`,
  paged: (byMonth) => `事件较多，按年份${byMonth ? '和月份' : ''}分页。`,
  download: ['数据可下载：', '、', '，或', '按年份下载', '。'],
  downloadByYear: ['数据可', '按年份下载', '。'],
  yearsNav: '按年份',
  librariesNav: '各馆时间线',
  allLibraries: '全部馆',
  year: (y) => `${y}年`,
  count: (n) => `${n} 条`,
  parens: ['（', '）'],
  listStart: '：',
  monthLabel: zhMonth,
  pageTitle: (p) =>
    `${p.year}年${p.month === undefined ? '' : zhMonth(p.month)}时间线${p.parts ? `（第${p.part}部分，共${p.parts}部分）` : ''}`,
  library: {
    title: (name) => `${name}时间线`,
    description: (name) => `${name}各年度工作总结中有日期的事件。`,
    imageAlt: (name) => `${name}：最近一年报告中的主要数字`,
    reports: (name, n) => [`${name}各年度报告（`, `）中有日期的事件，共 ${n} 条。`],
    none: (name) => `${name}的报告中还没有标出有日期的事件。`,
    seeAlso: (name) => ['另见', `${name}的统计数字`, '。'],
  },
  period: {
    description: (title) => `${title}：各馆年度工作总结中有日期的事件。`,
    monthsIntro: (y, n) => `${y}年共有 ${n} 条事件，按开始月份分页：`,
    eventsIntro: (n, p) =>
      `各馆报告“大事记”中的每一条，以及正文中写明日期的事件，${p.parts ? `第 ${p.part} / ${p.parts} 部分，` : ''}本页 ${n} 条，按日期排列；每条都链接到报告原文中的位置。`,
    listHeading: (n) => `事件（${n} 条）`,
    pager: '前后页',
  },
};

const en: TimelineStrings = {
  title: 'Timeline',
  description:
    "Dated events of the libraries' annual reports: every 大事记 chronicle entry and the dated sentences of the text.",
  intro: (n) =>
    `Every entry of the reports’ 大事记 (chronicle of events) and every event the report text dates, ${n} in all, in date order; each links to its place in the report. The events are quoted in Chinese, as the reports write them. `,
  paged: (byMonth) =>
    `With this many events, there is one page per year${byMonth ? ' (per month in a large year)' : ''}. `,
  download: ['Download: ', ', ', ', or ', 'by year', '.'],
  downloadByYear: ['Download: ', 'one file per report year', '.'],
  yearsNav: 'By year',
  librariesNav: 'Timelines of each library',
  allLibraries: 'all libraries',
  year: (y) => String(y),
  count: (n) => String(n),
  parens: [' (', ')'],
  listStart: ': ',
  monthLabel: enMonth,
  pageTitle: (p) => {
    const when =
      p.month === undefined
        ? String(p.year)
        : p.month === 0
          ? `${p.year}, ${enMonth(0)}`
          : `${enMonth(p.month)} ${p.year}`;
    return `Timeline: ${when}${p.parts ? ` (part ${p.part} of ${p.parts})` : ''}`;
  },
  library: {
    title: (name) => `${name}: timeline`,
    description: (name) => `Dated events of ${name}'s annual reports.`,
    imageAlt: (name) => `${name}: headline figures of the latest report`,
    reports: (name, n) => [`${n} dated events in ${name}’s annual reports (`, '), quoted in Chinese.'],
    none: (name) => `${name}’s reports have no dated events marked yet.`,
    seeAlso: (name) => [' See also ', `${name}’s figures`, '.'],
  },
  period: {
    description: (title) => `${title}: dated events of the libraries' annual reports.`,
    monthsIntro: (y, n) => `${n} events in ${y}, one page per starting month:`,
    eventsIntro: (n, p) =>
      `${n} dated events${p.parts ? ` (part ${p.part} of ${p.parts})` : ''}, in date order, quoted in Chinese as the reports write them; each links to its place in the report.`,
    listHeading: (n) => `Events (${n})`,
    pager: 'Previous and next pages',
  },
};

/** Timeline page strings of each locale. */
export const TIMELINE_STRINGS: Readonly<Record<Locale, TimelineStrings>> = { zh, en };
