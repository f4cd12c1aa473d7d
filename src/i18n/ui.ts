/**
 * Interface strings of the pieces both languages share (layout, home, awards, open data, 404, award lists).
 * One `UiStrings` shape, one object per locale: a string missing from either language is a type error. The
 * strings of larger areas each live in a file of their own composed here (charts, compare pages, metric
 * dictionary, event components, timeline pages, search page). Metric labels, units and definitions are not
 * here: they come from the catalog (`src/lib/model/catalog.ts`, `label` / `labelEn` …).
 */
import { CHART_STRINGS, type ChartStrings } from './chart-strings.ts';
import { COMPARE_STRINGS, type CompareStrings } from './compare-strings.ts';
import { DATA_COLUMN_STRINGS, type DataColumnStrings } from './data-columns-strings.ts';
import type { Scope } from '../lib/model/scope.ts';
import { NO_POPULATION, NO_POPULATION_EN } from '../lib/model/per-capita.ts';
import { countEn } from './format-en.ts';
import type { Locale } from './locales.ts';
import { METRICS_STRINGS, type MetricsStrings } from './metrics-strings.ts';
import { EVENT_STRINGS, type EventStrings } from './event-strings.ts';
import { RELEASE_STRINGS, type ReleaseStrings } from './release-strings.ts';
import { SEARCH_PAGE_STRINGS, type SearchPageStrings } from './search-page-strings.ts';
import { TIMELINE_STRINGS, type TimelineStrings } from './timeline-strings.ts';

/** The sections of the main navigation, in order (`home` is `/`, the others `/<section>/`). */
export const NAV_SECTIONS = ['home', 'compare', 'timeline', 'awards', 'metrics', 'data', 'about'] as const;
type Section = (typeof NAV_SECTIONS)[number];

