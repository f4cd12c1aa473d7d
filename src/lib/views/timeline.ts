/**
 * What the timeline pages show, computed once from events: the month-by-month counts of 大事记 entries per
 * library (the histogram's series and its table; the dated sentences of a report's text are listed, not
 * counted), the reports without a 大事记, category counts, and dates written the Chinese way. Pure.
 */
import { CATEGORY_IDS, type Category } from '../chronicle/categories.ts';
import { OKABE_ITO, type Swatch } from '../charts/palette.ts';
import { countSpec, type CountSpec } from '../charts/specs.ts';
import { formatIsoDate } from '../calendar.ts';
import type { ChronicleEvent } from '../chronicle/event-schema.ts';

/** Counts of 大事记 entries per month (`YYYY-MM`) for one library; entries dated only to a year are not counted. */
export interface MonthlySeries {
  readonly library: string;
  readonly label: string;
  readonly counts: readonly number[];
}

/**
 * The monthly histogram of 大事记 entries: month keys, one series per library, and the total per month. A
 * year between the first and the last without any 大事记 entry is one key `YYYY`, a gap: drawn empty and
 * named, never as twelve months of zero and never left out (the axis would run from 2021年12月 straight to
 * 2023年1月 and activity would seem to collapse).
 */
export interface Monthly {
  readonly months: readonly string[];
  readonly series: readonly MonthlySeries[];
  readonly totals: readonly number[];
  /** Entries dated only to a year, per library (they have no month). */
  readonly yearOnly: Readonly<Record<string, number>>;
  /** The years drawn as gaps (no 大事记 entry in any report of that year). */
  readonly gapYears: readonly number[];
}

/** The month an event is filed under: its start month 1–12, or 0 when the start has no month. */
export const eventMonth = (e: Pick<ChronicleEvent, 'start'>): number => Number(e.start.slice(5, 7) || 0);

/** True for the key of a gap year (`2022`) rather than a month (`2022-03`). */
export const isGapKey = (key: string): boolean => /^\d{4}$/.test(key);

/** Only the 大事记 entries: the chronicle charts count them, not the dated sentences of a report's text. */
export const chronicleOnly = (events: readonly ChronicleEvent[]): ChronicleEvent[] =>
  events.filter((e) => e.source === 'chronicle');

/**
 * Monthly counts of the 大事记 entries among `events` for `libraries` (id and display name, in display
 * order): every month of every year that has entries (empty months show as 0), and each year between
 * without any as one gap key.
 */
export function monthlySeries(
  events: readonly ChronicleEvent[],
  libraries: readonly { id: string; name: string }[],
): Monthly {
  const wanted = new Set(libraries.map((l) => l.id));
  const own = chronicleOnly(events).filter((e) => wanted.has(e.library));
  const withEntries = new Set(own.map((e) => Number(e.start.slice(0, 4))));
  const first = Math.min(...withEntries);
  const last = Math.max(...withEntries);
  const years = withEntries.size ? Array.from({ length: last - first + 1 }, (_, i) => first + i) : [];
  const months = years.flatMap((y) =>
    withEntries.has(y) ? Array.from({ length: 12 }, (_, i) => `${y}-${String(i + 1).padStart(2, '0')}`) : [String(y)],
  );
  const index = new Map(months.map((m, i) => [m, i]));
  const yearOnly: Record<string, number> = {};
  // One pass over the events (a national corpus has thousands of libraries and ~10⁶ events).
  const byLibrary = new Map<string, number[]>();
  for (const e of own) {
    const i = eventMonth(e) === 0 ? undefined : index.get(e.start.slice(0, 7));
    if (i === undefined) {
      yearOnly[e.library] = (yearOnly[e.library] ?? 0) + 1;
      continue;
    }
    let counts = byLibrary.get(e.library);
    if (!counts) byLibrary.set(e.library, (counts = months.map(() => 0)));
    counts[i] = (counts[i] ?? 0) + 1;
  }
  const series = libraries
    .map((lib) => ({ library: lib.id, label: lib.name, counts: byLibrary.get(lib.id) ?? months.map(() => 0) }))
    .filter((s) => s.counts.some((n) => n > 0) || (yearOnly[s.library] ?? 0) > 0);
  const totals = months.map((_, i) => series.reduce((n, s) => n + (s.counts[i] ?? 0), 0));
  const gapYears = years.filter((y) => !withEntries.has(y));
  return { months, series, totals, yearOnly, gapYears };
}

/**
 * The reports among `reports` that have no 大事记 entry: named in a line beside the chronicle chart
 * instead of being drawn near zero (their activity is not small; their report has no 大事记).
 */
export function reportsWithoutChronicle(
  reports: readonly { library: string; name: string; year: number }[],
  events: readonly ChronicleEvent[],
): { library: string; name: string; years: number[] }[] {
  const has = new Set(chronicleOnly(events).map((e) => `${e.library}/${e.year}`));
  const out = new Map<string, { library: string; name: string; years: number[] }>();
  for (const r of reports) {
    if (has.has(`${r.library}/${r.year}`)) continue;
    const entry = out.get(r.library) ?? { library: r.library, name: r.name, years: [] };
    entry.years.push(r.year);
    out.set(r.library, entry);
  }
  return [...out.values()].map((e) => ({ ...e, years: e.years.sort((a, b) => a - b) }));
}

/** The libraries of the table with events dated by year only (left out of it), with their counts. */
export const yearOnlyCounts = (monthly: Monthly): { label: string; count: number }[] =>
  monthly.series.flatMap((s) => {
    const count = monthly.yearOnly[s.library] ?? 0;
    return count > 0 ? [{ label: s.label, count }] : [];
  });

