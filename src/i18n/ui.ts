/**
 * Interface strings of the pieces both languages share (layout, home, awards, open data, 404, event and
 * award lists). One `UiStrings` shape, one object per locale: a string missing from either language is a
 * type error. Metric labels, units and definitions are not here: they come from the catalog
 * (`src/lib/model/catalog.ts`, `label` / `labelEn` …).
 */
import { CATEGORY_LABELS, type Category } from '../lib/chronicle/categories.ts';
import type { ROW_COLUMNS } from '../lib/model/figure-rows.ts';
import type { Locale } from './locales.ts';

/** The sections of the main navigation. */
export type Section = 'home' | 'compare' | 'timeline' | 'awards' | 'metrics' | 'data';

export interface UiStrings {
  readonly siteTitle: string;
  /** The site name in the other language, shown small beside the brand. */
  readonly siteTitleOther: string;
  readonly siteDescription: string;
  readonly skipLink: string;
  readonly mainNav: string;
  readonly nav: Readonly<Record<Section, string>>;
  readonly search: {
    readonly label: string;
    readonly field: string;
    readonly placeholder: string;
    readonly button: string;
  };
  readonly rssTitle: string;
  /** The language switch: its text (in the other language) and an accessible hint. */
  readonly switchTo: { readonly text: string; readonly label: string };
  readonly footer: { readonly text: string; readonly dataLink: string; readonly after: string };
  readonly home: {
    readonly lead: (libraries: number, reports: number, figures: number) => string;
    readonly caption: string;
    readonly yearOf: (year: number) => string;
    readonly notReported: string;
    readonly viewSentence: string;
    readonly partYear: string;
    readonly inconsistent: string;
    readonly caveat: string;
    readonly entries: Readonly<Record<'compare' | 'timeline' | 'metrics' | 'data', string>>;
  };
  readonly figures: {
    readonly reportHead: string;
    readonly metricHead: string;
    readonly writtenHead: string;
    readonly valueHead: string;
    readonly notesHead: string;
    /** A report's year in the library/year column. */
    readonly year: (year: number) => string;
    /** The library/year cell when it heads its row (tables without a metric column). */
    readonly reportCell: (name: string, year: number) => string;
    readonly compareTitle: string;
    /** Title of a figure linking to its number in the text above (the Chinese report page). */
    readonly inTextTitle: string;
    /** Title of a figure linking to its sentence: a hint, or the sentence itself where the page has no text. */
    readonly sourceTitle: (quote: string) => string | undefined;
    readonly change: string;
    readonly partYear: string;
    readonly inconsistent: string;
    readonly editorNote: string;
    readonly notFound: string;
  };
  readonly awards: {
    readonly title: string;
    readonly description: string;
    readonly intro: (count: number) => string;
    readonly count: (level: string, count: number) => string;
    readonly rules: string;
    readonly perLibrary: string;
    readonly libraryCount: (count: number) => string;
    readonly reportYear: (year: number) => string;
    readonly unknownLevel: string;
    readonly awardedBy: string;
    readonly reportText: (year: number) => string;
    readonly inText: string;
  };
  readonly data: {
    readonly title: string;
    readonly description: string;
    readonly figuresIntro: (count: number) => string;
    readonly csvNote: string;
    readonly eventsIntro: string;
    readonly eventsCsvNote: string;
    /** Instead of the whole-corpus links, when the corpus is too large for whole files. */
    readonly seeByYear: readonly [before: string, link: string, after: string];
    readonly byYearTitle: string;
    /** Above the per-year table: whether the whole-corpus files exist (`limit` reports at most). */
    readonly byYearIntro: (whole: boolean, limit: number) => string;
    readonly filesList: string;
    readonly byYearCaption: string;
    readonly yearHead: string;
    readonly figuresHead: string;
    readonly eventsHead: string;
    readonly yearLabel: (year: number) => string;
    readonly rowCount: (count: number) => string;
    readonly columnsCaption: string;
    readonly field: string;
    readonly meaning: string;
    readonly columns: Readonly<Record<(typeof ROW_COLUMNS)[number], string>>;
  };
  readonly notFound: {
    readonly title: string;
    readonly description: string;
    readonly before: string;
    readonly home: string;
    readonly middle: string;
    readonly search: string;
    readonly after: string;
    readonly formLabel: string;
    readonly field: string;
    readonly button: string;
  };
  readonly events: {
    readonly until: string;
    readonly time: Readonly<Record<'上午' | '下午' | '晚', string>>;
    readonly categories: Readonly<Record<Category, string>>;
    readonly chronicle: string;
    readonly text: string;
    readonly seeReport: string;
    readonly linkHint: (year: number, date: string) => string;
  };
  readonly separator: string;
}

