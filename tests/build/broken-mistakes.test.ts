/**
 * One real `astro build` over a fixture site holding one file per kind of staff mistake
 * (tests/fixtures/broken/many-mistakes): the build must fail and print, for every file, the file:line,
 * the field, what is wrong and the fix — the same messages `npm run check` prints (unit-tested one by one
 * in tests/unit/check/content-mistakes.test.ts).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { astroBuild } from './support/astro-build.ts';

const dir = 'tests/fixtures/broken/many-mistakes';

describe('astro build over a site with one of each staff mistake', () => {
  const out = mkdtempSync(join(tmpdir(), 'yearbook-mistakes-'));
  let status: number | null = null;
  let output = '';
  beforeAll(() => {
    ({ status, output } = astroBuild({ out, content: dir }));
  }, 180_000);
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it('fails, counting every error', () => {
    expect(status, output).not.toBe(0);
    expect(output).toContain('内容检查发现 8 个错误');
  });

  it.each([
    [
      'library value not allowed',
      'libraries/xian.yaml:4  字段 level',
      /level 只能是 city[\s\S]*?改法：正确写法示例：level: city/,
    ],
    [
      'two qualifiers',
      'reports/demo/2016.mdx:8  字段 figures.collection.total',
      /"12万多多" 含有两个限定词[\s\S]*?改法：照报告原文填写/,
    ],
    [
      'unit mismatch',
      'reports/demo/2017.mdx:8  字段 figures.collection.total',
      /"120000人次" 的单位与该指标的单位“册”不一致/,
    ],
    ['negative value', 'reports/demo/2018.mdx:8  字段 figures.collection.total', /"-5" 是负数/],
    [
      'missing required field',
      'reports/demo/2019.mdx:2  字段 title',
      /缺少必填字段 title[\s\S]*?改法：正确写法示例：title:/,
    ],
    [
      'YAML: no space after a colon',
      'reports/demo/2020.mdx:5',
      /source 的冒号后面没有空格[\s\S]*?改法：改成：source: demo\.txt/,
    ],
    [
      'date outside the year',
      'reports/demo/2021.mdx:19  字段 大事记',
      /“2020年3月1日”在 2020 年，不在本报告的 2021 年内[\s\S]*?改法：/,
    ],
    [
      'a second report of a year, saved as .md',
      'reports/demo/2022.md\n',
      /2022\.md 和 2022\.mdx 是同一年的两份报告[\s\S]*?改法：每个馆每年只有一份报告/,
    ],
  ])('%s: names the file, line and field, and says how to fix it', (_name, where, message) => {
    expect(output).toContain(`${dir}/${where}`);
    const at = output.indexOf(`${dir}/${where}`);
    expect(output.slice(at)).toMatch(message);
  });
});
