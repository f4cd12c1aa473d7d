/** What each timeline page shows: the overview, a library's timeline, a period page, a report's timeline. */
import { describe, expect, it } from 'vitest';
import { namedLibraries, nameMap } from '../../../src/lib/views/library-names.ts';
import {
  eventListView,
  libraryTimelineView,
  periodView,
  timelineOverview,
  timelineView,
} from '../../../src/lib/views/timeline-page.ts';
import { timelinePages } from '../../../src/lib/views/timeline-pages.ts';
import { chronicleEvent as ev } from '../../support/factories.ts';

const libs = [
  { id: 'a', name: '甲馆' },
  { id: 'b', name: '乙馆' },
  { id: 'c', name: '丙馆' },
];
const events = [
  ev('b', '2020-01-05', { categories: ['lecture'] }),
  ev('a', '2021-03-01', { categories: ['lecture', 'online'] }),
  ev('a', '2021', { year: 2021 }),
];

describe('library names', () => {
  const entries = [{ id: 'a', data: { name: '甲馆', nameEn: 'A Library' } }];
  it('names a library in the page language', () => {
    expect(namedLibraries(entries, 'zh')).toEqual([{ id: 'a', name: '甲馆' }]);
    expect(namedLibraries(entries, 'en')).toEqual([{ id: 'a', name: 'A Library' }]);
    expect([...nameMap(libs)]).toEqual([
      ['a', '甲馆'],
      ['b', '乙馆'],
      ['c', '丙馆'],
    ]);
  });
});

describe('eventListView', () => {
  it('offers the libraries with events in display order, the years and the categories', () => {
    const view = eventListView(events, libs);
    expect(view.libraries).toEqual([libs[0], libs[1]]);
    expect(view.years).toEqual([2020, 2021]);
    expect(view.categories).toEqual([
      { id: 'lecture', count: 2 },
      { id: 'online', count: 1 },
    ]);
    expect(view.names?.get('b')).toBe('乙馆');
  });

  it('names no library on a list of one library’s events', () => {
    expect(eventListView(events.slice(1), libs).names).toBeUndefined();
  });
});

describe('timelineView', () => {
  it('charts all libraries, or the one library of its own timeline', () => {
    expect(timelineView(events, libs).scope).toBe('all');
    expect(timelineView(events.slice(1), [libs[0]!])).toMatchObject({ scope: 'a', count: 2 });
  });
});

describe('timelineOverview', () => {
  const byYear = new Map([
    [2020, [events[0]!]],
    [2021, events.slice(1)],
  ]);

  it('lists every event of a small corpus, and the libraries with events with their counts', () => {
    const view = timelineOverview(events, libs, byYear);
    expect(view).toMatchObject({ count: 3, all: true, byMonth: false });
    expect(view.years.map((y) => [y.year, y.count])).toEqual([
      [2020, 1],
      [2021, 2],
    ]);
    expect(view.libraries).toEqual([
      { id: 'a', name: '甲馆', count: 2 },
      { id: 'b', name: '乙馆', count: 1 },
    ]);
  });

  it('links the year and month pages of a large corpus instead', () => {
    const view = timelineOverview(events, libs, byYear, 1);
    expect(view).toMatchObject({ all: false, byMonth: true });
    expect(view.years[1]?.months?.map((m) => m.month)).toEqual([3, 0]);
  });
});

describe('libraryTimelineView', () => {
  it('links every report of the library and charts its events alone', () => {
    const view = libraryTimelineView(libs[0]!, events.slice(1), [{ data: { year: 2020 } }, { data: { year: 2021 } }]);
    expect(view.reportYears).toEqual([2020, 2021]);
    expect(view.timeline).toMatchObject({ scope: 'a', count: 2 });
  });
});

describe('periodView', () => {
  it('counts the events of a year page that lists its months', () => {
    const { pages } = timelinePages(new Map([[2021, events.slice(1)]]), 1);
    const year = periodView(pages[0]!, libs);
    expect(year.monthsTotal).toBe(2);
    expect(year.list.libraries).toEqual([]);
  });

  it('offers the filters of a page of events', () => {
    const { pages } = timelinePages(new Map([[2021, events.slice(1)]]));
    const view = periodView(pages[0]!, libs);
    expect(view.monthsTotal).toBe(0);
    expect(view.list.libraries).toEqual([libs[0]]);
    expect(view.list.years).toEqual([2021]);
  });
});
