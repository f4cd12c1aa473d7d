import { describe, expect, it } from 'vitest';
import { checkContent } from '../../../src/check/check-content.ts';
import { librarySkeleton, reportSkeleton } from '../../../scripts/lib/skeleton.ts';
import { METRICS } from '../../../src/lib/model/catalog.ts';

const lib = { path: 'libraries/demo.yaml', text: librarySkeleton('demo') };

describe('skeletons', () => {
  it('a fresh report skeleton passes the check and lists every metric with its label', () => {
    const text = reportSkeleton({ id: 'demo', name: '某某市图书馆' }, 2022);
    const r = checkContent([lib, { path: 'reports/demo/2022.mdx', text }]);
    expect(r.problems.filter((p) => p.severity === 'error')).toEqual([]);
    for (const m of METRICS) expect(text).toContain(`# ${m.key}:`);
    expect(text).toContain('## 五、大事记');
    expect(text).toContain('## 六、2023年工作计划');
  });

  it('uncommenting one metric line yields that figure', () => {
    const text = reportSkeleton({ id: 'demo', name: '某某市图书馆' }, 2022)
      .replace(/# total: +#/, 'total: "42万多"  #')
      .replace('（在这里粘贴报告正文。每段之间空一行。）', '截止2022年，馆藏总量42万多册。');
    const r = checkContent([lib, { path: 'reports/demo/2022.mdx', text }]);
    expect(r.problems).toEqual([]);
    expect(r.reports[0]?.data.figures['collection.total']).toMatchObject({ value: 420000, qualifier: 'more-than' });
  });
});
