/**
 * Interface strings of the event components (`src/components/events/`): the event list, its filters
 * and the monthly counts (a report's own timeline speaks with the report page, `report` in ui.ts). Part
 * of `UiStrings` (`ui.ts`): a string missing from either language is a type error. The events' own
 * words stay as the reports write them.
 */
import { CATEGORY_LABELS, type Category } from '../lib/chronicle/categories.ts';
import { monthName } from './format-date.ts';
import { countEn, formatDateEn } from './format-en.ts';
import type { Locale } from './locales.ts';

export interface EventStrings {
  readonly until: string;
  readonly time: Readonly<Record<'上午' | '下午' | '晚', string>>;
  readonly categories: Readonly<Record<Category, string>>;
  readonly chronicle: string;
  readonly text: string;
  readonly seeReport: string;
  readonly linkHint: (year: number, date: string) => string;
  /** A month of an event list (month 0: events dated only to the year; -1: the year alone). */
  readonly month: (year: number, month: number) => string;
  /** A month in the month index, within its year's line (0: the year's undated events). */
  readonly monthShort: (month: number) => string;
  readonly monthIndex: string;
  /** How many events a month has. */
  readonly count: (n: number) => string;
  /** Heading of a whole timeline's list. */
  readonly listHeading: (count: number) => string;
  /** The filters above a list (`TimelineFilters`). */
  readonly filters: {
    readonly label: string;
    readonly library: string;
    readonly year: string;
    readonly category: string;
    readonly month: string;
    readonly all: string;
    readonly yearOption: (year: number) => string;
    readonly categoryOption: (label: string, count: number) => string;
    readonly monthOption: (month: number) => string;
    /** What the script says after filtering; it fills in `{shown}` and `{total}`. */
    readonly shown: string;
  };
  /** Beside a chart of 大事记 entries: reports without one, and the reports' own activity totals (`StatedActivity`). */
  readonly stated: {
    /** The reports without a 大事记: each library with its years, listed; counted when there are more. */
    readonly year: (year: number) => string;
    readonly separator: string;
    readonly withoutItem: (library: string, years: string) => string;
    readonly withoutMore: (libraries: number) => string;
    /** After the list: with a chart of 大事记 entries above, or without one. */
    readonly withoutChart: string;
    readonly withoutNoChart: string;
    readonly caption: string;
    readonly captionChart: string;
    readonly report: string;
    readonly metric: string;
    readonly written: string;
    readonly scopeAndSentence: string;
    readonly reportOf: (library: string, year: number) => string;
    readonly seeSentence: string;
    readonly sameSentence: string;
    readonly more: (n: number) => string;
    readonly compare: string;
    readonly moreAfter: string;
  };
  /** The monthly counts (`MonthlyActivity`, `MonthlyTable`). */
  readonly monthly: {
    readonly heading: string;
    /** After the chart's source line: how events are counted. */
    readonly note: string;
    readonly summary: (months: number) => string;
    readonly caption: (whose: string) => string;
    readonly month: string;
    readonly total: string;
    /** A year without any 大事记 entry: one row saying so. */
    readonly gap: string;
    /** Below the table: the libraries with events dated by year only (not in it), and their counts. */
    readonly yearOnly: readonly [
      before: string,
      item: (library: string, count: number) => string,
      separator: string,
      after: string,
    ];
    /** A link to the timeline of `whose`, on pages other than the timeline. */
    readonly seeTimeline: readonly [before: string, link: (whose: string) => string, after: string];
  };
}

