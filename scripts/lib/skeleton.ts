/**
 * Skeletons for a new report and a new library: every catalog metric as a commented line with its
 * Chinese label, unit and meaning, so staff fill in figures without looking anything up. Pure.
 */
import { GROUPS, METRICS } from '../../src/lib/model/catalog.ts';
import { BODY_PLACEHOLDER, LIBRARY_PLACEHOLDERS, skeletonHeadings } from '../../src/check/skeleton-text.ts';

/** A figure the importer found in the text: its value as YAML, and where it stands. */
export interface FoundFigure {
  /** `364565` or `"18.62万"`, or `{ value: …, change: "+8.4%" }`. */
  readonly value: string;
  /** `第 35 行：截至2022年12月31日，全馆馆藏总量18.62万册…` */
  readonly where: string;
}

/**
 * The `figures:` block's lines: every catalog metric as a commented line with its Chinese label, unit and
 * meaning, grouped — or, for a metric in `found`, with the value the importer read and its sentence.
 * Staff uncomment a line (delete the `# `) to fill a figure, the same way in a skeleton and in a draft.
 */
export function figureLines(found: ReadonlyMap<string, FoundFigure> = new Map()): string[] {
  const out: string[] = [];
  for (const g of GROUPS) {
    out.push(`  # ${g.label}`, `  ${g.id}:`);
    for (const m of METRICS.filter((x) => x.group === g.id)) {
      const f = found.get(m.id);
      out.push(
        f
          ? `    # ${`${m.key}: ${f.value}`.padEnd(28)} # ${m.label}（${m.unit}）｜${f.where}`
          : `    # ${`${m.key}:`.padEnd(28)} # ${m.label}（${m.unit}）${m.definition}`,
      );
    }
  }
  return out;
}

/** The MDX text of an empty report for `library` and `year`. */
export function reportSkeleton(library: { id: string; name: string }, year: number): string {
  const fm: string[] = [
    '---',
    '# 填写说明见 content/README.md。以 # 开头的行是注释，不会出现在网站上。',
    '# 数字照报告原文写：364565、"126.38万"、"42万多"、"约20万"、"近1.5万"、"1000余"；不要四舍五入或换算。',
    '# 要填哪一项，就删掉那一行开头的 # 号，把数字写在冒号后面（冒号后要有一个空格）。',
    '# 不只算本馆（含分馆、全区总分馆合计）或口径不同时：{ value: "126.38万", scope: network, labels: [含线上] }，见 content/README.md。',
    `library: ${library.id}`,
    `year: ${year}`,
    `title: ${library.name}${year}年工作总结`,
    '# published: 2023-01-15      # 报告落款日期（原文有才填）',
    `source: ${library.name}${year}年工作总结.docx   # 原始文件名`,
    'figures:',
    ...figureLines(),
  ];
  fm.push(
    '# awards:                    # 荣誉：- { title: "全区十佳图书馆", kind: title, date: 2022-09-22, level: provincial }',
    '#                            # kind 按原文措辞：title 称号 / prize 奖项 / selection 入选、基地、示范 / case 案例分享 / other 其他',
    '# problems:                  # 存在的问题，照原文：- "……"',
    '# plans:                     # 下一年工作计划条目：- { id: reading, text: "……" }',
    '---',
  );
  const [overview = '', ...headings] = skeletonHeadings(year);
  const body = [
    '',
    '{/* 下面的章节标题只是示例：改成原文的标题，原文没有的章节连标题一起删掉。 */}',
    '',
    `## ${overview}`,
    '',
    BODY_PLACEHOLDER,
    '',
  ];
  for (const h of headings) {
    body.push(`## ${h}`, '');
    if (h.includes('大事记')) body.push('{/* 每条大事一段，以日期开头，例如：1月9日，……。 段与段之间空一行。 */}', '');
  }
  return `${fm.join('\n')}\n${body.join('\n')}`;
}

/** The YAML text of a new library entry. */
export function librarySkeleton(id: string): string {
  return [
    '# 填写说明见 content/README.md',
    `id: ${id}                       # 与文件名相同`,
    `name: ${LIBRARY_PLACEHOLDERS.name}              # 中文全称`,
    `nameEn: ${LIBRARY_PLACEHOLDERS.nameEn}        # 英文名`,
    'level: city                     # city 地级市 / district 市辖区 / county 县·旗',
    'region:',
    `  province: ${LIBRARY_PLACEHOLDERS.province}`,
    `  city: ${LIBRARY_PLACEHOLDERS.city}`,
    '# website: https://www.example.org/   # 官方网站（可不填）',
    '# 服务人口：只有找得到出处时才填（照来源原文写，写明年份和来源），没有就不填，网站不估算：',
    '# population: { value: 1853227, year: 2020, source: 某市第七次全国人口普查主要数据公报, area: 某某市 }',
    '',
  ].join('\n');
}
