/**
 * Words around the charts (heading, legend, table, source line, downloads, embed, controls) in both
 * languages; part of `UiStrings` (`t(locale).chart`). What a chart draws stays as its spec says (Chinese,
 * like its PNG); an English page gives it English words around it.
 */
import type { ChartHeading, ChartSources, DrawnSelection, LegendEntry } from '../lib/charts/chart-figure.ts';
import type { FrameWords } from '../lib/charts/image-frame.ts';
import type { Locale } from './locales.ts';

export interface ChartStrings {
  /** A chart of figures' title (the Chinese ones are the specs' own, see barSpec and lineSpec). */
  readonly title: {
    readonly year: (label: string, year: number) => string;
    readonly latest: (label: string) => string;
    readonly line: (label: string) => string;
  };
  /** A unit after a title, in brackets. */
  readonly unit: (unit: string) => string;
  readonly legend: string;
  /** The legend of a stacked chart (read bottom up). */
  readonly legendStacked: string;
  /** Legend lines that are not a library; a selection's `text` is the spec's own (Chinese) sentence. */
  readonly legendNotes: {
    readonly selectionBars: (text: string, total: number, each: number) => string;
    readonly selectionLines: (text: string, total: number, drawn: number) => string;
    readonly inexactBars: string;
    readonly inexactLines: string;
    readonly partYear: string;
    readonly badges: string;
    readonly stackOrder: string;
  };
  readonly tableCaption: (title: string) => string;
  readonly head: Readonly<Record<'library' | 'year' | 'written' | 'value' | 'notes', string>>;
  readonly viewSentence: string;
  /** Before a part-year figure's period. */
  readonly partYear: string;
  readonly inconsistent: string;
  /** In place of a value's wording when the report's sentence does not contain it. */
  readonly wordingMissing: string;
  /** The reports a chart's numbers come from: each named, or counted. */
  readonly sourceReport: (library: string, year: number) => string;
  readonly sourceCount: (libraries: number, reports: number, from: number, to: number) => string;
  /** Between the items of a source list. */
  readonly sourceSeparator: string;
  /** A chart's source line, before its downloads. */
  readonly source: (list: string) => string;
  readonly clickForSentence: string;
  readonly downloadCsv: string;
  readonly downloadPng: string;
  readonly embed: string;
  readonly embedIntro: string;
  readonly embedPreview: string;
  /** Words a chart image carries around its drawing (src/lib/charts/image-frame.ts): it has no table beside it. */
  readonly image: {
    readonly unit: (unit: string) => string;
    readonly licence: (name: string, url: string) => string;
    readonly selection: (selection: DrawnSelection) => string;
    readonly badges: string;
  };
  readonly controls: {
    readonly scale: string;
    readonly linear: string;
    readonly log: string;
    readonly libraries: string;
  };
}

const zh: ChartStrings = {
  title: {
    year: (label, year) => `${label}：${year}年各馆`,
    latest: (label) => `${label}：各馆最近一年`,
    line: (label) => `${label}：历年`,
  },
  unit: (u) => `（${u}）`,
  legend: '图例',
  legendStacked: '图例（柱内自下而上）',
  legendNotes: {
    selectionBars: (text) => `${text}；下表列出全部数值`,
    selectionLines: (text) => `${text}；下表列出全部数值`,
    inexactBars: '斜线填充＝约数或下限（原文写作“约”“余”“多”“近”等），不是确数',
    inexactLines: '空心点、虚线＝约数或下限（原文写作“约”“余”“多”“近”等），不是确数',
    partYear: '＊＝非全年数据',
    badges: '［ ］内是统计范围与口径标签，见下表',
    stackOrder: '柱内自下而上按此顺序叠放；柱顶数字为合计',
  },
  tableCaption: (title) => `${title}：图中的数值`,
  head: { library: '馆', year: '年度', written: '原文写法', value: '数值（指标单位）', notes: '说明' },
  viewSentence: '查看原句',
  partYear: '非全年：',
  inconsistent: '原文不一致',
  wordingMissing: '原文中未找到该写法',
  sourceReport: (library, year) => `${library} ${year}年工作总结`,
  sourceCount: (libraries, reports, from, to) => `${libraries} 个馆的 ${reports} 份工作总结（${from}—${to}年）`,
  sourceSeparator: '；',
  source: (list) => `来源：${list}。`,
  clickForSentence: '点数值可查看原句。',
  downloadCsv: '下载 CSV',
  downloadPng: '下载 PNG',
  embed: '嵌入',
  embedIntro: '把下面的代码粘贴到网页中，即可嵌入这张图表及其数据表和出处：',
  embedPreview: '预览嵌入页面',
  image: {
    unit: (u) => `单位：${u}`,
    licence: (name, url) => `数据许可：${name}（${url}）`,
    selection: ({ text }) => `${text}；全部数值见网页上的表格`,
    badges: '［ ］内是统计范围与口径标签',
  },
  controls: {
    scale: '纵轴刻度',
    linear: '线性',
    log: '对数（画成点，不画柱；规模相差很大时更易比较增减）',
    libraries: '显示的馆',
  },
};

