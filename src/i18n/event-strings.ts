/**
 * Interface strings of the event components (`src/components/events/`): the event list, its filters
 * and the monthly counts (a report's own timeline speaks with the report page, `report` in ui.ts). Part
 * of `UiStrings` (`ui.ts`): a string missing from either language is a type error. The events' own
 * words stay as the reports write them.
 */
import { CATEGORY_LABELS, type Category } from '../lib/chronicle/categories.ts';
import { monthName } from './format-date.ts';
import type { Locale } from './locales.ts';

export interface EventStrings {
  readonly until: string;
  readonly time: Readonly<Record<'上午' | '下午' | '晚', string>>;
  readonly categories: Readonly<Record<Category, string>>;
  readonly chronicle: string;
  readonly text: string;
  readonly seeReport: string;
  readonly linkHint: (year: number, date: string) => string;
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
  /** The monthly counts (`MonthlyActivity`, `MonthlyTable`). */
  readonly monthly: {
    readonly heading: string;
    /** After the chart's source line: how events are counted. */
    readonly note: string;
    readonly summary: (months: number) => string;
    readonly caption: (whose: string) => string;
    readonly month: string;
    readonly total: string;
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
  monthly: {
    heading: '每月事件数',
    note: '按事件开始日期所在月份计。',
    summary: (n) => `每月事件数表（${n} 个月）`,
    caption: (whose) => `${whose}每月事件数（按开始日期计）`,
    month: '月份',
    total: '合计',
    yearOnly: ['只写了年份、没有月份的事件不计入上表：', (l, n) => `${l} ${n} 条`, '，', '。'],
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
  monthly: {
    heading: 'Events per month',
    note: 'Counted by the month in which each event starts.',
    summary: (n) => `Events per month as a table (${n} months)`,
    caption: (whose) => `Events per month, ${whose} (by start date)`,
    month: 'Month',
    total: 'Total',
    yearOnly: ['Events dated by year only are not counted above: ', (l, n) => `${l} ${n}`, ', ', '.'],
    seeTimeline: ['Every event is in ', (whose) => `the timeline of ${whose}`, '.'],
  },
};

/** Event component strings of each locale. */
export const EVENT_STRINGS: Readonly<Record<Locale, EventStrings>> = { zh, en };
