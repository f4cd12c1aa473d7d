/**
 * One real `astro build` over a fixture holding one file per kind of mistake that used to pass silently
 * (tests/fixtures/broken/new-mistakes, issue 18): misnamed and stray files, a GBK file, the skeletons left
 * in place, an empty body, a section pasted twice, Traditional script, a 大事记 pasted with single line
 * breaks or dated 年初, a heading without ##, figure typos and a transposed number, YAML slips. The build
 * must fail and print each message once — file:line, field, what is wrong, the fix — without a stack trace
 * (the same messages `npm run check` prints, unit-tested in tests/unit/check/content-mistakes.test.ts).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { astroBuild } from './support/astro-build.ts';

const dir = 'tests/fixtures/broken/new-mistakes';
const R = `${dir}/reports/demo`;

describe('astro build over a site with one of each mistake that used to pass silently', () => {
  const out = mkdtempSync(join(tmpdir(), 'yearbook-new-mistakes-'));
  let status: number | null = null;
  let output = '';
  beforeAll(() => {
    ({ status, output } = astroBuild({ out, content: dir }));
  }, 180_000);
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it('fails, counting every error, printing it once and without a stack trace', () => {
    expect(status, output).not.toBe(0);
    expect(output).toContain('内容检查发现 21 个错误');
    expect(output.match(/内容检查发现/g)).toHaveLength(1);
    expect(output).not.toMatch(/Stack trace| {4}at /);
    expect(output).not.toMatch(/Shiki/);
  });

  it.each([
    ['a report saved as .MDX', `${R}/2015.MDX\n`, /扩展名要用小写[\s\S]*?改法：把文件改名为 2015\.mdx/],
    ['a copy beside the report', `${R}/2016 - 副本.mdx\n`, /像是 2016\.mdx 的副本[\s\S]*?改法：每个馆每年只有一份报告/],
    ['the source document in content/', `${R}/2016年工作总结.docx\n`, /原始文件[\s\S]*?改法：[\s\S]*?npm run import/],
    ['a stray file', `${dir}/README.txt\n`, /网站不会读取 README\.txt[\s\S]*?改法：/],
    ['a file saved as GBK', `${R}/2026.mdx\n`, /不是 UTF-8 编码[\s\S]*?改法：/],
    [
      'a library left as 某某市图书馆',
      `${dir}/libraries/moumou.yaml:3  字段 name`,
      /占位文字 “某某市图书馆”[\s\S]*?改法：/,
    ],
    ['an empty body', `${R}/2017.mdx:10  字段 正文`, /正文为空[\s\S]*?改法：把报告全文粘贴/],
    ['the skeleton placeholder', `${R}/2018.mdx:13  字段 正文`, /模板的占位文字还在/],
    ['an empty skeleton heading', `${R}/2018.mdx:17  字段 正文`, /“三、工作亮点”下面什么都没有[\s\S]*?改法：/],
    ['a section pasted twice', `${R}/2019.mdx:17  字段 正文`, /第 17–21 行（3 段）与第 11 行起的内容一字不差/],
    ['a Traditional paragraph', `${R}/2020.mdx:15  字段 正文`, /繁体字[\s\S]*?改法：[\s\S]*?script: traditional/],
    [
      'a 大事记 pasted with single line breaks',
      `${R}/2021.mdx:17  字段 大事记`,
      /第 17、18、19 行各以日期开头[\s\S]*?改法：每条大事记之间空一行/,
    ],
    ['a 大事记 entry dated 年初', `${R}/2021.mdx:21  字段 大事记`, /以“年初”开头[\s\S]*?改法：[\s\S]*?<Event date=/],
    ['full-width digits', `${R}/2022.mdx:8  字段 figures.collection.total`, /全角数字[\s\S]*?改法：改成 total: 120000/],
    ['a full-width colon', `${R}/2023.mdx:8\n`, /把全角冒号改成半角冒号加空格[\s\S]*?改法：改成： {4}total: 120000/],
    ['a colon inside a value', `${R}/2024.mdx:4\n`, /YAML 格式错误：这一行的值里又有“冒号加空格”/],
    ['a 大事记 heading without ##', `${R}/2025.mdx:15  字段 正文`, /前面没有 ##[\s\S]*?改法：写成 ## 五、大事记/],
    ['a transposed number', `${R}/2027.mdx:10  字段 use.visits`, /正文中有 28645（第 17 行），是不是抄错了？/],
  ])('%s: names the file, line and field, and says how to fix it', (_name, at, message) => {
    const where = `错误 ${at}`;
    expect(output).toContain(where);
    expect(output.split(where)).toHaveLength(2); // once
    expect(output.slice(output.indexOf(where))).toMatch(message);
  });
});