const en: ChartStrings = {
  title: {
    year: (label, year) => `${label}: each library, ${year}`,
    latest: (label) => `${label}: each library’s latest year`,
    line: (label) => `${label}: over the years`,
  },
  unit: (u) => ` (${u})`,
  legend: 'Legend',
  legendStacked: 'Legend (stacked from the bottom up)',
  legendNotes: {
    selectionBars: (_, total, each) =>
      `Of ${total} libraries, the chart draws the ${each} largest and the ${each} smallest values; the table lists every value`,
    selectionLines: (_, total, drawn) =>
      `Of ${total} libraries, the chart draws the ${drawn} with the largest latest values; the table lists every value`,
    inexactBars:
      'Hatched bars = approximate values or lower bounds (the report says about, more than, nearly …), not exact figures',
    inexactLines:
      'Hollow points and dashed lines = approximate values or lower bounds (the report says about, more than, nearly …), not exact figures',
    partYear: '* = part-year figure',
    badges: '[ ] holds the scope and definition labels of a value; see the table',
    stackOrder: 'Stacked from the bottom up in this order; the number above a bar is the total',
  },
  tableCaption: (title) => `${title}: the values in the chart`,
  head: { library: 'Library', year: 'Year', written: 'As written', value: 'Value (metric unit)', notes: 'Notes' },
  viewSentence: 'See the sentence (Chinese)',
  partYear: 'part-year: ',
  inconsistent: 'inconsistent in the source',
  wordingMissing: 'wording not found in the report',
  sourceReport: (library, year) => `${library}, ${year} work report`,
  sourceCount: (libraries, reports, from, to) => `${reports} work reports of ${libraries} libraries (${from}–${to})`,
  sourceSeparator: '; ',
  source: (list) => `Sources: ${list}. `,
  clickForSentence: 'Select a value to see the sentence it comes from (in Chinese).',
  downloadCsv: 'Download CSV',
  downloadPng: 'Download PNG',
  embed: 'Embed',
  embedIntro: 'Paste this code into a web page to embed this chart with its table and sources (in Chinese):',
  embedPreview: 'Preview the embedded page',
  image: {
    unit: (u) => `Unit: ${u}`,
    licence: (name, url) => `Data licence: ${name} (${url})`,
    selection: ({ kind, total, drawn }) =>
      kind === 'bar'
        ? `Of ${total} libraries, the chart draws the ${drawn} largest and the ${drawn} smallest values; every value is in the table on the web page`
        : `Of ${total} libraries, the chart draws the ${drawn} with the largest latest values; every value is in the table on the web page`,
    badges: '[ ] holds the scope and definition labels of a value',
  },
  controls: {
    scale: 'Vertical scale',
    linear: 'Linear',
    log: 'Logarithmic (drawn as points, not bars; changes are easier to compare when sizes differ widely)',
    libraries: 'Libraries shown',
  },
};

/** Chart words of each locale. */
export const CHART_STRINGS: Readonly<Record<Locale, ChartStrings>> = { zh, en };

/** A chart of figures' title, from its heading and the metric's label in the page's language. */
export function chartTitle(heading: ChartHeading, label: string, s: ChartStrings): string {
  if (heading.kind === 'line') return s.title.line(label);
  return heading.year === undefined ? s.title.latest(label) : s.title.year(label, heading.year);
}

/** A legend line that is not a library. */
export function legendNote(e: Exclude<LegendEntry, { kind: 'series' }>, s: ChartStrings): string {
  const n = s.legendNotes;
  switch (e.kind) {
    case 'selection': {
      const { kind, text, total, drawn } = e.selection;
      return kind === 'bar' ? n.selectionBars(text, total, drawn) : n.selectionLines(text, total, drawn);
    }
    case 'inexact':
      return e.chart === 'bar' ? n.inexactBars : n.inexactLines;
    case 'part-year':
      return n.partYear;
    case 'badges':
      return n.badges;
    case 'stack-order':
      return n.stackOrder;
  }
}

/** The reports a chart's numbers come from, named one by one or counted. */
export function sourceList(sources: ChartSources, s: ChartStrings): string {
  return sources.kind === 'count'
    ? s.sourceCount(sources.libraries, sources.reports, sources.from, sources.to)
    : sources.reports.map((r) => s.sourceReport(r.libraryName, r.year)).join(s.sourceSeparator);
}

/** How a chart image words its unit and notes in `s`'s language (no table beside it to refer to). */
export function frameWords(s: ChartStrings): FrameWords {
  return {
    unit: s.image.unit,
    note: (e) =>
      e.kind === 'badges' ? s.image.badges : e.kind === 'selection' ? s.image.selection(e.selection) : legendNote(e, s),
  };
}
