/**
 * Every chart island of the site, once each, with the page it belongs to: the compare pages' bar and
 * line charts and the timelines' monthly histograms (the library profiles show the same `monthly-<id>`
 * histogram as the library's timeline). The PNG endpoint (`/charts/<id>.png`) and the embed pages
 * (`/embed/<id>/`) are generated from this list — one image per chart, however many pages show it.
 */
import { metric } from '../lib/model/catalog.ts';
import { comparePath, timelinePath } from '../lib/site/paths.ts';
import { drawnSpec, type AnyChartSpec, type ChartSpec, type CountSpec } from '../lib/charts/specs.ts';
import { chronicleOnly, eventReports, monthlySeries, type Monthly } from '../lib/views/timeline.ts';
import { getMetricCharts } from './compare-charts.ts';
import { getEvents, getLibraries, getLibraryEvents } from './content.ts';
import { monthlyChartOf } from './monthly-charts.ts';
import type { ChronicleEvent } from '../lib/chronicle/event-schema.ts';

/** Where a chart is shown in full, for the embed page's link back. */
interface Home {
  /** Site path (without base). */
  readonly page: string;
  /** The page's name in a sentence: “比较：馆藏总量”. */
  readonly pageTitle: string;
}

/** A compare page's chart. */
export interface FigureChartEntry extends Home {
  readonly kind: 'figures';
  readonly spec: ChartSpec;
}

/** A timeline's monthly histogram, with what its table and source line need. */
export interface MonthlyChartEntry extends Home {
  readonly kind: 'monthly';
  readonly spec: CountSpec;
  readonly monthly: Monthly;
  /** Whose events: “全部馆” or a library name. */
  readonly whose: string;
  /** The reports the 大事记 entries come from, one line per library. */
  readonly sources: readonly string[];
}

export type ChartEntry = FigureChartEntry | MonthlyChartEntry;

let memo: Promise<ChartEntry[]> | undefined;

async function monthlyEntry(
  events: readonly ChronicleEvent[],
  libraries: readonly { id: string; name: string }[],
  scope: string,
  whose: string,
): Promise<MonthlyChartEntry> {
  // Counted once: the all-library histogram goes over every event of the corpus.
  const monthly = monthlySeries(events, libraries);
  return {
    kind: 'monthly',
    spec: await monthlyChartOf(monthly, scope, whose),
    monthly,
    whose,
    sources: eventReports(events, libraries).map((r) => `${r.name} ${r.years.map((y) => `${y}年`).join('、')}工作总结`),
    page: timelinePath(scope === 'all' ? undefined : scope),
    pageTitle: `${whose}时间线`,
  };
}

/** Every chart, compare charts first (catalog order, bar then line), then the histograms. */
export function getChartEntries(): Promise<ChartEntry[]> {
  memo ??= (async () => {
    const figures: ChartEntry[] = (await getMetricCharts()).flatMap((c) =>
      c.specs.map((spec) => ({
        kind: 'figures' as const,
        spec,
        page: comparePath(c.metric),
        pageTitle: `比较：${metric(c.metric).label}`,
      })),
    );
    const events = await getEvents();
    const libraries = (await getLibraries()).map((l) => ({ id: l.id, name: l.data.name }));
    const monthly = [await monthlyEntry(events, libraries, 'all', '全部馆')];
    // A chart of 大事记 entries only for a library whose reports have any (the others are named beside it).
    for (const l of libraries) {
      const own = await getLibraryEvents(l.id);
      if (chronicleOnly(own).length) monthly.push(await monthlyEntry(own, [l], l.id, l.name));
    }
    return [...figures, ...monthly];
  })();
  return memo;
}

/** Every timeline histogram (`monthly-all`, then `monthly-<library>` for each library with 大事记 entries). */
export async function getMonthlyCharts(): Promise<CountSpec[]> {
  return (await getChartEntries()).flatMap((e) => (e.kind === 'monthly' ? [e.spec] : []));
}

/** What a chart's image draws: a compare chart's selection above a few dozen libraries (`drawnSpec`). */
export const imageSpec = (e: ChartEntry): AnyChartSpec => (e.kind === 'figures' ? drawnSpec(e.spec) : e.spec);
