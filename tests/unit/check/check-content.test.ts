import { describe, expect, it } from 'vitest';
import { checkContent, type SourceFile } from '../../../src/check/check-content.ts';
import { formatProblems } from '../../../src/lib/model/messages.ts';

const library = (id: string): SourceFile => ({
  path: `libraries/${id}.yaml`,
  text: `id: ${id}\nname: 测试市图书馆\nnameEn: Test City Library\nlevel: city\nregion:\n  province: 测试省\n  city: 测试市\n`,
});

const BODY = '## 一、概述\n\n截止2022年，我馆馆藏总量共364565册。实际在编43人，其中专技人员36人。\n';

const report = (frontmatter: string, path = 'reports/test/2022.mdx', body = BODY): SourceFile => ({
  path,
  text: `---\n${frontmatter}\n---\n\n${body}`,
});

const GOOD =
  'library: test\nyear: 2022\ntitle: 测试馆2022年工作总结\nsource: test.txt\nfigures:\n  collection:\n    total: 364565';

function check(...reports: SourceFile[]) {
  return checkContent([library('test'), ...reports]);
}

describe('checkContent', () => {
  it('accepts a valid report and keeps its figures', () => {
    const r = check(report(GOOD));
    expect(r.problems).toEqual([]);
    expect(r.reports[0]?.data.figures['collection.total']).toMatchObject({
      value: 364565,
      qualifier: 'exact',
      written: '364565',
    });
  });

  it.each([
    [
      'unknown metric with a suggestion',
      GOOD.replace('total:', 'totl:'),
      'figure/unknown-metric',
      8,
      /是不是想写 collection\.total/,
    ],
    ['unknown group', GOOD.replace('collection:', 'colection:'), 'figure/unknown-group', 7, /是不是想写 collection/],
    ['malformed figure', GOOD.replace('364565', '"42万多多"'), 'figure/double-qualifier', 8, /两个限定词/],
    ['negative value', GOOD.replace('364565', '-5'), 'figure/negative', 8, /负数/],
    ['wrong unit', GOOD.replace('364565', '"364565人次"'), 'figure/unit-mismatch', 8, /单位/],
    ['wrong type', GOOD.replace('364565', '[1, 2]'), 'figure/shape', 8, /应写成数字/],
    ['unknown library', GOOD.replace('library: test', 'library: tset'), 'report/unknown-library', 2, /是不是想写 test/],
    [
      'year disagrees with the path',
      GOOD.replace('year: 2022', 'year: 2021'),
      'report/year-path',
      3,
      /文件名是 2022\.mdx/,
    ],
    [
      'missing required field',
      GOOD.replace('title: 测试馆2022年工作总结\n', ''),
      'schema/invalid_type',
      undefined,
      /缺少必填字段 title/,
    ],
    [
      'YAML: no space after a colon',
      GOOD.replace('year: 2022', 'year:2022\nx'),
      'yaml/no-space',
      3,
      /冒号后面没有空格/,
    ],
    ['YAML: tab indentation', GOOD.replace('    total', '\ttotal'), 'yaml/tab', 8, /行首有 Tab/],
    ['unknown top-level field', GOOD.replace('source:', 'sorce:'), 'schema/unrecognized_keys', 5, /是不是想写 source/],
    ['YAML syntax error', GOOD.replace('title: 测试馆', 'title: "测试馆'), 'yaml/syntax', 4, /YAML 格式错误/],
    ['bad change', GOOD.replace('364565', '{ value: 364565, change: "10%" }'), 'figure/change', 8, /同比变化/],
    [
      'period outside the year',
      GOOD.replace('364565', '{ value: 364565, period: "2021-01/2021-06" }'),
      'figure/period-year',
      8,
      /不在报告年度/,
    ],
    ['figure not in text', GOOD.replace('364565', '364566'), 'figure/not-in-text', 8, /找不到/],
  ])('%s', (_name, fm, code, line, message) => {
    const r = check(report(fm));
    const p = r.problems.find((x) => x.code === code);
    expect(p, JSON.stringify(r.problems, null, 1)).toBeDefined();
    expect(p?.file).toBe('content/reports/test/2022.mdx');
    if (line !== undefined) expect(p?.line).toBe(line);
    expect(p?.message.zh).toMatch(message);
    expect(p?.hint?.zh).toBeTruthy();
    expect(p?.message.en).toBeTruthy();
  });

  it('rejects a duplicate report for the same library and year', () => {
    // Only one file can be named 2022.mdx: a second report of 2022 is a file named for another year.
    const r = check(report(GOOD), report(GOOD, 'reports/test/2021.mdx'));
    expect(r.problems.map((p) => p.code)).toEqual(['report/year-path', 'report/duplicate']);
  });

  it('names a report the site would not read: 2022.md, alone or beside 2022.mdx', () => {
    const alone = check(report(GOOD, 'reports/test/2022.md'));
    expect(alone.problems.map((p) => [p.code, p.file])).toEqual([
      ['file/extension-md', 'content/reports/test/2022.md'],
    ]);
    const beside = check(report(GOOD), report(GOOD, 'reports/test/2022.md'));
    expect(beside.problems.map((p) => [p.code, p.file])).toEqual([['file/copy', 'content/reports/test/2022.md']]);
  });

  it('rejects an inconsistency unless a discrepancy acknowledges it', () => {
    const staff = (extra: string) => `${GOOD}\n  staff:\n    actual: 43\n    professional: ${extra}`;
    const body = `${BODY}专技人员50人。\n`;
    const bad = check(report(staff('50'), undefined, body));
    const p = bad.problems.find((x) => x.code === 'figure/inconsistent');
    expect(p?.message.zh).toMatch(/专业技术人员 50 = 50 > 实际在编 43/);
    expect(p?.hint?.zh).toMatch(/discrepancy/);
    const ok = check(
      report(staff('{ value: 50, discrepancy: "原文两处不一致", quote: "专技人员50人" }'), undefined, body),
    );
    expect(ok.problems.filter((x) => x.severity === 'error')).toEqual([]);
  });

  it('names a library whose id disagrees with its file name', () => {
    const r = checkContent([{ ...library('test'), path: 'libraries/other.yaml' }]);
    expect(r.problems[0]?.code).toBe('library/id-mismatch');
  });

  it('formats problems grouped by file with line, field and fix', () => {
    const r = check(report(GOOD.replace('total:', 'totl:')));
    expect(formatProblems(r.problems)).toMatchInlineSnapshot(`
      "
      content/reports/test/2022.mdx
        错误 content/reports/test/2022.mdx:8  字段 figures.collection.totl
          没有指标 collection.totl。是不是想写 collection.total？
          改法：“collection”组的指标：total（馆藏总量）、newVolumes（新增藏量（全部载体））、newTitles（新增种数（全部载体））、newPrintVolumes（新增纸质图书（册））、newPrintTitles（新增纸质图书（种））、newDigitalVolumes（新增电子图书）、localDocsCollectedTitles（征集地方文献（种））、localDocsCollectedVolumes（征集地方文献（册））"
    `);
  });
});
