/** The sitemap's lastmod: a report's newest change, a library's newest report, nothing without a changelog. */
import { describe, expect, it } from 'vitest';
import { pageLastmods } from '../../../src/lib/site/lastmod.ts';

describe('pageLastmods', () => {
  it('dates a report by its newest change and a library by its newest report', () => {
    const dates = pageLastmods([
      { library: 'a', year: 2020, changelog: [{ date: '2026-11-21' }, { date: '2026-12-03' }] },
      { library: 'a', year: 2021, changelog: [{ date: '2026-11-25' }] },
      { library: 'b', year: 2021, changelog: [] },
    ]);
    expect(Object.fromEntries(dates)).toEqual({
      '/reports/a/2020/': '2026-12-03',
      '/reports/a/2021/': '2026-11-25',
      '/libraries/a/': '2026-12-03',
    });
  });

  it('is the same whatever the order of reports and entries', () => {
    const a = { library: 'a', year: 2020, changelog: [{ date: '2026-12-03' }, { date: '2026-11-21' }] };
    const b = { library: 'a', year: 2021, changelog: [{ date: '2026-12-09' }] };
    expect(pageLastmods([a, b])).toEqual(pageLastmods([b, a]));
    expect(pageLastmods([a, b]).get('/libraries/a/')).toBe('2026-12-09');
  });
});