/** How many events each library has (libraries without events are absent). */
export function eventCountsByLibrary(events: readonly ChronicleEvent[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const e of events) counts.set(e.library, (counts.get(e.library) ?? 0) + 1);
  return counts;
}

/**
 * How many events fall in each category, in table order (categories with none left out). An event may
 * have several. The labels are the page language's (`src/i18n/ui.ts`).
 */
export function categoryCounts(events: readonly ChronicleEvent[]): { id: Category; count: number }[] {
  const counts = new Map<Category, number>();
  for (const e of events) for (const c of new Set(e.categories)) counts.set(c, (counts.get(c) ?? 0) + 1);
  return CATEGORY_IDS.flatMap((id) => {
    const count = counts.get(id) ?? 0;
    return count > 0 ? [{ id, count }] : [];
  });
}

/** Axis labels of months: the year under the first month of each year (and of the chart), else the month; a gap year as itself. */
export function monthTicks(months: readonly string[]): string[][] {
  return months.map((m, i) => {
    if (isGapKey(m)) return ['⋯', `${m}年`];
    const [y, mo] = m.split('-');
    const label = `${Number(mo)}月`;
    return i === 0 || mo === '01' || isGapKey(months[i - 1] ?? '') ? [label, `${y}年`] : [label];
  });
}

/** A month key as read (`2021年3月`), or a gap year with what it means (`2022年（无大事记）`). */
export const monthCategory = (key: string): string => (isGapKey(key) ? `${key}年（无大事记）` : formatIsoDate(key));

/** More libraries than distinct palette colours are drawn as one total, not as a stack of look-alike colours. */
export const MAX_STACKED = OKABE_ITO.length;

/**
 * The monthly histogram as a chart spec (stacked by library when there are several, up to MAX_STACKED), id
 * `monthly-<scope>`, the same numbers as the table beside it; year-only events are named in the summary.
 */
export function monthlyChartSpec(
  monthly: Monthly,
  colors: ReadonlyMap<string, Swatch>,
  scope: string,
  whose: string,
): CountSpec {
  const yearOnly = monthly.series.reduce((n, s) => n + (monthly.yearOnly[s.library] ?? 0), 0);
  const notes = [
    yearOnly > 0 ? `另有 ${yearOnly} 条只写了年份，不计入` : '',
    monthly.gapYears.length ? `${monthly.gapYears.map((y) => `${y}年`).join('、')}没有大事记，图中留空` : '',
  ].filter(Boolean);
  return countSpec(
    {
      id: `monthly-${scope}`,
      title: `${whose}大事记条目（按月）`,
      label: '大事记条目',
      unit: '条',
      keys: monthly.months,
      categories: monthly.months.map(monthCategory),
      ticks: monthTicks(monthly.months),
      gaps: monthly.months.map(isGapKey),
      gapLabel: '无大事记',
      series:
        monthly.series.length > MAX_STACKED
          ? [{ key: scope, label: whose, counts: monthly.totals }]
          : monthly.series.map((s) => ({ key: s.library, label: s.label, counts: s.counts })),
      per: '个月',
      footnote: notes.join('；'),
    },
    colors,
  );
}

/** The reports a set of 大事记 entries comes from, by library (display order kept) then year: the chart's source line. */
export function eventReports(
  events: readonly ChronicleEvent[],
  libraries: readonly { id: string; name: string }[],
): { library: string; name: string; years: number[] }[] {
  // One pass over the events (the all-library chart has every library and every event).
  const years = new Map<string, Set<number>>();
  for (const e of chronicleOnly(events)) {
    let set = years.get(e.library);
    if (!set) years.set(e.library, (set = new Set()));
    set.add(e.year);
  }
  return libraries
    .map((l) => ({ library: l.id, name: l.name, years: [...(years.get(l.id) ?? [])].sort((a, b) => a - b) }))
    .filter((r) => r.years.length > 0);
}

/** The source line of a timeline chart: one “北海市图书馆 2020年、2021年工作总结” per library. */
export const eventSourceLines = (
  events: readonly ChronicleEvent[],
  libraries: readonly { id: string; name: string }[],
): string[] =>
  eventReports(events, libraries).map((r) => `${r.name} ${r.years.map((y) => `${y}年`).join('、')}工作总结`);

/** One month of an event list: its key (`YYYY-MM`, or `YYYY` for events dated only to a year) and events. */
export interface MonthGroup {
  readonly key: string;
  readonly year: number;
  /** 1–12, or 0 for events dated only to a year. */
  readonly month: number;
  readonly events: readonly ChronicleEvent[];
}

/**
 * Events in timeline order cut into months, in the same order (a year's events dated only to the year
 * come first, as the timeline sorts `2021` before `2021-01`). Every event lands in exactly one group.
 */
export function monthGroups(events: readonly ChronicleEvent[]): MonthGroup[] {
  const groups: { key: string; year: number; month: number; events: ChronicleEvent[] }[] = [];
  const byKey = new Map<string, (typeof groups)[number]>();
  for (const e of events) {
    const key = eventMonth(e) === 0 ? e.start.slice(0, 4) : e.start.slice(0, 7);
    let g = byKey.get(key);
    if (!g) {
      g = { key, year: Number(key.slice(0, 4)), month: Number(key.slice(5, 7) || 0), events: [] };
      byKey.set(key, g);
      groups.push(g);
    }
    g.events.push(e);
  }
  return groups;
}

/** A list this long folds its months on a phone (each month a <details>); a shorter one shows them open. */
export const FOLD_MONTHS_FROM = 40;

/** The id of a month's section in an event list: `m-2020-06`, `m-2020` for events dated only to a year. */
export const monthAnchor = (key: string): string => `m-${key}`;
