/**
 * Words of the metric dictionary (`/metrics/`) in both languages; part of `UiStrings`
 * (`t(locale).metrics`). The entries themselves come from the catalog (`catalog-text.ts`).
 */
import type { Locale } from './locales.ts';

export interface MetricsStrings {
  readonly title: string;
  readonly description: string;
  /** The introduction, around an example id in `<code>`. */
  readonly intro: (metrics: number, groups: number) => readonly [before: string, after: string];
  readonly exampleId: string;
  readonly groupsNav: string;
  readonly unit: string;
  readonly reportedBy: string;
  /** Between the libraries that report a metric. */
  readonly separator: string;
  readonly compareLink: string;
  readonly noneReported: string;
}

const zh: MetricsStrings = {
  title: '指标说明',
  description: '图书馆年鉴使用的每个统计指标：定义、单位、哪些馆报告了它，以及容易混淆的指标之间的区别。',
  intro: (m, g) => [
    `全站共 ${m} 个指标，分 ${g} 组。每个指标有固定的标识（如 `,
    '），开放数据和报告文件里都用它。各报告的统计口径不尽相同，比较前请看“不同于”一栏。',
  ],
  exampleId: 'collection.total',
  groupsNav: '指标分组',
  unit: '单位：',
  reportedBy: '报告此项：',
  separator: '；',
  compareLink: '比较各馆',
  noneReported: '目前收录的报告都没有这一项。',
};

const en: MetricsStrings = {
  title: 'Metrics',
  description:
    'Every metric of the Library Yearbook: definition, unit, which libraries report it, and how look-alikes differ.',
  intro: (m, g) => [
    `${m} metrics in ${g} groups. Each has a fixed id (such as `,
    ') used in the open data and the report files. Reports do not all count the same way: read “not the same as” before comparing.',
  ],
  exampleId: 'collection.total',
  groupsNav: 'Metric groups',
  unit: 'Unit: ',
  reportedBy: 'Reported by ',
  separator: '; ',
  compareLink: 'compare the libraries',
  noneReported: 'None of the reports collected so far has this metric.',
};

/** Metric-dictionary words of each locale. */
export const METRICS_STRINGS: Readonly<Record<Locale, MetricsStrings>> = { zh, en };
