/**
 * How the all-library timeline is cut into pages of bounded size: one page per year while a year has at
 * most `limit` events; a larger year becomes a list of its months, one page per month; a month with more
 * than `limit` events is cut into numbered parts. Per-library timelines are not cut. Pure.
 */
import { groupBy } from '../group-by.ts';
import type { ChronicleEvent } from '../chronicle/event-schema.ts';
import { eventMonth } from './timeline.ts';

/** Events per page at most (≈ 1 MB of HTML). */
export const TIMELINE_PAGE_LIMIT = 2000;

/** One month of a large year: 1–12, or 0 for events dated by year only. */
export interface MonthLink {
  readonly month: number;
  readonly count: number;
  /** Path under /timeline/year/: `2021/03`, `2021/all-year`. */
  readonly path: string;
}

/** A page of the all-library timeline. */
export interface TimelinePage {
  /** Path under /timeline/year/: `2021`, `2021/03`, `2021/03/2`. */
  readonly path: string;
  readonly year: number;
  /** Set on month pages (0 = dated by year only). */
  readonly month?: number;
  /** 1-based part of a month cut into parts, and how many parts it has. */
  readonly part?: number;
  readonly parts?: number;
  /** The events shown (empty on a year page that lists months). */
  readonly events: readonly ChronicleEvent[];
  /** On a year page of a large year: its months. */
  readonly months?: readonly MonthLink[];
}

/** One year of the overview. */
export interface YearLink {
  readonly year: number;
  readonly count: number;
  readonly path: string;
  /** Present when the year is cut into months. */
  readonly months?: readonly MonthLink[];
}

const pad = (m: number): string => (m === 0 ? 'all-year' : String(m).padStart(2, '0'));

/** Path of one part of a period: part 1 has no number. */
const partPath = (base: string, part: number): string => (part === 1 ? base : `${base}/${part}`);

/**
 * Pages and overview links for events grouped by start year (years ascending, each group in timeline
 * order, as `getEventsByYear` gives them). Every event lands on exactly one page.
 */
export function timelinePages(
  byYear: ReadonlyMap<number, readonly ChronicleEvent[]>,
  limit = TIMELINE_PAGE_LIMIT,
): { years: YearLink[]; pages: TimelinePage[] } {
  const years: YearLink[] = [];
  const pages: TimelinePage[] = [];
  for (const [year, events] of byYear) {
    const path = String(year);
    if (events.length <= limit) {
      years.push({ year, count: events.length, path });
      pages.push({ path, year, events });
      continue;
    }
    const months = [...groupBy(events, eventMonth)]
      .sort(([a], [b]) => (a || 13) - (b || 13))
      .map(([month, list]) => ({ month, list, path: `${year}/${pad(month)}` }));
    const links = months.map(({ month, list, path: p }) => ({ month, count: list.length, path: p }));
    years.push({ year, count: events.length, path, months: links });
    pages.push({ path, year, events: [], months: links });
    for (const { month, list, path: base } of months) {
      const parts = Math.ceil(list.length / limit);
      for (let part = 1; part <= parts; part++)
        pages.push({
          path: partPath(base, part),
          year,
          month,
          ...(parts > 1 ? { part, parts } : {}),
          events: list.slice((part - 1) * limit, part * limit),
        });
    }
  }
  return { years, pages };
}
