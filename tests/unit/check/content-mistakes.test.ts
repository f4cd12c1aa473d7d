/**
 * Every class of mistake a staff member can make in a library or report file, in one table: each must
 * be reported with the file, the line (where there is one), the field, what is wrong (message) and how
 * to fix it (hint), in Chinese and in English. The build fixtures in tests/fixtures/broken/ prove the
 * same messages stop `astro build` (tests/build/broken-site.test.ts, tests/build/broken-mistakes.test.ts).
 */
import { describe, expect, it } from 'vitest';
import { checkContent, type SourceFile } from '../../../src/check/check-content.ts';
import { formatProblems } from '../../../src/lib/model/messages.ts';
import { markupProblem } from '../../../src/lib/report-text/render-html.ts';

const LIBRARY =
  'id: test\nname: 测试市图书馆\nnameEn: Test City Library\nlevel: city\nregion:\n  province: 测试省\n  city: 测试市\n';
const library = (text = LIBRARY, path = 'libraries/test.yaml'): SourceFile => ({ path, text });
const BODY = '## 一、概述\n\n截止2022年，我馆馆藏总量共364565册。实际在编43人，其中专技人员36人。\n';
// Frontmatter lines 2–8, body from line 11 (line 1 and 9 are ---, line 10 blank).
const GOOD =
  'library: test\nyear: 2022\ntitle: 测试馆2022年工作总结\nsource: test.txt\nfigures:\n  collection:\n    total: 364565';
const report = (fm = GOOD, body = BODY, path = 'reports/test/2022.mdx'): SourceFile => ({
  path,
  text: `---\n${fm}\n---\n\n${body}`,
});
const R = 'content/reports/test/2022.mdx';
const L = 'content/libraries/test.yaml';

interface Case {
  files: SourceFile[];
  code: string;
  file: string;
  line: number | undefined;
  field: string | undefined;
  message: RegExp;
  hint: RegExp;
  severity?: 'error' | 'warning';
}
const withLib = (...reports: SourceFile[]): SourceFile[] => [library(), ...reports];
const fig = (value: string): SourceFile[] => withLib(report(GOOD.replace('364565', value)));
const FIG = 'figures.collection.total';
const FORMS = /可用的写法：364565、126\.38万、42万多/;

