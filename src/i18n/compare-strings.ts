/**
 * Words of the compare pages — one metric across libraries, and the list of metrics — in both
 * languages; part of `UiStrings` (`t(locale).compare`). Metric labels, units, definitions and look-alike
 * notes come from the catalog (`catalog-text.ts`), library names from the libraries' files.
 */
import type { Locale } from './locales.ts';

export interface CompareStrings {
  readonly title: (label: string) => string;
  readonly description: (label: string, unit: string) => string;
  /** The link to the metric's entry in the metric dictionary. */
  readonly metricDoc: string;
  /** Around a look-alike metric's link: `不同于<a>…</a>：…`. */
  readonly differs: readonly [before: string, after: string];
  readonly yearsDiffer: string;
  /** A flagged figure: whose, then what. */
  readonly flagHead: (library: string, year: number) => string;
  readonly partYear: (period: string) => string;
  /** Before the report's inconsistency, quoted (Chinese). */
  readonly discrepancy: string;
  readonly notesTitle: string;
  /** An editor's note: `whose（<a>figure</a>）：note`. */
  readonly noteHead: readonly [before: (library: string, year: number) => string, after: string];
  readonly index: {
    readonly title: string;
    readonly description: string;
    readonly intro: (metrics: number) => string;
    /** A metric's unit before who reports it. */
    readonly unit: (unit: string) => string;
    readonly separator: string;
    readonly values: (count: number) => string;
  };
}

const zh: CompareStrings = {
  title: (label) => `比较：${label}`,
  description: (label, unit) => `${label}（${unit}）在各馆各年度的数字，附定义、口径差异和原文出处。`,
  metricDoc: '指标说明',
  differs: ['不同于', '：'],
  yearsDiffer: '各馆最近一年的报告年份不同，柱状图比较的是不同年份的数字。',
  flagHead: (library, year) => `${library} ${year}年：`,
  partYear: (period) => `非全年数据（${period}）`,
  discrepancy: '原文不一致：',
  notesTitle: '口径说明',
  noteHead: [(library, year) => `${library} ${year}年（`, '）：'],
  index: {
    title: '比较',
    description: '按指标比较各图书馆各年度的统计数字。',
    intro: (n) =>
      `选一个指标，看各馆各年度的数字：柱状图、折线图和表格，每个数值都链接到报告原句。共 ${n} 个指标有数据；只有一家馆报告的指标也列出，方便查看历年变化。`,
    unit: (unit) => `（${unit}）`,
    separator: '、',
    values: (n) => `${n} 个数值`,
  },
};

const en: CompareStrings = {
  title: (label) => `Compare: ${label}`,
  description: (label, unit) =>
    `${label} (${unit}) of every library and year, with its definition, caveats and sources.`,
  metricDoc: 'metric definition',
  differs: ['Not the same as ', ': '],
  yearsDiffer:
    'The libraries’ latest reports are of different years: the bar chart compares figures of different years.',
  flagHead: (library, year) => `${library}, ${year}: `,
  partYear: (period) => `part-year figure (${period}) `,
  discrepancy: 'inconsistent in the source: ',
  notesTitle: 'Notes on the figures',
  noteHead: [(library, year) => `${library}, ${year} (`, '): '],
  index: {
    title: 'Compare',
    description: "Compare the libraries' figures metric by metric, year by year.",
    intro: (n) =>
      `Pick a metric to see every library’s figures for every year: bar and line charts and tables, each value linked to its sentence. ${n} metrics have figures; those only one library reports are listed too, for their change over the years.`,
    unit: (unit) => `(${unit}) `,
    separator: ', ',
    values: (n) => `${n} ${n === 1 ? 'value' : 'values'}`,
  },
};

/** Compare-page words of each locale. */
export const COMPARE_STRINGS: Readonly<Record<Locale, CompareStrings>> = { zh, en };