const zh: EventStrings = {
  until: '至',
  time: { 上午: '上午', 下午: '下午', 晚: '晚上' },
  categories: CATEGORY_LABELS.zh,
  chronicle: '大事记',
  text: '正文',
  seeReport: '见报告原文',
  linkHint: (y, d) => `（${y}年报告，${d}）`,
  month: (y, m) => (m === -1 ? `${y}年` : m === 0 ? `${y}年（月份不详）` : `${y}年${m}月`),
  monthShort: (m) => (m === 0 ? '月份不详' : `${m}月`),
  monthIndex: '按月份跳转',
  count: (n) => `${n} 条`,
  listHeading: (n) => `事件（${n} 条，按日期排列）`,
  filters: {
    label: '筛选事件',
    library: '馆',
    year: '年份',
    category: '类别',
    month: '月份',
    all: '全部',
    yearOption: (y) => `${y}年`,
    categoryOption: (label, n) => `${label}（${n}）`,
    monthOption: (m) => monthName(m, 'zh'),
    shown: '显示 {shown} / {total} 条',
  },
  stated: {
    year: (y) => `${y}年`,
    separator: '、',
    withoutItem: (library, years) => `${library}（${years}）`,
    withoutMore: (n) => `等 ${n} 个馆`,
    withoutChart: '的报告没有大事记，不画入上图（不是活动少）；它们正文中写明日期的事列在时间线中。',
    withoutNoChart:
      '的报告没有大事记，所以没有按月的大事记条目图（这不表示没有活动）；正文中写明日期的事列在时间线中。',
    caption: '报告自己写的活动总数',
    captionChart: '报告自己写的活动总数（上图数的是大事记条目，不是活动场次）',
    report: '报告',
    metric: '指标',
    written: '原文写法',
    scopeAndSentence: '口径与原句',
    reportOf: (library, year) => `${library} ${year}年`,
    seeSentence: '查看原句',
    sameSentence: '（同上句）',
    more: (n) => `另有 ${n} 份报告的活动总数，见`,
    compare: '读者活动比较',
    moreAfter: '。',
  },
  monthly: {
    heading: '大事记条目（按月）',
    note: '按大事记条目开始日期所在月份计，不是活动场次。',
    summary: (n) => `每月大事记条目数表（${n} 行）`,
    caption: (whose) => `${whose}每月大事记条目数（按开始日期计）`,
    month: '月份',
    total: '合计',
    gap: '无大事记（没有收录这一年含大事记的报告）',
    yearOnly: ['只写了年份、没有月份的大事记条目不计入上表：', (l, n) => `${l} ${n} 条`, '，', '。'],
    seeTimeline: ['每一条事件见', (whose) => `${whose}时间线`, '。'],
  },
};

const en: EventStrings = {
  until: ' to ',
  time: { 上午: 'morning', 下午: 'afternoon', 晚: 'evening' },
  categories: CATEGORY_LABELS.en,
  chronicle: 'Chronicle',
  text: 'Report text',
  seeReport: 'See it in the report (Chinese)',
  linkHint: (y, d) => ` (${y} report, ${d})`,
  month: (y, m) =>
    m === -1 ? String(y) : m === 0 ? `${y} (month not stated)` : formatDateEn(`${y}-${String(m).padStart(2, '0')}`),
  monthShort: (m) => (m === 0 ? 'undated' : formatDateEn(`2000-${String(m).padStart(2, '0')}`).slice(0, 3)),
  monthIndex: 'Jump to a month',
  count: (n) => countEn(n, 'event', 'events'),
  listHeading: (n) => `Events (${n}, in date order)`,
  filters: {
    label: 'Filter events',
    library: 'Library',
    year: 'Year',
    category: 'Kind',
    month: 'Month',
    all: 'All',
    yearOption: (y) => String(y),
    categoryOption: (label, n) => `${label} (${n})`,
    monthOption: (m) => monthName(m, 'en'),
    shown: 'Showing {shown} of {total}',
  },
  stated: {
    year: (y) => String(y),
    separator: ', ',
    withoutItem: (library, years) => `${library} (${years})`,
    withoutMore: (n) => ` and others (${n} libraries in all)`,
    withoutChart:
      ': these reports have no chronicle, so they are not drawn above (it does not mean little activity); the dated events of their text are on the timeline.',
    withoutNoChart:
      ': these reports have no chronicle, so there are no monthly chronicle counts (it does not mean no activity); the dated events of their text are on the timeline.',
    caption: 'Activity totals the reports state themselves',
    captionChart:
      'Activity totals the reports state themselves (the counts above are chronicle entries, not activities)',
    report: 'Report',
    metric: 'Metric',
    written: 'As written',
    scopeAndSentence: 'Scope and sentence',
    reportOf: (library, year) => `${library} ${year}`,
    seeSentence: 'See the sentence',
    sameSentence: '(same sentence)',
    more: (n) => `${n} more reports state activity totals: see`,
    compare: 'the reader activity comparison',
    moreAfter: '.',
  },
  monthly: {
    heading: 'Chronicle entries by month',
    note: 'Counted by the month in which each chronicle entry starts; not a count of activities.',
    summary: (n) => `Chronicle entries per month as a table (${n} rows)`,
    caption: (whose) => `Chronicle entries per month, ${whose} (by start date)`,
    month: 'Month',
    total: 'Total',
    gap: 'No chronicle (no report of this year with a chronicle is included)',
    yearOnly: ['Entries dated by year only are not counted above: ', (l, n) => `${l} ${n}`, ', ', '.'],
    seeTimeline: ['Every event is in ', (whose) => `the timeline of ${whose}`, '.'],
  },
};

/** Event component strings of each locale. */
export const EVENT_STRINGS: Readonly<Record<Locale, EventStrings>> = { zh, en };