export interface UiStrings {
  readonly siteTitle: string;
  /** The site name in the other language, shown small beside the brand. */
  readonly siteTitleOther: string;
  readonly siteDescription: string;
  readonly skipLink: string;
  readonly mainNav: string;
  /** The phone menu's button (a `<summary>`: it works without JavaScript). `nav.home` names the brand link's page. */
  readonly menu: string;
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
  readonly footer: {
    readonly text: string;
    readonly dataLink: string;
    readonly after: string;
    /** The link to the about page, which every footer carries. */
    readonly about: string;
    readonly licence: string;
    readonly updated: (date: string) => string;
  };
  /** The citation block at the end of compare, profile and report pages (src/components/site/CiteThis.astro). */
  readonly cite: {
    readonly title: string;
    readonly intro: string;
    readonly updated: (date: string) => string;
    readonly licence: string;
    readonly correct: string;
  };
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
  readonly profile: {
    readonly description: (name: string) => string;
    readonly imageAlt: (name: string) => string;
    readonly crumb: string;
    readonly website: string;
    readonly reportsLead: string;
    readonly yearLink: (year: number) => string;
    /**
     * After the report links, on a page that leaves sections to the other language's page: a link to the
     * library's timeline, then what that page adds, around a link to it. Empty where nothing is left out.
     */
    readonly otherPage: {
      readonly timeline: string;
      readonly before: string;
      readonly link: string;
      readonly after: string;
    };
    readonly headline: (year: number) => string;
    readonly viewSentence: string;
    readonly partYear: string;
    readonly inconsistent: string;
    /** The change computed from the previous year's report (`text` is the signed change). */
    readonly computed: (previousYear: number, text: string) => string;
    /** The change the report states, around the link to it. */
    readonly stated: readonly [before: string, after: string];
    /** The previous year's value that stated change implies. */
    readonly implied: (previousYear: number, text: string) => string;
    readonly headlineNote: (count: number) => string;
    /** After the level: the peer class the library is compared with. */
    readonly peerClass: (cls: string) => string;
    readonly indicators: (year: number) => string;
    readonly indicatorsNote: string;
    readonly missing: (count: number) => string;
    readonly reasonSep: string;
    readonly formulaParens: readonly [open: string, close: string];
    readonly monthly: string;
    readonly years: string;
    /** Only one report so far: before the link to the compare pages, its text, after. */
    readonly onlyOne: (year: number) => readonly [before: string, link: string, after: string];
    readonly yearsNote: string;
    readonly multipleCaption: (library: string, metric: string, unit: string) => string;
    readonly qualifierHidden: (label: string) => string;
    /** A short inconsistency flag where space is tight. */
    readonly discrepant: string;
    readonly noReport: string;
    readonly csvLabel: (metric: string) => string;
    readonly parts: (year: number) => string;
    readonly partCaptions: Readonly<Record<'events' | 'titles' | 'education', string>>;
    readonly partHeads: readonly [category: string, written: string, bar: string];
    readonly noParts: (year: number) => string;
    /** The number of awards, around the link to every library's awards. */
    readonly awardCount: (count: number) => readonly [before: string, after: string];
    readonly problems: string;
    readonly problemsOf: (year: number) => string;
    readonly fullText: string;
    readonly figures: string;
    readonly figuresSummary: (reports: number, figures: number) => string;
    readonly figuresCaption: (library: string) => string;
    readonly reports: string;
    readonly figureCount: (count: number) => string;
  };
  readonly plans: {
    readonly title: string;
    readonly intro: string;
    readonly unreviewed: (forYear: number) => string;
    /** Where an unreviewed plan comes from: before the link, the link, after. */
    readonly unreviewedFrom: (
      planYear: number,
      forYear: number,
    ) => readonly [before: string, link: string, after: string];
    readonly reviewed: (forYear: number, reviewedIn: number) => string;
    readonly reviewedFrom: (planYear: number, count: number) => readonly [before: string, link: string, after: string];
    readonly count: (status: string, count: number) => string;
    readonly countSep: string;
    readonly pending: (count: number) => string;
    readonly end: string;
    readonly notChecked: string;
    readonly editor: string;
    readonly chronicle: (date: string) => string;
    readonly quote: string;
  };
  readonly report: {
    readonly title: (name: string, year: number) => string;
    readonly description: (title: string, name: string, year: number) => string;
    readonly crumb: (year: number) => string;
    /** The page's heading: the report's own title on the Chinese page. */
    readonly heading: (title: string, name: string, year: number) => string;
    /** Labels of the items of the line under the heading. */
    readonly meta: Readonly<Record<'title' | 'published' | 'dataAsOf', string>>;
    /** The title of the page's search result. */
    readonly searchTitle: (title: string, name: string, year: number) => string;
    /** The text's numbers are marked: before the link to the figures, its text, after. */
    readonly marks: readonly [before: string, link: string, after: string];
    readonly notes: (count: number) => string;
    readonly editorNote: string;
    readonly original: readonly [before: string, after: string];
    readonly tocLabel: string;
    readonly toc: string;
    /**
     * Where the page summarises the text instead of showing it: before the link to the text, its text,
     * and what the page holds (figures, groups, approximate ones). Empty on the Chinese page.
     */
    readonly summary: (
      figures: number,
      groups: number,
      inexact: number,
    ) => readonly [before: string, link: string, after: string];
    readonly figures: string;
    readonly figuresCaption: (name: string, year: number, count: number) => string;
    readonly groupsLabel: string;
    readonly groupCount: (count: number) => string;
    readonly groupCaption: (name: string, year: number, group: string) => string;
    readonly leadership: string;
    readonly leadershipCaption: string;
    readonly leaderHeads: readonly [body: string, name: string, gender: string, role: string, term: string];
    readonly problems: string;
    readonly plans: string;
    /** A report's own timeline (src/components/events/ReportTimeline.astro). */
    readonly timeline: string;
    readonly eventCount: (count: number) => string;
    readonly eventSplit: (chronicle: number, text: number) => string;
    readonly allChronicle: string;
    readonly eventsColon: string;
    readonly monthlyCaption: (name: string, year: number) => string;
    readonly filterEvents: (name: string, count: number) => string;
  };
  readonly awards: {
    readonly title: string;
    readonly description: string;
    /** All entries, and how many of them are honours (titles, prizes, selections); the level counts follow. */
    readonly intro: (count: number, honours: number) => string;
    readonly count: (level: string, count: number) => string;
    /** The entries that are not honours (cases presented, other), counted by kind: before and after the counts. */
    readonly notCounted: readonly [string, string];
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
    /** What each column of each table means (src/lib/open-data/columns.ts). */
    readonly columns: DataColumnStrings;
    readonly indicatorsIntro: string;
    readonly indicatorsHead: string;
    readonly indicatorColumnsCaption: string;
    readonly eventColumnsCaption: string;
    readonly metricColumnsCaption: string;
    readonly libraryColumnsCaption: string;
    readonly referenceIntro: string;
    /** After each BOM-less CSV link: who it is for. */
    readonly noBomNote: string;
    readonly scopesCaption: string;
    readonly labelsCaption: string;
    readonly labelsNote: string;
    readonly idHead: string;
    readonly badgeHead: string;
    /** The dataset's version, date, cite line and changelog. */
    readonly release: ReleaseStrings;
    readonly changelogColumnsCaption: string;
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
  readonly events: EventStrings;
  readonly timeline: TimelineStrings;
  readonly searchPage: SearchPageStrings;
  /** Comparing like with like: scope and definition labels, one-library metrics, per-capita figures. */
  readonly like: {
    /** The title of a badge: what a scope or label is (`scope`: its meaning follows). */
    readonly scopeBadge: (meaning: string) => string;
    readonly labelBadge: (meaning: string) => string;
    readonly singleReporter: string;
    readonly singleDetail: (name: string, years: string) => string;
    readonly oneYear: string;
    readonly separated: string;
    readonly allWider: (scope: string) => string;
    readonly panelTitle: Readonly<Record<Scope, string>>;
    readonly panelNote: Readonly<Record<Scope, string>>;
    readonly labelsTitle: string;
    readonly labelsIntro: string;
    readonly years: (...years: number[]) => string;
    readonly figuresCaption: (label: string, name: string) => string;
    readonly wordingHead: string;
    readonly valueHead: string;
    readonly notFound: string;
  };
  readonly perCapita: {
    readonly title: string;
    readonly intro: string;
    readonly noPopulation: string;
    readonly filterLegend: string;
    readonly all: string;
    readonly peer: (cls: string) => string;
    readonly caption: (label: string) => string;
    readonly libraryHead: string;
    readonly yearHead: string;
    readonly valueHead: string;
    readonly dividesHead: string;
    readonly formulaHead: string;
    readonly populationLine: (written: string, area: string, year: number, source: string) => string;
    readonly profileIntro: string;
    readonly compareLink: string;
  };
  readonly separator: string;
  /** Around the charts (`chart-strings.ts`). */
  readonly chart: ChartStrings;
  /** The compare pages (`compare-strings.ts`). */
  readonly compare: CompareStrings;
  /** The metric dictionary (`metrics-strings.ts`). */
  readonly metrics: MetricsStrings;
}

const zh: UiStrings = {
  siteTitle: '图书馆年鉴',
  siteTitleOther: 'Library Yearbook',
  siteDescription: '图书馆年鉴：把公共图书馆年度工作总结变成可比较、可追溯的统计数据。',
  skipLink: '跳到正文',
  mainNav: '主导航',
  menu: '菜单',
  nav: {
    home: '首页',
    compare: '比较',
    timeline: '时间线',
    awards: '荣誉',
    metrics: '指标',
    data: '开放数据',
    about: '关于',
  },
  search: { label: '站内搜索', field: '搜索全站', placeholder: '搜索报告、大事记', button: '搜索' },
  rssTitle: '图书馆年鉴：年度报告',
  switchTo: { text: 'English', label: 'This page in English' },
  footer: {
    text: '每个数字都来自图书馆年度工作总结原文，保留原文的“约”“余”“多”“近”等限定词，并链接到原句。数据可在',
    dataLink: '开放数据',
    after: '下载。',
    about: '关于本站：方法、许可、引用与纠错',
    licence: '数据许可：',
    updated: (d) => `数据更新于 ${d}`,
  },
  cite: {
    title: '引用本页',
    intro: '引用时可复制下面这一行，并注明访问日期：',
    updated: (d) => `数据更新于 ${d}`,
    licence: '数据许可：',
    correct: '发现数字有误？告诉我们',
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
    valueHead: '数值（指标单位）',
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
  profile: {
    description: (name) => `${name}历年工作总结中的统计数字、派生指标、荣誉、问题与计划，附原文出处。`,
    imageAlt: (name) => `${name}：最近一年报告中的主要数字`,
    crumb: '图书馆',
    website: '官方网站',
    reportsLead: '年度报告：',
    yearLink: (y) => `${y}年`,
    // The Chinese profile has every section.
    otherPage: { timeline: '', before: '', link: '', after: '' },
    headline: (y) => `${y}年主要数字`,
    viewSentence: '查看原句',
    partYear: '非全年',
    inconsistent: '原文不一致',
    computed: (y, text) => `比${y}年 ${text}`,
    stated: ['报告写明同比 ', ''],
    implied: (y, text) => `即${y}年${text}（推算）`,
    headlineNote: (n) =>
      `最近一份报告中的全部 ${n} 个数字，照原文写法。点数字可查看报告原句。“比上年”由本站按两年报告计算（统计范围相同时才算）；“报告写明”照录原文。`,
    peerClass: (c) => `（同级比较：${c}级馆）`,
    indicators: (y) => `派生指标（${y}年）`,
    indicatorsNote:
      '由报告中的数字计算，不是报告所写。输入是约数时结果也是约数，输入是下限时结果也是下限；缺少输入的指标不计算，不记作 0。',
    missing: (n) => `无法计算的指标（${n}）`,
    reasonSep: '：',
    formulaParens: ['（', '）'],
    monthly: '大事记条目（按月）',
    years: '历年变化',
    onlyOne: (y) => [`目前只有 ${y} 年一份报告，还看不出历年变化。各指标与其他馆的比较见`, '比较', '。'],
    yearsNote: '空心虚线柱为约数或下限。点指标名可与其他馆比较，点数字可查看报告原句；每个小图的数字可下载为 CSV。',
    multipleCaption: (lib, m, unit) => `${lib}：${m}（${unit}），历年`,
    qualifierHidden: (label) => `（${label}）`,
    discrepant: '不一致',
    noReport: '无报告',
    csvLabel: (m) => `CSV：${m}历年数字`,
    parts: (y) => `活动与人员（${y}年）`,
    partCaptions: { events: '读者活动，按类别', titles: '专业技术人员，按职称', education: '人员，按学历' },
    partHeads: ['类别', '原文', '比例'],
    noParts: (y) => `${y}年报告没有分类别的活动或人员数字。`,
    awardCount: (n) => [`共 ${n} 项。各馆的荣誉见`, '。'],
    problems: '报告提出的问题',
    problemsOf: (y) => `${y}年报告`,
    fullText: '在报告中查看',
    figures: '报告中的全部数字',
    figuresSummary: (r, f) => `${r} 份报告中的 ${f} 个数字，每个链接到原句`,
    figuresCaption: (lib) => `${lib}历年报告中的数字`,
    reports: '年度报告',
    figureCount: (n) => `（${n} 个数字）`,
  },
  plans: {
    title: '计划与落实',
    intro:
      '每年报告的“下一年工作计划”逐条列出；下一年报告收录后，由编者据该报告逐条判断落实情况并给出证据（大事记条目或原句）。“报告中未见”只表示下一年报告没有写到，不等于没有做。',
    unreviewed: (y) => `${y}年计划（尚无年度报告可对照）`,
    unreviewedFrom: (p, f) => ['出自', `${p}年报告`, `。本站还没有收录${f}年报告。`],
    reviewed: (f, r) => `${f}年计划的落实（据${r}年报告）`,
    reviewedFrom: (p, n) => ['计划出自', `${p}年报告`, `，共 ${n} 条：`],
    count: (status, n) => `${status} ${n} 条`,
    countSep: '，',
    pending: (n) => `，尚未核对 ${n} 条`,
    end: '。',
    notChecked: '尚未核对',
    editor: '编者：',
    chronicle: (date) => `大事记 ${date}：`,
    quote: '原文：',
  },
  report: {
    title: (name, y) => `${name} ${y}年`,
    description: (title) => `${title}全文，及其中的统计数字。`,
    crumb: (y) => `${y}年`,
    heading: (title) => title,
    meta: { title: '标题：', published: '落款日期 ', dataAsOf: '数据截至 ' },
    searchTitle: (title, name, y) => `${title}（${name} ${y}年）`,
    marks: ['正文中带虚线下划线的数字是本报告的统计数字（见', '报告中的数字', '），点数字可与其他馆比较。'],
    notes: (n) => `整理说明（${n} 条）`,
    editorNote: '编者注：',
    original: ['（原文：', '）'],
    tocLabel: '报告目录',
    toc: '目录',
    // The Chinese page shows the text itself.
    summary: () => ['', '', ''],
    figures: '报告中的数字',
    figuresCaption: (name, y, n) => `${name}${y}年报告中的数字（${n} 项）`,
    groupsLabel: '数字分组',
    groupCount: (n) => `（${n}）`,
    groupCaption: (name, y, g) => `${name}${y}年：${g}`,
    leadership: '领导班子',
    leadershipCaption: '领导人员名单（照原文）',
    leaderHeads: ['班子', '姓名', '性别', '职务', '任职时间'],
    problems: '报告提出的问题',
    plans: '下一年度工作计划',
    timeline: '时间线',
    eventCount: (n) => `本报告有日期的事件 ${n} 条`,
    eventSplit: (c, t) => `（大事记 ${c} 条，正文 ${t} 条）`,
    allChronicle: '，即大事记的各条',
    eventsColon: '：',
    monthlyCaption: (name, y) => `${name}${y}年每月大事记条目数`,
    filterEvents: (name, n) => `在${name}时间线中按类别、月份筛选这 ${n} 条事件`,
  },
  awards: {
    title: '荣誉与奖项',
    description: '各馆年度工作总结中记载的荣誉与奖项：获得日期、名称、级别和授予单位，附原文出处。',
    intro: (n, h) => `各馆年度报告中记载的荣誉与奖项共 ${n} 项，其中荣誉称号、奖项和入选 ${h} 项：`,
    count: (level, n) => `${level} ${n} 项`,
    notCounted: ['；另有', '，不计入荣誉'],
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
    eventsIntro: '各报告中有日期的事件（大事记的每一条，及正文中标注的事件），每条一行；各字段的含义见下方字段说明。',
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
    columnsCaption: '字段说明：figures.csv 与 figures.json',
    field: '字段',
    meaning: '含义',
    indicatorsIntro:
      '人均指标：数字除以该馆的服务人口（每人，或每万人）。只对写明人口来源的馆计算，不估算人口；保留输入数字的限定词（下限仍是下限）和精度，并写明除的是哪个统计范围的数字。',
    indicatorsHead: '人均指标',
    indicatorColumnsCaption: '字段说明：indicators.csv 与 indicators.json',
    columns: DATA_COLUMN_STRINGS.zh,
    eventColumnsCaption: '字段说明：events.csv 与 events.json',
    metricColumnsCaption: '字段说明：metrics.csv 与 metrics.json',
    libraryColumnsCaption: '字段说明：libraries.csv 与 libraries.json',
    referenceIntro:
      '指标说明和各馆信息也作为数据下载：metrics 是全部指标的 id、名称、单位、定义和易混淆的指标；libraries 是各馆的级别、地区和服务人口（附来源）；changelog 是数据更新记录（见下）。',
    noBomNote: '（UTF-8 不带 BOM，供程序读取：Python、R、pandas、Frictionless 等；内容与上一个文件相同）',
    scopesCaption: '统计范围（scope）',
    labelsCaption: '口径标签（labels）',
    labelsNote:
      '带 {arg} 的标签写作 id:参数，如 source-unit:场（原文单位：场）、part-year:1–9月。标签由编辑按原文判断，或由原文写法与时段自动得出。',
    idHead: 'id',
    badgeHead: '标签',
    release: RELEASE_STRINGS.zh,
    changelogColumnsCaption: '字段说明：changelog.csv 与 changelog.json',
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
  events: EVENT_STRINGS.zh,
  timeline: TIMELINE_STRINGS.zh,
  searchPage: SEARCH_PAGE_STRINGS.zh,
  like: {
    scopeBadge: (m) => `统计范围：${m}`,
    labelBadge: (m) => `口径：${m}`,
    singleReporter: '仅一家馆报告此项',
    singleDetail: (name, years) =>
      `只有${name}（${years}）报告了这一项，没有可以并排比较的馆。下面是它的数字和历年变化。`,
    oneYear: '只有一年的数字，不画历年图。',
    separated: '统计范围不同的数字分开显示，不画成并排的柱子，也不一起排名：',
    allWider: (scope) => `本页的数字都是${scope}，不是单个馆自身的数字。`,
    panelTitle: { library: '只计本馆的数字', network: '总分馆体系合计', area: '全地区所有公共图书馆合计' },
    panelNote: {
      library: '只计本馆（总馆）自身。',
      network: '本馆连同分馆、服务点、读书驿站合计，不与只计本馆的数字并排比较。',
      area: '全地区所有公共图书馆相加，不与单个馆的数字并排比较。',
    },
    labelsTitle: '口径不同的数字',
    labelsIntro: '下列数字比指标定义算得宽或窄，比较时请留意：',
    years: (...ys) => `${ys.join('、')}年`,
    figuresCaption: (label, name) => `${label}：${name}的数字`,
    wordingHead: '原文写法',
    valueHead: '数值（指标单位）',
    notFound: '原文中未找到该写法',
  },
  perCapita: {
    title: '人均（按服务人口）',
    intro:
      '数字除以该馆的服务人口（常住人口）。只对写明人口来源的馆计算，不估算；保留原数字的限定词和精度，并写明除的是哪个统计范围的数字。',
    noPopulation: NO_POPULATION,
    filterLegend: '只看同级馆',
    all: '全部',
    peer: (c) => `${c}级馆`,
    caption: (label) => `${label}：各馆人均`,
    libraryHead: '馆',
    yearHead: '年度',
    valueHead: '人均',
    dividesHead: '谁除以谁',
    formulaHead: '算式与人口来源',
    populationLine: (w, a, y, src) => `服务人口 ${w}（${a}，${y}年，${src}）`,
    profileIntro: '数字除以服务人口（常住人口），保留原数字的限定词和精度：',
    compareLink: '与其他馆比较',
  },
  separator: '、',
  chart: CHART_STRINGS.zh,
  compare: COMPARE_STRINGS.zh,
  metrics: METRICS_STRINGS.zh,
};

const en: UiStrings = {
  siteTitle: 'Library Yearbook',
  siteTitleOther: '图书馆年鉴',
  siteDescription:
    "Library Yearbook: public libraries' annual work reports as comparable statistics, each traced to its sentence.",
  skipLink: 'Skip to content',
  mainNav: 'Main navigation',
  menu: 'Menu',
  nav: {
    home: 'Home',
    compare: 'Compare',
    timeline: 'Timeline',
    awards: 'Awards',
    metrics: 'Metrics',
    data: 'Open data',
    about: 'About',
  },
  search: { label: 'Site search', field: 'Search the site', placeholder: 'Search in Chinese', button: 'Search' },
  rssTitle: 'Library Yearbook: annual reports (Chinese)',
  switchTo: { text: '中文', label: '本页中文版' },
  footer: {
    text: "Every figure comes from a library's annual work report, keeps the report's own qualifier (about, more than, nearly …) and links to the sentence that states it. The reports themselves are in Chinese. Download everything from ",
    dataLink: 'Open data',
    after: '.',
    about: 'About this site: method, licence, citing and corrections',
    licence: 'Data licence: ',
    updated: (d) => `Data updated ${d}`,
  },
  cite: {
    title: 'Cite this page',
    intro: 'To cite this page, copy the line below and add the date you read it:',
    updated: (d) => `Data updated ${d}`,
    licence: 'Data licence: ',
    correct: 'Found a wrong figure? Tell us',
  },
  home: {
    lead: (l, r, f) =>
      `${countEn(r, 'annual work report', 'annual work reports')} of ${countEn(l, 'public library', 'public libraries')} in China, with ${countEn(f, 'figure', 'figures')}. Each figure is shown as the report writes it (in Chinese) with a plain-number reading, and links to the sentence it comes from.`,
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
  profile: {
    description: (name) =>
      `${name}: the figures of its annual work reports, year-on-year changes, awards, problems and plans, each linked to its source.`,
    imageAlt: (name) => `${name}: headline figures of the latest report`,
    crumb: 'Libraries',
    website: 'official website',
    reportsLead: 'Annual reports: ',
    yearLink: (y) => String(y),
    otherPage: {
      timeline: 'timeline of events',
      before: 'the ',
      link: 'Chinese page',
      after: ' adds derived indicators and the monthly activity chart.',
    },
    headline: (y) => `Headline figures of ${y}`,
    viewSentence: 'See the sentence (Chinese)',
    partYear: 'part-year',
    inconsistent: 'inconsistent in the source',
    computed: (y, text) => `vs ${y}: ${text}`,
    stated: ['the report states ', ' year on year'],
    implied: (y, text) => `so ${text} in ${y} (derived)`,
    headlineNote: (n) =>
      `All ${n} figures of the latest report, as written. Follow a figure to its sentence in the report. “vs” changes are computed by this site from two reports of the same scope; what “the report states” is copied from it.`,
    peerClass: (c) => ` (compared with ${c} libraries)`,
    indicators: (y) => `Derived indicators (${y})`,
    indicatorsNote:
      'Computed from the figures of the report, not stated in it. An approximate input gives an approximate result, a lower bound a lower bound; an indicator with a missing input is not computed, never taken as 0.',
    missing: (n) => `Indicators that cannot be computed (${n})`,
    reasonSep: ': ',
    formulaParens: [' (', ')'],
    monthly: 'Chronicle entries by month',
    years: 'Over the years',
    onlyOne: (y) => [
      `Only the ${y} report so far: no changes over the years yet. See `,
      'Compare',
      ' for other libraries.',
    ],
    yearsNote:
      'Dashed hollow bars are approximate values or lower bounds. Follow a metric to compare libraries, a figure to its sentence; each chart’s figures download as CSV.',
    multipleCaption: (lib, m, unit) => `${lib}: ${m} (${unit}), by year`,
    qualifierHidden: (label) => ` (${label})`,
    discrepant: 'inconsistent',
    noReport: 'no report',
    csvLabel: (m) => `CSV: ${m}, by year`,
    parts: (y) => `Events and staff (${y})`,
    partCaptions: { events: 'Events by type', titles: 'Professional staff by title', education: 'Staff by education' },
    partHeads: ['Category', 'As written', 'Proportion'],
    noParts: (y) => `The ${y} report gives no events by type and no staff by title or education.`,
    awardCount: (n) => [`${n} in all. Every library’s awards: `, '.'],
    problems: 'Problems the reports name',
    problemsOf: (y) => `${y} report`,
    fullText: 'In the report (Chinese)',
    figures: 'Every figure of the reports',
    figuresSummary: (r, f) => `${f} figures in ${r} ${r === 1 ? 'report' : 'reports'}, each linked to its sentence`,
    figuresCaption: (lib) => `Figures of ${lib}’s reports`,
    reports: 'Annual reports',
    figureCount: (n) => `(${n} figures)`,
  },
  plans: {
    title: 'Plans and outcomes',
    intro:
      'Each report’s plan for the next year, item by item (in the report’s words); once the next year’s report is in, an editor records from it what became of each item, with evidence (a chronicle entry or a sentence). “No evidence” only means the next report does not mention it, not that it was not done.',
    unreviewed: (y) => `Plans for ${y} (no report yet to check them against)`,
    unreviewedFrom: (p, f) => ['From the ', `${p} report`, `. The ${f} report is not here yet.`],
    reviewed: (f, r) => `Plans for ${f}: outcomes (from the ${r} report)`,
    reviewedFrom: (p, n) => ['From the ', `${p} report`, `, ${n} items: `],
    count: (status, n) => `${status} ${n}`,
    countSep: ', ',
    pending: (n) => `, ${n} not checked yet`,
    end: '.',
    notChecked: 'not checked yet',
    editor: 'Editor: ',
    chronicle: (date) => `Chronicle, ${date}: `,
    quote: 'Text: ',
  },
  report: {
    title: (name, y) => `${name}: ${y} annual report`,
    description: (_title, name, y) =>
      `The figures of ${name}'s ${y} annual work report in English, each linked to its sentence in the Chinese text.`,
    crumb: (y) => String(y),
    heading: (_title, name, y) => `${name}: ${y} annual report`,
    meta: { title: 'Title: ', published: 'dated ', dataAsOf: 'data as of ' },
    searchTitle: (title, name, y) => `${title} (${name}, ${y})`,
    marks: [
      'The figures of this report are underlined in the text (see ',
      'Figures',
      '); follow one to compare libraries.',
    ],
    notes: (n) => `Editing notes (${n})`,
    editorNote: 'Editor’s note: ',
    original: [' (original: ', ')'],
    tocLabel: 'Report contents',
    toc: 'Contents',
    summary: (f, g, inexact) => [
      'The report is written in Chinese and stays in Chinese: ',
      'read the full text',
      `. This page summarises its ${f} figures in ${g} groups${inexact > 0 ? ` (${inexact} of them approximate or a lower bound, as the report words them)` : ''}. Each figure is shown as written and read as a plain number; the link on a figure opens the sentence that states it.`,
    ],
    figures: 'Figures',
    figuresCaption: (name, y, n) => `${name}, ${y}: ${n} figures`,
    groupsLabel: 'Figure groups',
    groupCount: (n) => ` (${n})`,
    groupCaption: (name, y, g) => `${name}, ${y}: ${g}`,
    leadership: 'Leadership',
    leadershipCaption: 'Leaders, as the report lists them',
    leaderHeads: ['Body', 'Name', 'Gender', 'Post', 'Term'],
    problems: 'Problems the report names',
    plans: 'Plans for the next year',
    timeline: 'Dated events',
    eventCount: (n) => `The report dates ${n} ${n === 1 ? 'event' : 'events'}`,
    eventSplit: (c, t) => ` (${c} in its chronicle, ${t} in the text)`,
    allChronicle: ', all in its chronicle',
    eventsColon: ': ',
    monthlyCaption: (name, y) => `${name}, ${y}: chronicle entries by month`,
    filterEvents: (name, n) => `See these ${n} events in ${name}’s timeline`,
  },
  awards: {
    title: 'Awards and honours',
    description:
      "Awards and honours recorded in the libraries' annual reports: date, title, level and awarding body, with the source.",
    intro: (n, h) =>
      `Awards and honours recorded in the libraries' annual reports: ${n} in all, of which ${h} are honours (titles, prizes, selections) — `,
    count: (level, n) => `${level} ${n}`,
    notCounted: ['; besides, ', ', not counted as honours'],
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
      'Every dated event of the reports (each 大事记 chronicle entry and events marked in the text), one per row; the fields are listed below.',
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
    rowCount: (n) => countEn(n, 'row', 'rows'),
    columnsCaption: 'Fields of figures.csv and figures.json',
    field: 'Field',
    meaning: 'Meaning',
    indicatorsIntro:
      "Per-capita indicators: a figure divided by the library's service population (per resident or per 10,000 residents). Computed only for libraries whose population cites a source, never estimated; the inputs' qualifier (a lower bound stays one) and precision are kept, and each row says which scope it divides.",
    indicatorsHead: 'Per capita',
    indicatorColumnsCaption: 'Fields of indicators.csv and indicators.json',
    columns: DATA_COLUMN_STRINGS.en,
    eventColumnsCaption: 'Fields of events.csv and events.json',
    metricColumnsCaption: 'Fields of metrics.csv and metrics.json',
    libraryColumnsCaption: 'Fields of libraries.csv and libraries.json',
    referenceIntro:
      'The metric dictionary and the libraries are data too: metrics lists every metric id with its labels, unit, definition and look-alikes; libraries lists each library with its level, region and service population (with its source); changelog is the data changelog (below).',
    noBomNote: ' (UTF-8 without BOM, for programs: Python, R, pandas, Frictionless…; same content as the file above)',
    scopesCaption: 'Scopes (scope)',
    labelsCaption: 'Definition labels (labels)',
    labelsNote:
      'A label with {arg} is written id:argument, e.g. source-unit:场 (the report counts in 场), part-year:1–9月. Labels are decided by editors from the text, or derived from the wording and the period.',
    idHead: 'id',
    badgeHead: 'Label',
    release: RELEASE_STRINGS.en,
    changelogColumnsCaption: 'Fields of changelog.csv and changelog.json',
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
  events: EVENT_STRINGS.en,
  timeline: TIMELINE_STRINGS.en,
  searchPage: SEARCH_PAGE_STRINGS.en,
  like: {
    scopeBadge: (m) => `Scope: ${m}`,
    labelBadge: (m) => `Definition: ${m}`,
    singleReporter: 'Only one library reports this',
    singleDetail: (name, years) =>
      `Only ${name} (${years}) reports this metric, so there is nothing to set beside it. Its figures and their history:`,
    oneYear: 'One year only: no history chart.',
    separated: 'Figures of different scopes are shown apart, never as bars side by side or in one ranking:',
    allWider: (scope) =>
      `Every figure on this page is a total of a wider scope (${String(scope).toLowerCase()}), not a library’s own.`,
    panelTitle: {
      library: 'The library alone',
      network: 'Whole branch network',
      area: 'All public libraries of the area',
    },
    panelNote: {
      library: 'The library itself (the central library) only.',
      network:
        'The library with its branches, service points and reading stations, not compared with library-alone figures.',
      area: 'All public libraries of the area added together, not compared with a single library.',
    },
    labelsTitle: 'Figures counted differently',
    labelsIntro: 'These figures count more or less than the metric’s definition; keep it in mind when comparing:',
    years: (...ys) => ys.join(', '),
    figuresCaption: (label, name) => `${label}: figures of ${name}`,
    wordingHead: 'As written',
    valueHead: 'Value (metric unit)',
    notFound: 'wording not found in the text',
  },
  perCapita: {
    title: 'Per resident (service population)',
    intro:
      "Figures divided by the library's service population (residents). Only for libraries whose population cites a source, never estimated; the figure's qualifier and precision are kept, and each value says which scope it divides.",
    noPopulation: NO_POPULATION_EN,
    filterLegend: 'Peers only',
    all: 'All',
    peer: (c) => `${c} libraries`,
    caption: (label) => `${label}: per resident, by library`,
    libraryHead: 'Library',
    yearHead: 'Year',
    valueHead: 'Per capita',
    dividesHead: 'What is divided',
    formulaHead: 'Formula and population source (Chinese)',
    populationLine: (w, a, y, src) => `Service population ${w} (${a}, ${y}, ${src})`,
    profileIntro: "Figures divided by the service population (residents), with the figure's qualifier and precision:",
    compareLink: 'compare with other libraries',
  },
  separator: ', ',
  chart: CHART_STRINGS.en,
  compare: COMPARE_STRINGS.en,
  metrics: METRICS_STRINGS.en,
};

/** Interface strings of each locale. */
export const UI: Readonly<Record<Locale, UiStrings>> = { zh, en };

/** The strings of a locale. */
export const t = (locale: Locale): UiStrings => UI[locale];
