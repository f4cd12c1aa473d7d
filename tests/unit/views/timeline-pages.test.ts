import { describe, expect, it } from 'vitest';
import { timelinePages } from '../../../src/lib/views/timeline-pages.ts';
import { chronicleEvent } from '../../support/factories.ts';
import { periodPath } from '../../../src/lib/site/paths.ts';

/** The n-th event starting on `start` (ids and lines differ, so equal events stay apart). */
const ev = (start: string, n: number) => chronicleEvent('a', start, { id: `e-${start}-${n}`, line: n, text: '事件' });

describe('timelinePages', () => {
  it('keeps a small year on one page', () => {
    const { years, pages } = timelinePages(new Map([[2021, [ev('2021-01-02', 1), ev('2021-03', 2)]]]), 5);
    expect(years).toEqual([{ year: 2021, count: 2, path: '2021' }]);
    expect(pages.map((p) => [p.path, p.events.length])).toEqual([['2021', 2]]);
  });

  it('cuts a large year into months (year-only events last) and a large month into parts', () => {
    const events = [
      ev('2022', 0),
      ...Array.from({ length: 5 }, (_, i) => ev('2022-01-05', i)),
      ev('2022-02-01', 9),
      ev('2022-02', 10),
    ];
    const { years, pages } = timelinePages(new Map([[2022, events]]), 2);
    expect(years[0]?.months?.map((m) => [m.month, m.count, m.path])).toEqual([
      [1, 5, '2022/01'],
      [2, 2, '2022/02'],
      [0, 1, '2022/all-year'],
    ]);
    expect(pages.map((p) => [p.path, p.events.length, p.part, p.parts])).toEqual([
      ['2022', 0, undefined, undefined],
      ['2022/01', 2, 1, 3],
      ['2022/01/2', 2, 2, 3],
      ['2022/01/3', 1, 3, 3],
      ['2022/02', 2, undefined, undefined],
      ['2022/all-year', 1, undefined, undefined],
    ]);
    // Every event on exactly one page, in order.
    expect(pages.flatMap((p) => p.events)).toEqual([...events.slice(1), events[0]]);
  });

  it('gives each page a path under /timeline/year/', () => {
    expect(periodPath('2021/03/2')).toBe('/timeline/year/2021/03/2/');
  });
});