const zh: UiStrings = {
  siteTitle: '图书馆年鉴',
  siteTitleOther: 'Library Yearbook',
  siteDescription: '图书馆年鉴：把公共图书馆年度工作总结变成可比较、可追溯的统计数据。',
  skipLink: '跳到正文',
  mainNav: '主导航',
  nav: { home: '首页', compare: '比较', timeline: '时间线', awards: '荣誉', metrics: '指标', data: '开放数据' },
  search: { label: '站内搜索', field: '搜索全站', placeholder: '搜索报告、大事记', button: '搜索' },
  rssTitle: '图书馆年鉴：年度报告',
  switchTo: { text: 'English', label: 'This page in English' },
  footer: {
    text: '每个数字都来自图书馆年度工作总结原文，保留原文的“约”“余”“多”“近”等限定词，并链接到原句。数据可在',
    dataLink: '开放数据',
    after: '下载。',
  },
  home: {
    lead: (l, r, f) =>
      `${l} 家公共图书馆的 ${r} 份年度工作总结，${f} 个统计数字。每个数字保留原文写法（约、余、多、近），点一下就能看到它出自哪一句。`,
    caption: '各馆最近一年的主要数字',
    yearOf: (y) => `${y}年`,
    notReported: '报告没有这一项',
    viewSentence: '查看原句',
    partYear: '非全年',
    inconsistent: '原文不一致',
    caveat: '各馆年份不同、口径不一（如外借册次与文献流通量不是一回事），点指标名看比较页的定义和说明。',
    entries: { compare: '按指标比较', timeline: '大事记时间线', metrics: '指标说明', data: '下载数据' },
  },
  figures: {
    reportHead: '馆 · 年度',
    metricHead: '指标',
    writtenHead: '原文写法',
    valueHead: '数值',
    notesHead: '说明与原句',
    year: (y) => `${y}年`,
    reportCell: (name, y) => `${name} ${y}年`,
    compareTitle: '各馆比较',
    inTextTitle: '在正文中查看',
    sourceTitle: () => '查看原句',
    change: '同比 ',
    partYear: '非全年：',
    inconsistent: '原文不一致：',
    editorNote: '',
    notFound: '原文中未找到该写法',
  },
  awards: {
    title: '荣誉与奖项',
    description: '各馆年度工作总结中记载的荣誉与奖项：获得日期、名称、级别和授予单位，附原文出处。',
    intro: (n) => `各馆年度报告中记载的荣誉与奖项，共 ${n} 项：`,
    count: (level, n) => `${level} ${n} 项`,
    rules: '名称照原文；日期只写到原文写明的精度；授予单位只在原文写明时列出。',
    perLibrary: '各馆：',
    libraryCount: (n) => `（${n} 项）`,
    reportYear: (y) => `${y}年报告`,
    unknownLevel: '未注明级别',
    awardedBy: '授予：',
    reportText: (y) => `${y}年报告原文`,
    inText: '见正文',
  },
  data: {
    title: '开放数据',
    description: '全部年度报告中的统计数字和有日期的事件，CSV 与 JSON 下载，附字段说明。',
    figuresIntro: (n) => `全部报告中的全部数字（共 ${n} 项），每项一行，保留原文写法和限定词，并附出处原句。`,
    csvNote: '（UTF-8 带 BOM，Excel 可直接打开）',
    eventsIntro:
      '各报告中有日期的事件（大事记的每一条，及正文中标注的事件），每条一行，字段为 id、馆、年度、起止日期（ISO，精确到日、月或年）、precision、time（上午/下午/晚）、categories（类别，空格分隔）、source（chronicle 大事记 / text 正文）、line（正文中的行）、text（原文）：',
    eventsCsvNote: '（UTF-8 带 BOM）',
    seeByYear: ['按报告年度分成多个文件，见', '按年份下载', '。'],
    byYearTitle: '按年份下载',
    byYearIntro: (whole, limit) =>
      whole
        ? '同样的数据也按报告年度分成文件，字段相同。'
        : `报告超过 ${limit} 份，不再生成包含全部数据的单个文件，只按报告年度分成文件，字段相同。`,
    filesList: '全部文件的清单（路径、年度、行数）：',
    byYearCaption: '各年度的数据文件',
    yearHead: '年度',
    figuresHead: '数字',
    eventsHead: '事件',
    yearLabel: (y) => `${y}年`,
    rowCount: (n) => `${n} 行`,
    columnsCaption: '字段说明',
    field: '字段',
    meaning: '含义',
    columns: {
      library: '馆的标识',
      libraryName: '馆名',
      year: '年度',
      metric: '指标 id（组.键）',
      label: '指标名称',
      value: '数值（完整，不取整）',
      qualifier: '限定：exact 确数 / about 约 / more-than 余、多 / at-least 以上 / nearly 近',
      unit: '单位',
      written: '原文写法',
      period: '非全年数据的时段',
      change: '原文写明的同比变化',
      note: '说明',
      discrepancy: '原文不一致之处',
      quote: '陈述该数字的原句',
    },
  },
  notFound: {
    title: '找不到这个页面',
    description: '找不到这个页面。',
    before: '地址可能有误，或页面已经移动。请从',
    home: '首页',
    middle: '查找图书馆和年度报告，或者',
    search: '搜索全站',
    after: '。',
    formLabel: '在 404 页面搜索',
    field: '搜索词',
    button: '搜索',
  },
  events: {
    until: '至',
    time: { 上午: '上午', 下午: '下午', 晚: '晚上' },
    categories: CATEGORY_LABELS,
    chronicle: '大事记',
    text: '正文',
    seeReport: '见报告原文',
    linkHint: (y, d) => `（${y}年报告，${d}）`,
  },
  separator: '、',
};

