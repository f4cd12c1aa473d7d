/** Timeline computations: monthly series, category counts, dates written the Chinese way. */
import { describe, expect, it } from 'vitest';
import {
  categoryCounts,
  eventCountsByLibrary,
  eventMonth,
  monthAnchor,
  monthGroups,
  monthlySeries,
  yearOnlyCounts,
} from '../../../src/lib/views/timeline.ts';
import { chronicleEvent } from '../../support/factories.ts';
import { formatIsoDate } from '../../../src/lib/calendar.ts';
import { sortEvents } from '../../../src/lib/chronicle/events.ts';

const ev = chronicleEvent;

describe('monthlySeries', () => {
  const libs = [
    { id: 'a', name: '甲馆' },
    { id: 'b', name: '乙馆' },
    { id: 'c', name: '丙馆' },
  ];
  const m = monthlySeries(
    [ev('a', '2020-01-05'), ev('a', '2020-01-09'), ev('b', '2020-03'), ev('a', '2020'), ev('b', '2022-12-31')],
    libs,
  );

  it('has every month of every year with 大事记 entries, and a year between without any as one gap', () => {
    expect(m.months).toHaveLength(25);
    expect(m.months[0]).toBe('2020-01');
    expect(m.months[12]).toBe('2021');
    expect(m.gapYears).toEqual([2021]);
    expect(m.months.at(-1)).toBe('2022-12');
  });

  it('counts per library by start month, leaving out libraries without events', () => {
    expect(m.series.map((s) => s.library)).toEqual(['a', 'b']);
    expect(m.series[0]?.counts.slice(0, 3)).toEqual([2, 0, 0]);
    expect(m.series[1]?.counts.slice(0, 3)).toEqual([0, 0, 1]);
    expect(m.totals.reduce((x, y) => x + y, 0)).toBe(4);
    expect(m.yearOnly).toEqual({ a: 1 });
  });

  it('names the libraries with events dated by year only', () => {
    expect(yearOnlyCounts(m)).toEqual([{ label: '甲馆', count: 1 }]);
  });
});

it.each([
  ['2021-07-01', 7],
  ['2021-11', 11],
  ['2021', 0],
])('files an event starting %s under month %d', (start, month) => expect(eventMonth(ev('a', start))).toBe(month));

describe('formatting', () => {
  it.each([
    ['2021-03-31', '2021年3月31日'],
    ['2020-02', '2020年2月'],
    ['2021', '2021年'],
  ])('%s → %s', (iso, text) => expect(formatIsoDate(iso)).toBe(text));
});

it('counts categories in table order', () => {
  expect(
    categoryCounts([
      ev('a', '2020-01-01', { categories: ['online', 'lecture'] }),
      ev('a', '2020-01-02', { categories: ['lecture'] }),
      ev('a', '2020-01-03'),
    ]),
  ).toEqual([
    { id: 'lecture', count: 2 },
    { id: 'online', count: 1 },
  ]);
});

it('counts events per library, leaving out libraries without any', () => {
  const counts = eventCountsByLibrary([ev('a', '2020-01-01'), ev('b', '2020-01-02'), ev('a', '2020-03-01')]);
  expect([...counts]).toEqual([
    ['a', 2],
    ['b', 1],
  ]);
  expect(counts.has('c')).toBe(false);
});

describe('monthGroups', () => {
  const events = sortEvents([
    ev('a', '2020-01-05'),
    ev('b', '2020-01-09'),
    ev('a', '2020'),
    ev('b', '2020-03'),
    ev('a', '2021-03-01'),
    ev('a', '2020-03-31', { end: '2020-04-02' }),
  ]);
  const groups = monthGroups(events);

  it('cuts a sorted list into its months, in order, year-only events first in their year', () => {
    expect(groups.map((g) => [g.key, g.year, g.month, g.events.length])).toEqual([
      ['2020', 2020, 0, 1],
      ['2020-01', 2020, 1, 2],
      ['2020-03', 2020, 3, 2],
      ['2021-03', 2021, 3, 1],
    ]);
  });

  it('keeps every event exactly once, in the same order', () => {
    expect(groups.flatMap((g) => g.events)).toEqual(events);
  });

  it('names each month for links', () => {
    expect(groups.map((g) => monthAnchor(g.key))).toEqual(['m-2020', 'm-2020-01', 'm-2020-03', 'm-2021-03']);
  });
});
