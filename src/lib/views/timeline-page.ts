/**
 * What the timeline pages show, computed from their events and libraries: the overview of all
 * libraries, one library's timeline, one page of the all-library timeline and the choices of the event
 * filters (a report's own timeline: `reportTimeline`, report-page.ts). Pure; the words come from
 * `src/i18n/timeline-strings.ts`.
 */
import type { Category } from '../chronicle/categories.ts';
import type { ChronicleEvent } from '../chronicle/event-schema.ts';
import { nameMap, type NamedLibrary } from './library-names.ts';
import { categoryCounts, eventCountsByLibrary } from './timeline.ts';
import { TIMELINE_PAGE_LIMIT, timelinePages, type TimelinePage, type YearLink } from './timeline-pages.ts';

/** The sorted distinct report years of some events. */
const yearsOf = (events: readonly ChronicleEvent[]): number[] =>
  [...new Set(events.map((e) => e.year))].sort((a, b) => a - b);

/** What the filters of an event list offer (`TimelineFilters`), and what its items show. */
export interface EventListView {
  /** Libraries that have events in the list, in display order. */
  readonly libraries: readonly NamedLibrary[];
  readonly years: readonly number[];
  readonly categories: readonly { readonly id: Category; readonly count: number }[];
  /** Library id → name, shown on each event when the list has several libraries. */
  readonly names: ReadonlyMap<string, string> | undefined;
}

/** The filter choices and library names of a list of events drawn from `libraries` (display order). */
export function eventListView(events: readonly ChronicleEvent[], libraries: readonly NamedLibrary[]): EventListView {
  const present = new Set(events.map((e) => e.library));
  const shown = libraries.filter((l) => present.has(l.id));
  return {
    libraries: shown,
    years: yearsOf(events),
    categories: categoryCounts(events),
    names: shown.length > 1 ? nameMap(shown) : undefined,
  };
}

/** A whole timeline (all libraries, or one): the scope of its monthly chart and its event list. */
export interface TimelineView {
  /** `all`, or the library id of a one-library timeline: the monthly chart is `monthly-<scope>`. */
  readonly scope: string;
  readonly count: number;
  readonly list: EventListView;
}

/** A timeline of `events` over `libraries` (display order; one library = that library's timeline). */
export function timelineView(events: readonly ChronicleEvent[], libraries: readonly NamedLibrary[]): TimelineView {
  const only = libraries.length === 1 ? libraries[0] : undefined;
  return { scope: only?.id ?? 'all', count: events.length, list: eventListView(events, libraries) };
}

/** The overview page of all libraries' timeline. */
export interface TimelineOverview {
  readonly count: number;
  /** The corpus is small enough to list every event on the overview (else only the year pages do). */
  readonly all: boolean;
  /** Some year is cut into months. */
  readonly byMonth: boolean;
  /** Links to the year pages (and a large year's months). */
  readonly years: readonly YearLink[];
  /** Libraries with events, in display order, with their counts. */
  readonly libraries: readonly (NamedLibrary & { readonly count: number })[];
}

/** The overview from every event, the libraries in display order and the events grouped by start year. */
export function timelineOverview(
  events: readonly ChronicleEvent[],
  libraries: readonly NamedLibrary[],
  byYear: ReadonlyMap<number, readonly ChronicleEvent[]>,
  limit = TIMELINE_PAGE_LIMIT,
): TimelineOverview {
  const counts = eventCountsByLibrary(events);
  const { years } = timelinePages(byYear, limit);
  return {
    count: events.length,
    all: events.length <= limit,
    byMonth: years.some((y) => y.months !== undefined),
    years,
    libraries: libraries.flatMap((l) => {
      const count = counts.get(l.id);
      return count ? [{ ...l, count }] : [];
    }),
  };
}

/** One library's timeline page. */
export interface LibraryTimelineView {
  readonly timeline: TimelineView;
  /** The years of the library's reports (each linked). */
  readonly reportYears: readonly number[];
}

/** One library's timeline from its events and its reports. */
export function libraryTimelineView(
  library: NamedLibrary,
  events: readonly ChronicleEvent[],
  reports: readonly { readonly data: { readonly year: number } }[],
): LibraryTimelineView {
  return { timeline: timelineView(events, [library]), reportYears: reports.map((r) => r.data.year) };
}

/** One page of the all-library timeline (`src/lib/views/timeline-pages.ts`). */
export interface PeriodView {
  readonly page: TimelinePage;
  /** On a year page that lists its months: the events of the year. */
  readonly monthsTotal: number;
  readonly list: EventListView;
}

/** A period page from its page and the libraries of its events (display order). */
export function periodView(page: TimelinePage, libraries: readonly NamedLibrary[]): PeriodView {
  return {
    page,
    monthsTotal: (page.months ?? []).reduce((n, m) => n + m.count, 0),
    list: eventListView(page.events, libraries),
  };
}
