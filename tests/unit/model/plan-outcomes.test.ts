import { describe, expect, it } from 'vitest';
import { checkContent, type SourceFile } from '../../../src/check/check-content.ts';
import { formatProblems } from '../../../src/lib/model/messages.ts';
import { planBlocks, statusCounts, type PlanReport } from '../../../src/lib/model/plan-outcomes.ts';

const library: SourceFile = {
  path: 'libraries/test.yaml',
  text: 'id: test\nname: 测试市图书馆\nnameEn: Test City Library\nlevel: city\nregion:\n  province: 测试省\n  city: 测试市\n',
};

const Y1 = `---
library: test
year: 2021
title: 测试馆2021年工作总结
source: a.txt
figures: {}
plans:
  - { id: new-rooms, text: 建成两个城市书房。 }
  - { id: dome, text: 完成屋顶维修。 }
---

## 一、概述

全年开展读者活动。
`;

const body2022 = `## 一、概述

2022年，我馆建成城市书房两处，并免费开放。

## 大事记

3月31日，城市书房（海滨点）揭牌开放。
`;

const y2 = (review: string): SourceFile => ({
  path: 'reports/test/2022.mdx',
  text: `---\nlibrary: test\nyear: 2022\ntitle: 测试馆2022年工作总结\nsource: b.txt\nfigures: {}\n${review}---\n\n${body2022}`,
});

const GOOD = `planReview:
  - plan: new-rooms
    status: done
    evidence:
      - { event: e-2022-03-31-1 }
      - { quote: "我馆建成城市书房两处" }
  - plan: dome
    status: no-evidence
`;

const check = (...files: SourceFile[]) =>
  checkContent([library, { path: 'reports/test/2021.mdx', text: Y1 }, ...files]);

describe('planReview in the content check', () => {
  it('accepts a review whose plans, events and quotes exist', () => {
    const r = check(y2(GOOD));
    expect(r.problems).toEqual([]);
    expect(r.reports.find((x) => x.data.year === 2022)?.data.planReview).toHaveLength(2);
  });

  it.each([
    [
      'unknown plan id',
      GOOD.replace('plan: dome', 'plan: dom'),
      'plan-review/unknown-plan',
      13,
      /没有 id 为 “dom” 的条目/,
      /new-rooms、dome/,
    ],
    [
      'unknown event',
      GOOD.replace('e-2022-03-31-1', 'e-2022-03-31-2'),
      'plan-review/unknown-event',
      11,
      /没有 id 为 e-2022-03-31-2 的事件/,
      /events\.json/,
    ],
    [
      'quote not in the text',
      GOOD.replace('我馆建成城市书房两处', '我馆建成城市书房三处'),
      'plan-review/quote-not-found',
      12,
      /找不到/,
      /原样复制/,
    ],
    [
      'done without evidence',
      GOOD.replace(/ {4}evidence:\n.*\n.*\n/, ''),
      'plan-review/no-evidence',
      undefined,
      /没有给出证据/,
      /no-evidence/,
    ],
    [
      'a plan reviewed twice',
      `${GOOD}  - plan: dome\n    status: no-evidence\n`,
      'plan-review/duplicate',
      15,
      /出现了两次/,
      /只写一次/,
    ],
    [
      'malformed event id',
      GOOD.replace('e-2022-03-31-1', '3月31日'),
      'schema/invalid_format',
      11,
      /事件 id 形如 e-2021-03-31-1/,
      undefined,
    ],
  ])('%s', (_name, review, code, line, message, hint) => {
    const problems = check(y2(review)).problems.filter((p) => p.severity === 'error');
    expect(problems.map((p) => p.code)).toContain(code);
    const p = problems.find((x) => x.code === code);
    if (line !== undefined) expect(p?.line).toBe(line);
    expect(p?.message.zh).toMatch(message);
    expect(p?.message.en).toBeTruthy();
    if (hint) expect(p?.hint?.zh).toMatch(hint);
  });

  it('warns about a plan item left unreviewed', () => {
    const review = GOOD.replace(/ {2}- plan: dome\n {4}status: no-evidence\n/, '');
    const r = check(y2(review));
    expect(r.problems.map((p) => [p.severity, p.code])).toEqual([['warning', 'plan-review/missing']]);
    expect(formatProblems(r.problems)).toContain('2021 年计划条目 “dome” 还没有记录落实情况');
  });

  it('fails a review without a previous report', () => {
    const r = checkContent([library, y2(GOOD)]);
    expect(r.problems.map((p) => p.code)).toEqual(['plan-review/no-previous-report']);
    expect(r.problems[0]?.line).toBe(7);
  });

  it('prints file:line, the message and the fix', () => {
    const out = formatProblems(check(y2(GOOD.replace('plan: dome', 'plan: dom'))).problems);
    expect(out).toContain('错误 content/reports/test/2022.mdx:13  字段 planReview.1.plan');
    expect(out).toContain('改法：可用的 id：new-rooms、dome');
  });
});

const reports: PlanReport[] = [
  {
    library: 'x',
    year: 2020,
    plans: [
      { id: 'a', text: '甲\n细节' },
      { id: 'b', text: '乙' },
    ],
    planReview: [],
  },
  {
    library: 'x',
    year: 2021,
    plans: [{ id: 'c', text: '丙' }],
    planReview: [{ plan: 'a', status: 'partly', evidence: [{ quote: '做了一半' }] }],
  },
];

describe('planBlocks', () => {
  it('pairs each plan with the next report’s review, newest plan first', () => {
    const blocks = planBlocks(reports);
    expect(blocks.map((b) => [b.planYear, b.forYear, b.reviewedIn])).toEqual([
      [2021, 2022, undefined],
      [2020, 2021, 2021],
    ]);
    expect(blocks[1]?.items.map((i) => i.review?.status)).toEqual(['partly', undefined]);
    expect(statusCounts(blocks[1]!)).toEqual({ done: 0, partly: 1, 'no-evidence': 0, pending: 1 });
  });

  it('leaves out reports without plans', () => {
    expect(planBlocks([{ library: 'x', year: 2020, plans: [], planReview: [] }])).toEqual([]);
  });
});

describe('a report without planReview', () => {
  it('is not reviewed yet: no problem, even when last year had plans', () => {
    expect(check(y2('')).problems).toEqual([]);
  });
});