const CASES: Record<string, Case> = {
  // Libraries
  'library: population without a source': {
    files: [library(`${LIBRARY}population:\n  value: 1853227\n  year: 2020\n`)],
    ...{ code: 'library/population-source', file: L, line: 8, field: 'population.source' },
    ...{ message: /population 没有写来源 source/, hint: /删掉整个 population[\s\S]*不要估算/ },
  },
  'library: population counted in a future year': {
    files: [library(`${LIBRARY}population:\n  value: 1853227\n  year: 2999\n  source: 某市统计公报\n`)],
    ...{ code: 'library/population-year', file: L, line: 10, field: 'population.year' },
    ...{ message: /population\.year 是 2999，在今年（\d{4}）之后/, hint: /第七次全国人口普查写 2020/ },
  },
  'library: YAML syntax error': {
    files: [library(LIBRARY.replace('  city: 测试市', ' city: 测试市'))],
    ...{ code: 'yaml/syntax', file: L, line: 7, field: undefined },
    ...{ message: /YAML 格式错误：缩进不对/, hint: /左边对齐/ },
  },
  'library: missing required field': {
    files: [library(LIBRARY.replace('name: 测试市图书馆\n', ''))],
    ...{ code: 'schema/invalid_type', file: L, line: 1, field: 'name' },
    ...{ message: /缺少必填字段 name/, hint: /name: 北海市图书馆/ },
  },
  'library: value not allowed': {
    files: [library(LIBRARY.replace('level: city', 'level: town'))],
    ...{ code: 'schema/invalid_value', file: L, line: 4, field: 'level' },
    ...{ message: /level 只能是 city（地级市）、district（市辖区）或 county（县·旗）/, hint: /level: city/ },
  },
  'library: id differs from the file name': {
    files: [library(LIBRARY, 'libraries/other.yaml')],
    ...{ code: 'library/id-mismatch', file: 'content/libraries/other.yaml', line: 1, field: 'id' },
    ...{ message: /id 是 “test”，但文件名是 other\.yaml/, hint: /把 id 改成 other，或把文件改名为 test\.yaml/ },
  },
  // Report files and references
  'report: no frontmatter': {
    files: withLib({ path: 'reports/test/2022.mdx', text: BODY }),
    ...{ code: 'yaml/missing-frontmatter', file: R, line: 1, field: undefined },
    ...{ message: /没有 frontmatter/, hint: /第一行写 ---/ },
  },
  'report: YAML syntax error': {
    files: withLib(report(GOOD.replace('title: 测试馆', 'title: "测试馆'))),
    ...{ code: 'yaml/syntax', file: R, line: 4, field: undefined },
    ...{ message: /YAML 格式错误：第 3 行的引号没有配对/, hint: /补上同样的引号/ },
  },
  'report: missing required field': {
    files: withLib(report(GOOD.replace('source: test.txt\n', ''))),
    // No line of its own: the first line of the frontmatter.
    ...{ code: 'schema/invalid_type', file: R, line: 2, field: 'source' },
    ...{ message: /缺少必填字段 source/, hint: /source: 北海市图书馆2022年工作总结\.docx/ },
  },
  'report: unknown field': {
    files: withLib(report(GOOD.replace('source:', 'sorce:'))),
    ...{ code: 'schema/unrecognized_keys', file: R, line: 5, field: undefined },
    ...{ message: /不认识的字段 sorce。是不是想写 source？/, hint: /可用的字段/ },
  },
  'report: bad library reference': {
    files: withLib(report(GOOD.replace('library: test', 'library: tset'))),
    ...{ code: 'report/unknown-library', file: R, line: 2, field: 'library' },
    ...{ message: /没有标识为 “tset” 的馆。是不是想写 test？/, hint: /npm run new-library/ },
  },
  'report: library and folder disagree': {
    files: [
      library(),
      library(LIBRARY.replace('id: test', 'id: other'), 'libraries/other.yaml'),
      report(GOOD.replace('library: test', 'library: other')),
    ],
    ...{ code: 'report/library-path', file: R, line: 2, field: 'library' },
    ...{ message: /library 写的是 “other”，但文件在 reports\/test\/ 文件夹里/, hint: /改成 library: test/ },
  },
  'report: year and file name disagree': {
    files: withLib(report(GOOD.replace('year: 2022', 'year: 2021'))),
    ...{ code: 'report/year-path', file: R, line: 3, field: 'year' },
    ...{ message: /year 写的是 2021，但文件名是 2022\.mdx/, hint: /改成 year: 2022/ },
  },
  'report: duplicate year': {
    files: withLib(report(), report(GOOD, BODY, 'reports/test/2023.mdx')),
    ...{ code: 'report/duplicate', file: 'content/reports/test/2023.mdx', line: 3, field: 'year' },
    ...{ message: /test 的 2022 年报告已经有了：content\/reports\/test\/2022\.mdx/, hint: /删除或合并其中一份/ },
  },
  'report: file in the wrong place': {
    files: withLib(report(GOOD, BODY, 'reports/test-2022.mdx')),
    ...{ code: 'report/path', file: 'content/reports/test-2022.mdx', line: undefined, field: undefined },
    ...{ message: /位置或文件名不对/, hint: /content\/reports\/<馆的标识>\/<年份>\.mdx/ },
  },
  'changelog: a correction without a note': {
    files: withLib(
      report(`${GOOD}\nchangelog:\n  - { date: 2026-11-21, kind: added }\n  - { date: 2026-12-01, kind: corrected }`),
    ),
    ...{ code: 'changelog/correction-note', file: R, line: 11, field: 'changelog.1.note' },
    ...{ message: /changelog 第 2 条是更正（corrected），但没有写 note/, hint: /写明改了什么/ },
  },
  'changelog: added twice or not first': {
    files: withLib(
      report(
        `${GOOD}\nchangelog:\n  - { date: 2026-11-21, kind: corrected, note: 改了 }\n  - { date: 2026-12-01, kind: added }`,
      ),
    ),
    ...{ code: 'changelog/added-first', file: R, line: 11, field: 'changelog.1.kind' },
    ...{ message: /收录只能写一次，而且写在第一条/, hint: /把 added 那一条移到最前面/ },
  },
  'changelog: dates out of order': {
    files: withLib(
      report(
        `${GOOD}\nchangelog:\n  - { date: 2026-12-01, kind: added }\n  - { date: 2026-11-21, kind: corrected, note: 改了 }`,
      ),
    ),
    ...{ code: 'changelog/order', file: R, line: 11, field: 'changelog.1.date' },
    ...{ message: /日期 2026-11-21 早于上一条的 2026-12-01/, hint: /按日期从早到晚排列/ },
  },
  'changelog: an unknown kind': {
    files: withLib(report(`${GOOD}\nchangelog:\n  - { date: 2026-11-21, kind: fixed }`)),
    ...{ code: 'schema/invalid_value', file: R, line: 10, field: 'changelog.0.kind' },
    ...{
      message: /kind 不能写 "fixed"：只能是 added（收录）或 corrected（更正）/,
      hint: /changelog: \[\{ date: 2026-11-21, kind: added \}/,
    },
  },
  // Every file under content/: read by the site, or named
  'file: a report saved as 2022.MDX': {
    files: withLib(report(GOOD, BODY, 'reports/test/2022.MDX')),
    ...{ code: 'file/extension-case', file: 'content/reports/test/2022.MDX', line: undefined, field: undefined },
    ...{ message: /扩展名要用小写：网站不会读取 2022\.MDX/, hint: /把文件改名为 2022\.mdx/ },
  },
  'file: a report saved as 2022.md': {
    files: withLib(report(GOOD, BODY, 'reports/test/2022.md')),
    ...{ code: 'file/extension-md', file: 'content/reports/test/2022.md', line: undefined, field: undefined },
    ...{ message: /报告要用 \.mdx 扩展名/, hint: /把文件改名为 2022\.mdx/ },
  },
  'file: 2022.md beside 2022.mdx': {
    files: withLib(report(), report(GOOD, BODY, 'reports/test/2022.md')),
    ...{ code: 'file/copy', file: 'content/reports/test/2022.md', line: undefined, field: undefined },
    ...{ message: /2022\.md 和 2022\.mdx 是同一年的两份报告/, hint: /合并到 2022\.mdx/ },
  },
  'file: a copy beside the report': {
    files: withLib(report(), report(GOOD, BODY, 'reports/test/2022 - 副本.mdx')),
    ...{ code: 'file/copy', file: 'content/reports/test/2022 - 副本.mdx', line: undefined, field: undefined },
    ...{ message: /像是 2022\.mdx 的副本/, hint: /删掉或移出 content\// },
  },
  'file: the source document left in content/': {
    files: withLib(report(), { path: 'reports/test/2022年工作总结.docx', text: '' }),
    ...{ code: 'file/source-document', file: 'content/reports/test/2022年工作总结.docx', line: undefined },
    ...{ field: undefined, message: /原始文件 2022年工作总结\.docx 不能放在 content\/ 里/, hint: /npm run import/ },
  },
  'file: a stray file at the top of content/': {
    files: withLib(report(), { path: 'notes.txt', text: '' }),
    ...{ code: 'file/stray', file: 'content/notes.txt', line: undefined, field: undefined },
    ...{ message: /网站不会读取 notes\.txt/, hint: /移出 content\// },
  },
  'file: a library file with an uppercase extension': {
    files: [library(LIBRARY, 'libraries/test.YAML')],
    ...{ code: 'file/extension-case', file: 'content/libraries/test.YAML', line: undefined, field: undefined },
    ...{ message: /扩展名要用小写/, hint: /改名为 test\.yaml/ },
  },
  'file: not saved as UTF-8': {
    files: withLib({ ...report(), notUtf8: true }),
    ...{ code: 'file/encoding', file: R, line: undefined, field: undefined },
    ...{ message: /不是 UTF-8 编码/, hint: /UTF-8/ },
  },
  'library: the new-library placeholder left': {
    files: [library(LIBRARY.replace('测试市图书馆', '某某市图书馆'))],
    ...{ code: 'library/placeholder', file: L, line: 2, field: 'name' },
    ...{ message: /name 还是模板的占位文字 “某某市图书馆”/, hint: /name: 合浦县图书馆/ },
  },
  // YAML slips, at their own line
  'YAML: a full-width colon': {
    files: withLib(report(GOOD.replace('    total: 364565', '    total：364565'))),
    ...{ code: 'yaml/full-width-colon', file: R, line: 8, field: undefined },
    ...{ message: /total 后面是全角冒号“：”：把全角冒号改成半角冒号加空格/, hint: /改成： {4}total: 364565$/ },
  },
  'YAML: full-width spaces as indentation': {
    files: withLib(report(GOOD.replace('    total', '\u3000\u3000total'))),
    ...{ code: 'yaml/full-width-space', file: R, line: 8, field: undefined },
    ...{ message: /全角空格/, hint: /改成： {4}total: 364565/ },
  },
  'YAML: full-width punctuation inside braces': {
    files: withLib(report(GOOD.replace('364565', '{ value: 364565，note: "含电子书" }'))),
    ...{ code: 'yaml/full-width-in-braces', file: R, line: 8, field: undefined },
    ...{ message: /花括号 \{ \} 里用了全角符号/, hint: /total: \{ value: 364565, note: "含电子书" \}/ },
  },
  'YAML: a field written twice': {
    files: withLib(report(`${GOOD}\ntitle: 又一个标题`)),
    ...{ code: 'yaml/syntax', file: R, line: 9, field: undefined },
    ...{ message: /字段 title 写了两次/, hint: /删掉一个/ },
  },
  'YAML: a colon and a space inside a value': {
    files: withLib(report(GOOD.replace('title: 测试馆2022年工作总结', 'title: 测试馆: 2022年工作总结'))),
    ...{ code: 'yaml/syntax', file: R, line: 4, field: undefined },
    ...{ message: /值里又有“冒号加空格”/, hint: /英文双引号/ },
  },
  'YAML: a brace never closed': {
    files: withLib(report(`${GOOD.replace('364565', '{ value: 364565, note: "含电子书"')}\n  use:\n    visits: 5`)),
    ...{ code: 'yaml/syntax', file: R, line: 8, field: undefined },
    ...{ message: /花括号 \{ \} 或方括号 \[ \] 没有配对/, hint: /写在同一行并成对/ },
  },
  // The text
  'text: empty': {
    files: withLib(report(GOOD, '')),
    ...{ code: 'body/empty', file: R, line: 10, field: '正文' },
    ...{ message: /正文为空/, hint: /把报告全文粘贴到第二个 --- 下面/ },
  },
  'text: headings only': {
    files: withLib(report(GOOD, '## 一、概述\n\n## 二、主要工作完成情况\n')),
    ...{ code: 'body/empty', file: R, line: 10, field: '正文' },
    ...{ message: /正文为空：只有章节标题/, hint: /粘贴/ },
  },
  'text: the skeleton placeholder left': {
    files: withLib(report(GOOD, `${BODY}\n（在这里粘贴报告正文。每段之间空一行。）\n`)),
    ...{ code: 'body/skeleton-placeholder', file: R, line: 15, field: '正文' },
    ...{ message: /模板的占位文字还在/, hint: /换成报告原文/ },
  },
  'text: a skeleton heading left empty': {
    files: withLib(report(GOOD, `${BODY}\n## 三、工作亮点\n`)),
    ...{ code: 'body/skeleton-heading', file: R, line: 15, field: '正文' },
    ...{ message: /章节标题“三、工作亮点”下面什么都没有/, hint: /删掉这个标题/ },
  },
  'text: a paragraph pasted twice': {
    files: withLib(report(GOOD, `${BODY}\n截止2022年，我馆馆藏总量共364565册。实际在编43人，其中专技人员36人。\n`)),
    ...{ code: 'body/repeated', file: R, line: 15, field: '正文' },
    ...{ message: /第 15 行这一段与第 13 行起的内容一字不差：正文是不是粘贴了两次？/, hint: /删掉重复的部分/ },
  },
  'text: a section pasted twice': {
    files: withLib(
      report(
        GOOD,
        `${BODY}\n## 二、读者服务\n\n全年接待读者42万多人次，外借图书20多万册次。\n\n${BODY}\n## 二、读者服务\n\n全年接待读者42万多人次，外借图书20多万册次。\n`,
      ),
    ),
    ...{ code: 'body/repeated', file: R, line: 19, field: '正文' },
    ...{ message: /第 19–25 行（4 段）与第 11 行起的内容一字不差/, hint: /conversion/ },
  },
  'text: a paragraph in Traditional script': {
    files: withLib(report(GOOD, `${BODY}\n全年接待讀者42萬多人次，圖書館舉辦講座與展覽。\n`)),
    ...{ code: 'body/traditional', file: R, line: 15, field: '正文' },
    ...{ message: /1 段是繁体字（第 15 行）/, hint: /npm run import[\s\S]*script: traditional/ },
  },
  'text: the 大事记 heading without ##': {
    files: withLib(report(GOOD, `${BODY}\n五、大事记\n\n1月9日，举办展览。\n`)),
    ...{ code: 'body/chronicle-heading', file: R, line: 15, field: '正文' },
    ...{ message: /“五、大事记”像是大事记的标题，但前面没有 ##/, hint: /写成 ## 五、大事记/ },
  },
  // Figures
  'figure: unknown metric id': {
    files: fig('364565').map((f) => ({ ...f, text: f.text.replace('total:', 'totl:') })),
    ...{ code: 'figure/unknown-metric', file: R, line: 8, field: 'figures.collection.totl' },
    ...{ message: /没有指标 collection\.totl。是不是想写 collection\.total？/, hint: /total（馆藏总量）/ },
  },
  'figure: unknown group': {
    files: withLib(report(GOOD.replace('collection:', 'colection:'))),
    ...{ code: 'figure/unknown-group', file: R, line: 7, field: 'figures.colection' },
    ...{ message: /是不是想写 collection/, hint: /collection/ },
  },
  'figure: two qualifiers': {
    files: fig('"42万多多"'),
    ...{ code: 'figure/double-qualifier', file: R, line: 8, field: FIG },
    ...{ message: /"42万多多" 含有两个限定词/, hint: FORMS },
  },
  'figure: text the parser does not know': {
    files: fig('"364565册左右"'),
    ...{ code: 'figure/unexpected-text', file: R, line: 8, field: FIG },
    ...{ message: /"364565册左右" 含有无法识别的文字/, hint: FORMS },
  },
  'figure: bad thousands separator': {
    files: fig('"364,56"'),
    ...{ code: 'figure/bad-grouping', file: R, line: 8, field: FIG },
    ...{ message: /千位分隔符不对/, hint: FORMS },
  },
  'figure: empty': {
    files: fig('""'),
    ...{ code: 'figure/empty', file: R, line: 8, field: FIG },
    ...{ message: /数字为空/, hint: FORMS },
  },
  'figure: fraction of a whole-number metric': {
    files: fig('364565.5'),
    ...{ code: 'figure/not-whole', file: R, line: 8, field: FIG },
    ...{ message: /不是整数/, hint: FORMS },
  },
  'figure: negative': {
    files: fig('-5'),
    ...{ code: 'figure/negative', file: R, line: 8, field: FIG },
    ...{ message: /负数/, hint: FORMS },
  },
  'figure: unit of another metric': {
    files: fig('"364565人次"'),
    ...{ code: 'figure/unit-mismatch', file: R, line: 8, field: FIG },
    ...{ message: /单位与该指标的单位“册”不一致/, hint: FORMS },
  },
  'figure: wrong type (a list)': {
    files: fig('[1, 2]'),
    ...{ code: 'figure/shape', file: R, line: 8, field: FIG },
    ...{ message: /应写成数字/, hint: FORMS },
  },
  'figure: object without a value': {
    files: fig('{ note: "含电子书" }'),
    ...{ code: 'figure/shape', file: R, line: 8, field: FIG },
    ...{ message: /\{ value: … \} 对象，现在写的是 \{"note":"含电子书"\}/, hint: FORMS },
  },
  'figure: number not found in the text (a slip of the pen)': {
    files: fig('364556'),
    ...{ code: 'figure/not-in-text', file: R, line: 8, field: 'collection.total' },
    ...{
      message: /正文中找不到 “364556”；正文中有 364565（第 13 行），是不是抄错了？/,
      hint: /在 note 里写明出处/,
    },
  },
  'figure: full-width digits': {
    files: fig('"３６４５６５"'),
    ...{ code: 'figure/typo', file: R, line: 8, field: FIG },
    ...{ message: /"３６４５６５" 用了全角数字/, hint: /改成 total: 364565（/ },
  },
  'figure: a space inside the number': {
    files: fig('"364, 565"'),
    ...{ code: 'figure/typo', file: R, line: 8, field: FIG },
    ...{ message: /"364, 565" 数字中间有空格/, hint: /改成 total: "364,565"/ },
  },
  'figure: curly quotes': {
    files: fig('“364565”'),
    ...{ code: 'figure/typo', file: R, line: 8, field: FIG },
    ...{ message: /用了中文引号/, hint: /改成 total: 364565（/ },
  },
  'figure: full-width digits in the object form': {
    files: fig('{ value: "１２.５万", note: "含电子书" }'),
    ...{ code: 'figure/typo', file: R, line: 8, field: `${FIG}.value` },
    ...{ message: /用了全角数字/, hint: /改成 value: "12.5万"/ },
  },
  'figure: quote not found in the text': {
    files: fig('{ value: 364565, quote: "馆藏总计364565册" }'),
    ...{ code: 'figure/quote-not-found', file: R, line: 8, field: 'collection.total' },
    ...{ message: /quote “馆藏总计364565册” 在正文中找不到/, hint: /原样复制/ },
  },
  'figure: unknown scope': {
    files: fig('{ value: 364565, scope: netwrok }'),
    ...{ code: 'figure/unknown-scope', file: R, line: 8, field: `${FIG}.scope` },
    ...{ message: /不认识的统计范围 "netwrok"。是不是想写 network？/, hint: /library（本馆/ },
  },
  'figure: unknown definition label': {
    files: fig('{ value: 364565, labels: [含线下] }'),
    ...{ code: 'figure/unknown-label', file: R, line: 8, field: `${FIG}.labels.0` },
    ...{ message: /不认识的口径标签 "含线下"。是不是想写 includes-online？/, hint: /includes-online（含线上）/ },
  },
  'figure: a derived label written by hand': {
    files: fig('{ value: 364565, labels: ["原文单位：本"] }'),
    ...{ code: 'figure/derived-label', file: R, line: 8, field: `${FIG}.labels.0` },
    ...{ message: /“原文单位：本”不用写，网站会自动加上/, hint: /删掉这一项/ },
  },
  'figure: wording that is not in its sentence': {
    files: fig('{ value: 364565, wording: "364565册次" }'),
    ...{ code: 'figure/wording-not-in-sentence', file: R, line: 8, field: `${FIG}.wording` },
    ...{ message: /wording “364565册次” 不在陈述该数字的原句中/, hint: /wording: "364565册"/ },
  },
  'figure: sentence says 全区总分馆, scope not written': {
    files: withLib(report(GOOD, '## 一、概述\n\n2022年，全区总分馆馆藏总量共364565册。\n')),
    ...{ code: 'figure/scope-unstated', file: R, line: 8, field: FIG },
    ...{ message: /原句说到“全区”“总分馆”，但没有写统计范围 scope/, hint: /scope: network（/ },
  },
  'figure: malformed period': {
    files: fig('{ value: 364565, period: "2022年上半年" }'),
    ...{ code: 'figure/period', file: R, line: 8, field: `${FIG}.period` },
    ...{ message: /时段 "2022年上半年" 写法不对/, hint: /2021-01\/2021-06/ },
  },
  'figure: period outside the year': {
    files: fig('{ value: 364565, period: "2021-01/2021-06" }'),
    ...{ code: 'figure/period-year', file: R, line: 8, field: `${FIG}.period` },
    ...{ message: /时段 2021-01\/2021-06 不在报告年度 2022 内/, hint: /2022-01\/2022-06/ },
  },
  'figure: malformed change': {
    files: fig('{ value: 364565, change: "10%" }'),
    ...{ code: 'figure/change', file: R, line: 8, field: `${FIG}.change` },
    ...{ message: /同比变化/, hint: /\+10\.66%/ },
  },
  'figure: parts exceed the whole without a discrepancy note': {
    files: withLib(report(`${GOOD}\n  staff:\n    actual: 43\n    professional: 50`, `${BODY}专技人员50人。\n`)),
    ...{ code: 'figure/inconsistent', file: R, line: 10, field: 'figures.staff.actual' },
    ...{ message: /专业技术人员 50 = 50 > 实际在编 43/, hint: /discrepancy/ },
  },
  // Dated events
  'chronicle: impossible date': {
    files: withLib(report(GOOD, `${BODY}\n## 大事记\n\n2月30日，举办展览。\n`)),
    ...{ code: 'chronicle/impossible-date', file: R, line: 17, field: '大事记' },
    ...{ message: /日期“2月30日”不存在/, hint: /例如 2月28日/ },
  },
  'chronicle: date outside the report year': {
    files: withLib(report(GOOD, `${BODY}\n## 大事记\n\n2021年3月1日，举办展览。\n`)),
    ...{ code: 'chronicle/out-of-year', file: R, line: 17, field: '大事记' },
    ...{ message: /2021/, hint: /2022年3月5日/ },
  },
  'chronicle: range ending before it starts': {
    files: withLib(report(GOOD, `${BODY}\n## 大事记\n\n4月28日至4月25日，举办展览。\n`)),
    ...{ code: 'chronicle/reversed-range', file: R, line: 17, field: '大事记' },
    ...{ message: /结束早于开始/, hint: /12月30日至2023年1月2日/ },
  },
  'chronicle: entry without a date': {
    files: withLib(report(GOOD, `${BODY}\n## 大事记\n\n举办展览。\n`)),
    ...{ code: 'chronicle/no-date', file: R, line: 17, field: '大事记', severity: 'warning' },
    ...{ message: /不以日期开头：“举办展览。…”，未列入时间线/, hint: /以日期开头/ },
  },
  'chronicle: entries pasted with single line breaks': {
    files: withLib(report(GOOD, `${BODY}\n## 大事记\n\n1月9日，举办展览。\n1月12日，举办讲座。\n3月5日，开展培训。\n`)),
    ...{ code: 'chronicle/joined-entries', file: R, line: 17, field: '大事记' },
    ...{ message: /第 17、18、19 行各以日期开头，却在同一段里/, hint: /每条大事记之间空一行/ },
  },
  'chronicle: a date the site cannot place': {
    files: withLib(report(GOOD, `${BODY}\n## 大事记\n\n1月9日，举办展览。\n\n年初，开展馆藏清点。\n`)),
    ...{ code: 'chronicle/unknown-date', file: R, line: 19, field: '大事记' },
    ...{ message: /以“年初”开头，网站算不出它的日期，也不能把它接到上一条后面/, hint: /<Event date="2022-01">/ },
  },
  'Event: no date': {
    files: withLib(report(GOOD, `${BODY}\n<Event>12月15日，召开会议。</Event>\n`)),
    ...{ code: 'chronicle/event-no-date', file: R, line: 15, field: 'Event' },
    ...{ message: /<Event> 缺少 date/, hint: /<Event date="2023-12-15">/ },
  },
  'Event: impossible date': {
    files: withLib(report(GOOD, `${BODY}\n<Event date="2022-02-30">某事</Event>\n`)),
    ...{ code: 'chronicle/impossible-date', file: R, line: 15, field: 'Event' },
    ...{ message: /不存在/, hint: /例如/ },
  },
  // The text as the site renders it (src/lib/report-text/render-html.ts); checked by `npm run check`, and by the report pages.
  'text: a < that is not a tag': {
    files: withLib(report(GOOD, `${BODY}\n借阅量<100的分馆共3个。\n`)),
    ...{ code: 'report/markup', file: R, line: 15, field: '正文' },
    ...{ message: /MDX 语法错误/, hint: /写成 \\</ },
  },
  'text: braces read as code': {
    files: withLib(report(GOOD, `${BODY}\n全年举办活动{1+1}场。\n`)),
    ...{ code: 'report/markup', file: R, line: 15, field: '正文' },
    ...{ message: /花括号 \{1\+1\} 会被当作代码/, hint: /写成 \\\{ 和 \\\}/ },
  },
  'text: unknown component': {
    files: withLib(report(GOOD, `${BODY}\n<Evnt date="2022-05">5月举办展览</Evnt>。\n`)),
    ...{ code: 'report/markup', file: R, line: 15, field: '正文' },
    ...{ message: /不能使用组件 <Evnt>（只能用 <Event> 和 <Restored>）/, hint: /检查拼写/ },
  },
  'text: tag never closed': {
    files: withLib(report(GOOD, `${BODY}\n<Event date="2022-05-01">5月1日举办展览。\n\n下一段。\n`)),
    ...{ code: 'report/markup', file: R, line: 15, field: '正文' },
    ...{ message: /MDX 语法错误/, hint: /标签要成对写/ },
  },
  'text: import or export statement': {
    files: withLib(report(GOOD, `${BODY}\nimport x from './x.js'\n`)),
    ...{ code: 'report/markup', file: R, line: 15, field: '正文' },
    ...{ message: /不能有 import 或 export/, hint: /删掉这一行/ },
  },
  'Restored: no original': {
    files: withLib(report(GOOD, `${BODY}\n馆长<Restored>张三</Restored>讲话。\n`)),
    ...{ code: 'report/markup', file: R, line: 15, field: '正文' },
    ...{ message: /<Restored> 缺少 original/, hint: /original=/ },
  },
};

describe('every mistake class names file, line, field, what is wrong and the fix', () => {
  it.each(Object.entries(CASES))('%s', (_name, c) => {
    const { problems } = checkContent(c.files, { markup: markupProblem });
    const p = problems.find((x) => x.code === c.code);
    expect(p, JSON.stringify(problems, null, 1)).toBeDefined();
    if (!p) return;
    expect(p.severity).toBe(c.severity ?? 'error');
    expect(p.file).toBe(c.file);
    expect(p.line).toBe(c.line);
    expect(p.field).toBe(c.field);
    expect(p.message.zh).toMatch(c.message);
    expect(p.hint?.zh).toMatch(c.hint);
    expect(p.message.en).toMatch(/[A-Za-z]/);
    expect(p.hint?.en).toMatch(/[A-Za-z]/);
    // The printed form carries all of it on two or three lines.
    const printed = formatProblems([p]);
    expect(printed).toContain(`${c.file}${c.line ? `:${c.line}` : ''}`);
    if (c.field) expect(printed).toContain(`字段 ${c.field}`);
    expect(printed).toContain('改法：');
  });

  it('a clean report has no problem at all (the table above is not matching noise)', () => {
    expect(checkContent(withLib(report()), { markup: markupProblem }).problems).toEqual([]);
  });
});

describe('scope and wording rules read the figure’s own sentence', () => {
  const body = (text: string): string => `## 一、概述\n\n${text}\n`;
  it('a scope written explicitly answers the rule, whichever it is', () => {
    for (const scope of ['library', 'network', 'area']) {
      const files = withLib(
        report(GOOD.replace('364565', `{ value: 364565, scope: ${scope} }`), body('全区总分馆馆藏总量共364565册。')),
      );
      expect(checkContent(files).problems).toEqual([]);
    }
  });
  it('a wider-scope word elsewhere in the paragraph is no reason (全区十佳图书馆 is the region)', () => {
    const files = withLib(report(GOOD, body('我馆荣获“全区十佳图书馆”称号。截止2022年，我馆馆藏总量共364565册。')));
    expect(checkContent(files).problems).toEqual([]);
  });
  it('a subject before a ； governs the clauses after it', () => {
    const files = withLib(report(GOOD, body('2022年，全区总分馆流通量 1.2 万册次；累计馆藏量共364565册。')));
    expect(checkContent(files).problems.map((p) => p.code)).toEqual(['figure/scope-unstated']);
  });
  it('a wording copied from the sentence, spaces and all, passes; one without the figure does not', () => {
    const ok = withLib(report(GOOD.replace('364565', '{ value: 364565, wording: "364565册" }')));
    expect(checkContent(ok).problems).toEqual([]);
    const noFigure = withLib(report(GOOD.replace('364565', '{ value: 364565, wording: "馆藏总量" }')));
    expect(checkContent(noFigure).problems.map((p) => [p.code, p.message.zh])).toEqual([
      ['figure/wording-not-in-sentence', expect.stringMatching(/不含这个数字 364565/)],
    ]);
  });
  it('says the same in English', () => {
    const files = withLib(report(GOOD, body('2022年，全区总分馆馆藏总量共364565册。')));
    const [p] = checkContent(files).problems;
    expect(p?.message.en).toMatch(/its sentence says "全区", "总分馆", but the figure has no scope/);
    expect(formatProblems(checkContent(files).problems, 'en')).toMatch(/fix: Read the sentence/);
  });
});

describe('mistakes once reported wrongly, now named precisely', () => {
  it('a wrongly typed top-level field is called wrong, not missing, with what was written', () => {
    const { problems } = checkContent(withLib(report(GOOD.replace('year: 2022', 'year: 二〇二二'))));
    expect(problems).toHaveLength(1);
    const [p] = problems;
    expect(p?.field).toBe('year');
    expect(p?.message.zh).not.toMatch(/缺少必填字段/);
    expect(p?.message.zh).toMatch(/year 应写成数字.*二〇二二/);
    expect(p?.message.en).toMatch(/year should be a number \(no quotes\), got "二〇二二"/);
    expect(p?.hint?.zh).toMatch(/正确写法示例/);
    expect(p?.line).toBeGreaterThan(0);
  });

  it('a field that is really absent is still called missing', () => {
    const { problems } = checkContent(withLib(report(GOOD.replace(/^year: 2022\n/m, ''))));
    expect(problems.map((p) => p.message.zh)).toContainEqual(expect.stringMatching(/缺少必填字段 year/));
  });

  it('an empty discrepancy note names the discrepancy field', () => {
    const { problems } = checkContent(fig('{ value: 364565, discrepancy: "" }'));
    expect(problems).toHaveLength(1);
    expect(problems[0]?.field).toBe(`${FIG}.discrepancy`);
    expect(problems[0]?.message.zh).toMatch(/discrepancy.*不能为空/);
    expect(problems[0]?.hint?.zh).toMatch(/删掉 discrepancy/);
  });

  it('an award dated on a month or day that does not exist is rejected; real partial dates pass', () => {
    for (const date of ['2022-13-01', '2022-02-30', '2022-00']) {
      const { problems } = checkContent(
        withLib(report(`${GOOD}\nawards:\n  - { title: 全国十佳, kind: title, date: ${date} }`)),
      );
      expect(problems.map((p) => [p.severity, p.field, p.message.zh])).toContainEqual([
        'error',
        'awards.0.date',
        expect.stringMatching(/没有这一天/),
      ]);
    }
    for (const date of ['2022', '2022-02', '2024-02-29']) {
      const { problems } = checkContent(
        withLib(report(`${GOOD}\nawards:\n  - { title: 全国十佳, kind: title, date: ${date} }`)),
      );
      expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
    }
  });
});

describe('what looks like a mistake but is not', () => {
  const clean = (...files: SourceFile[]) => checkContent(files, { markup: markupProblem }).problems;

  it('a library that publishes in Traditional script says so: script: traditional', () => {
    const body = `${BODY}\n全年接待讀者42萬多人次，圖書館舉辦講座與展覽。\n`;
    expect(clean(...withLib(report(`${GOOD}\nscript: traditional`, body)))).toEqual([]);
  });

  it('a figure not stated in the text passes when its note says where it comes from', () => {
    expect(clean(...fig('{ value: 364566, note: "见原文附表2" }'))).toEqual([]);
  });

  it('a paragraph the source really repeats passes once a conversion note quotes it', () => {
    const twice = `${BODY}\n截止2022年，我馆馆藏总量共364565册。实际在编43人，其中专技人员36人。\n`;
    const note = `${GOOD}\nconversion:\n  - 原文“截止2022年，我馆馆藏总量共……”一段重复出现，照原样保留`;
    expect(clean(...withLib(report(note, twice)))).toEqual([]);
  });

  it('a figure written in ASCII digits is found in a text that writes full-width ones', () => {
    const result = checkContent(withLib(report(GOOD, BODY.replace('364565', '３６４５６５'))));
    expect(result.problems).toEqual([]);
    expect(result.reports[0]?.found.get('collection.total')?.text).toContain('３６４５６５');
  });

  it('a 大事记 of holidays and periods, a year in Chinese numerals: every entry its own event', () => {
    const chronicle = '## 大事记\n\n二〇二二年一月九日，举办展览。\n\n春节期间，开展送春联活动。\n\n暑假，开展研学。\n';
    const result = checkContent(withLib(report(GOOD, `${BODY}\n${chronicle}`)));
    expect(result.problems).toEqual([]);
    expect(result.reports[0]?.events.map((e) => [e.start, e.end ?? '', e.precision])).toEqual([
      ['2022-01-09', '', 'day'],
      ['2022-01', '2022-02', 'month'],
      ['2022-07', '2022-08', 'month'],
    ]);
  });

  it('the source typo 1日27日 is acknowledged by a conversion note quoting it', () => {
    const chronicle = '## 大事记\n\n1日27日，举办展览。\n';
    const warned = checkContent(withLib(report(GOOD, `${BODY}\n${chronicle}`))).problems;
    expect(warned.map((p) => [p.code, p.severity])).toEqual([['chronicle/day-for-month', 'warning']]);
    const noted = `${GOOD}\nconversion:\n  - 大事记中“1日27日”是原文笔误，照原样保留`;
    expect(checkContent(withLib(report(noted, `${BODY}\n${chronicle}`))).problems).toEqual([]);
  });
});
