/**
 * One real `astro build` over a fixture site holding one file per "like with like" mistake
 * (tests/fixtures/broken/like-with-like): an unknown scope or definition label, a wording the sentence
 * does not contain, a 全区总分馆 sentence without a written scope, a population without a source or
 * counted in a future year. The build must fail and print each with file:line, field and fix — the
 * messages `npm run check` prints (unit-tested in tests/unit/check/content-mistakes.test.ts).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { astroBuild } from './support/astro-build.ts';

const dir = 'tests/fixtures/broken/like-with-like';

describe('astro build over a site with each scope, label, wording and population mistake', () => {
  const out = mkdtempSync(join(tmpdir(), 'yearbook-like-'));
  let status: number | null = null;
  let output = '';
  beforeAll(() => {
    ({ status, output } = astroBuild({ out, content: dir }));
  }, 180_000);
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it('fails, counting every error', () => {
    expect(status, output).not.toBe(0);
    expect(output).toContain('内容检查发现 6 个错误');
  });

  it.each([
    [
      'population without a source',
      'libraries/nosource.yaml:8  字段 population.source',
      /population 没有写来源 source[\s\S]*?改法：写明出处/,
    ],
    [
      'population counted in a future year',
      'libraries/future.yaml:10  字段 population.year',
      /population\.year 是 2999，在今年（\d{4}）之后[\s\S]*?改法：写人口数据实际所属的年份/,
    ],
    [
      'unknown scope',
      'reports/demo/2020.mdx:8  字段 figures.collection.total.scope',
      /不认识的统计范围 "netwrok"。是不是想写 network？[\s\S]*?改法：scope 只能写 library/,
    ],
    [
      'unknown definition label',
      'reports/demo/2021.mdx:8  字段 figures.events.total.labels.0',
      /不认识的口径标签 "含线下"。是不是想写 includes-online？[\s\S]*?改法：可用的标签/,
    ],
    [
      'wording not in its sentence',
      'reports/demo/2022.mdx:8  字段 figures.use.visits.wording',
      /wording “3\.5万余人次” 不在陈述该数字的原句中[\s\S]*?改法：[^\n]*wording: "3\.5万余人"/,
    ],
    [
      'wider scope in the sentence, scope not written',
      'reports/demo/2023.mdx:8  字段 figures.use.circulation',
      /原句说到“全区”“总分馆”，但没有写统计范围 scope[\s\S]*?改法：读原句判断后/,
    ],
  ])('%s: names the file, line and field, and says how to fix it', (_name, where, message) => {
    expect(output).toContain(`${dir}/${where}`);
    const at = output.indexOf(`${dir}/${where}`);
    expect(output.slice(at)).toMatch(message);
  });
});