const en: UiStrings = {
  siteTitle: 'Library Yearbook',
  siteTitleOther: '图书馆年鉴',
  siteDescription:
    "Library Yearbook: public libraries' annual work reports as comparable statistics, each traced to its sentence.",
  skipLink: 'Skip to content',
  mainNav: 'Main navigation',
  nav: {
    home: 'Home',
    compare: 'Compare',
    timeline: 'Timeline',
    awards: 'Awards',
    metrics: 'Metrics',
    data: 'Open data',
  },
  search: { label: 'Site search', field: 'Search the site', placeholder: 'Search (Chinese text)', button: 'Search' },
  rssTitle: 'Library Yearbook: annual reports (Chinese)',
  switchTo: { text: '中文', label: '本页中文版' },
  footer: {
    text: "Every figure comes from a library's annual work report, keeps the report's own qualifier (about, more than, nearly …) and links to the sentence that states it. The reports themselves are in Chinese. Download everything from ",
    dataLink: 'Open data',
    after: '.',
  },
  home: {
    lead: (l, r, f) =>
      `${r} annual work reports of ${l} public libraries in China, with ${f} figures. Each figure is shown as the report writes it (in Chinese) with a plain-number reading, and links to the sentence it comes from.`,
    caption: "Headline figures of each library's latest report",
    yearOf: (y) => `${y}`,
    notReported: 'Not in the report',
    viewSentence: 'See the sentence (Chinese)',
    partYear: 'part-year',
    inconsistent: 'inconsistent in the source',
    caveat:
      'Years differ between libraries and so do definitions (loans are not circulation). Follow a metric name for its definition and the comparison.',
    entries: {
      compare: 'Compare by metric',
      timeline: 'Timeline of events',
      metrics: 'Metric definitions',
      data: 'Download the data',
    },
  },
  figures: {
    reportHead: 'Library, year',
    metricHead: 'Metric',
    writtenHead: 'As written',
    valueHead: 'Reading',
    notesHead: 'Notes',
    year: (y) => String(y),
    reportCell: (name, y) => `${name}, ${y}`,
    compareTitle: 'Compare the libraries',
    inTextTitle: 'See it in the text',
    // The sentence is Chinese and on the Chinese page: shown on hover, the link goes there.
    sourceTitle: (quote) => quote || undefined,
    change: 'year on year ',
    partYear: 'part-year: ',
    inconsistent: 'inconsistent in the source: ',
    editorNote: 'editor’s note: ',
    notFound: 'sentence not found',
  },
  awards: {
    title: 'Awards and honours',
    description:
      "Awards and honours recorded in the libraries' annual reports: date, title, level and awarding body, with the source.",
    intro: (n) => `Awards and honours recorded in the libraries' annual reports: ${n} in all — `,
    count: (level, n) => `${level} ${n}`,
    rules:
      'Titles and awarding bodies stay in Chinese as the reports write them; dates are only as precise as the report; the awarding body is listed only when the report names it.',
    perLibrary: 'By library: ',
    libraryCount: (n) => ` (${n})`,
    reportYear: (y) => `${y} report`,
    unknownLevel: 'level not stated',
    awardedBy: 'Awarded by: ',
    reportText: (y) => `${y} report (Chinese)`,
    inText: 'In the text',
  },
  data: {
    title: 'Open data',
    description: 'Every figure and every dated event of the annual reports, as CSV and JSON, with the field list.',
    figuresIntro: (n) =>
      `Every figure of every report (${n} in all), one per row, as the report writes it, with its qualifier and the sentence that states it. Labels and quotes are in Chinese.`,
    csvNote: ' (UTF-8 with BOM, opens directly in Excel)',
    eventsIntro:
      "Every dated event of the reports (each 大事记 chronicle entry and events marked in the text), one per row: id, library, year, start and end dates (ISO, to the day, month or year), precision, time (上午 morning / 下午 afternoon / 晚 evening), categories (space-separated), source (chronicle / text), line (in the report text) and text (the report's words):",
    eventsCsvNote: ' (UTF-8 with BOM)',
    seeByYear: ['Split into one file per report year: see ', 'downloads by year', '.'],
    byYearTitle: 'Downloads by year',
    byYearIntro: (whole, limit) =>
      whole
        ? 'The same data, split into one set of files per report year, with the same fields.'
        : `With more than ${limit} reports there is no single file of everything: the data is split into one set of files per report year, with the same fields.`,
    filesList: ' The list of every file (path, year, rows): ',
    byYearCaption: 'Data files by report year',
    yearHead: 'Year',
    figuresHead: 'Figures',
    eventsHead: 'Events',
    yearLabel: (y) => String(y),
    rowCount: (n) => `${n} ${n === 1 ? 'row' : 'rows'}`,
    columnsCaption: 'Fields of figures.csv and figures.json',
    field: 'Field',
    meaning: 'Meaning',
    columns: {
      library: 'Library id',
      libraryName: 'Library name (Chinese)',
      year: 'Report year',
      metric: 'Metric id (group.key)',
      label: 'Metric label (Chinese; English labels on the metrics page)',
      value: 'Value, in full, never rounded',
      qualifier: 'Qualifier: exact / about (约) / more-than (余, 多) / at-least (以上) / nearly (近)',
      unit: 'Unit (Chinese)',
      written: 'The figure as the report writes it',
      period: 'Period of a part-year figure',
      change: 'Year-on-year change as the report states it',
      note: "Editor's note",
      discrepancy: 'Inconsistency in the source',
      quote: 'The sentence stating the figure',
    },
  },
  notFound: {
    title: 'Page not found',
    description: 'This page does not exist.',
    before: 'The address may be wrong, or the page has moved. Find libraries and annual reports from the ',
    home: 'home page',
    middle: ', or ',
    search: 'search the site',
    after: '.',
    formLabel: 'Search from the 404 page',
    field: 'Search words',
    button: 'Search',
  },
  events: {
    until: ' to ',
    time: { 上午: 'morning', 下午: 'afternoon', 晚: 'evening' },
    categories: {
      lecture: 'Lecture',
      exhibition: 'Exhibition',
      training: 'Training',
      outreach: 'Outreach',
      party: 'Party affairs',
      governance: 'Management and meetings',
      award: 'Award',
      festival: 'Festival',
      online: 'Online',
    },
    chronicle: 'Chronicle',
    text: 'Report text',
    seeReport: 'See it in the report (Chinese)',
    linkHint: (y, d) => ` (${y} report, ${d})`,
  },
  separator: ', ',
};

/** Interface strings of each locale. */
export const UI: Readonly<Record<Locale, UiStrings>> = { zh, en };

/** The strings of a locale. */
export const t = (locale: Locale): UiStrings => UI[locale];
