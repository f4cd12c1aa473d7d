import { describe, expect, it } from 'vitest';
import { checkContent } from '../../../src/check/check-content.ts';
import { librarySkeleton, reportSkeleton } from '../../../scripts/lib/skeleton.ts';
import { METRICS } from '../../../src/lib/model/catalog.ts';

const fresh = { path: 'libraries/demo.yaml', text: librarySkeleton('demo') };
/** The library skeleton filled in, as the staff guide asks. */
const lib = {
  path: 'libraries/demo.yaml',
  text: librarySkeleton('demo')
    .replace('某某市图书馆', '合浦县图书馆')
    .replace('Mou City Library', 'Hepu County Library')
    .replace('某某省', '广西壮族自治区')
    .replace('某某市', '北海市'),
};
/** The skeleton's headings of parts a short report does not have, deleted as the check asks. */
const withoutEmptyHeadings = (text: string): string =>
  text.replace(/^## (?:二|三|四|五|六)、.*\n(?:\n\{\/\*.*\*\/\}\n)?\n?/gm, '');

describe('skeletons', () => {
  it('a fresh skeleton parses, and is stopped only for what is left to fill', () => {
    const text = reportSkeleton({ id: 'demo', name: '某某市图书馆' }, 2022);
    const r = checkContent([fresh, { path: 'reports/demo/2022.mdx', text }]);
    // YAML and schema are fine: every error is a placeholder a staff member still has to replace.
    expect([...new Set(r.problems.map((p) => p.code))].sort()).toEqual([
      'body/skeleton-heading',
      'body/skeleton-placeholder',
      'library/placeholder',
    ]);
    expect(r.problems.filter((p) => p.code === 'library/placeholder').map((p) => p.field)).toEqual([
      'name',
      'nameEn',
      'region.province',
      'region.city',
    ]);
    for (const m of METRICS) expect(text).toContain(`# ${m.key}:`);
    expect(text).toContain('## 五、大事记');
    expect(text).toContain('## 六、2023年工作计划');
  });

  it('uncommenting one metric line yields that figure', () => {
    const text = withoutEmptyHeadings(
      reportSkeleton({ id: 'demo', name: '合浦县图书馆' }, 2022)
        .replace(/# total: +#/, 'total: "42万多"  #')
        .replace('（在这里粘贴报告正文。每段之间空一行。）', '截止2022年，馆藏总量42万多册。'),
    );
    const r = checkContent([lib, { path: 'reports/demo/2022.mdx', text }]);
    expect(r.problems).toEqual([]);
    expect(r.reports[0]?.data.figures['collection.total']).toMatchObject({ value: 420000, qualifier: 'more-than' });
  });
});
