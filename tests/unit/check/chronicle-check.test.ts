/** Chronicle dates in the content check: errors with file:line, notices as warnings, the friendly text. */
import { describe, expect, it } from 'vitest';
import { checkContent, type SourceFile } from '../../../src/check/check-content.ts';
import { formatProblems } from '../../../src/lib/model/messages.ts';

const library: SourceFile = {
  path: 'libraries/test.yaml',
  text: 'id: test\nname: 测试市图书馆\nnameEn: Test City Library\nlevel: city\nregion:\n  province: 测试省\n  city: 测试市\n',
};
const FRONTMATTER = 'library: test\nyear: 2021\ntitle: 测试馆2021年工作总结\nsource: test.txt\nfigures: {}';
const report = (body: string): SourceFile => ({
  path: 'reports/test/2021.mdx',
  text: `---\n${FRONTMATTER}\n---\n\n${body}`,
});

describe('checkContent: chronicle dates', () => {
  it('accepts a good chronicle', () => {
    expect(
      checkContent([library, report('## 大事记\n\n1月9日，举办讲座。\n\n2月-3月，线上服务。\n')]).problems,
    ).toEqual([]);
  });

  it('fails an impossible date at its line in the file', () => {
    const { problems } = checkContent([library, report('## 大事记\n\n1月9日，举办讲座。\n\n2月30日，举办展览。\n')]);
    // frontmatter is lines 1–7, a blank line, then the heading on line 9: the entry is on line 13.
    expect(problems).toEqual([
      expect.objectContaining({
        severity: 'error',
        code: 'chronicle/impossible-date',
        file: 'content/reports/test/2021.mdx',
        line: 13,
        field: '大事记',
      }),
    ]);
    expect(formatProblems(problems)).toMatchInlineSnapshot(`
      "
      content/reports/test/2021.mdx
        错误 content/reports/test/2021.mdx:13  字段 大事记
          日期“2月30日”不存在（2021年2月30日）
          改法：检查月、日是否写错，例如 2月28日、4月30日"
    `);
  });

  it('fails a date outside the report year, and a bad <Event> date', () => {
    const { problems } = checkContent([
      library,
      report('南海<Event date="2021-13-01">某事</Event>。\n\n## 大事记\n\n2020年3月1日，某事。\n'),
    ]);
    expect(problems.map((p) => [p.code, p.line, p.field])).toEqual([
      ['chronicle/impossible-date', 9, 'Event'],
      ['chronicle/out-of-year', 13, '大事记'],
    ]);
    expect(formatProblems(problems, 'en')).toContain('Write a date in 2021 (e.g. 2021年3月5日)');
  });

  it('lists the 1日27日 typo as a warning, not an error', () => {
    const { problems } = checkContent([library, report('## 大事记\n\n1日27日，北海市图书馆。\n')]);
    expect(problems.map((p) => [p.severity, p.code, p.line])).toEqual([['warning', 'chronicle/day-for-month', 11]]);
  });
});
