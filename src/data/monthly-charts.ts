/**
 * The monthly histograms of the timelines (all libraries, and one per library), built the same way for
 * the pages that draw them and for their CSV downloads (`/data/charts/monthly-<scope>.csv`).
 */
import type { CountSpec } from '../lib/charts/specs.ts';
import { chronicleOnly, monthlyChartSpec, monthlySeries } from '../lib/views/timeline.ts';
import { getPalette } from './compare-charts.ts';
import { getEvents, getLibraries, getLibraryEvents } from './content.ts';
import type { ChronicleEvent } from '../lib/chronicle/event-schema.ts';

/** The histogram of `events` for `libraries` (display order), id `monthly-<scope>`. */
export async function monthlyChart(
  events: readonly ChronicleEvent[],
  libraries: readonly { id: string; name: string }[],
  scope: string,
  whose: string,
): Promise<CountSpec> {
  return monthlyChartSpec(monthlySeries(events, libraries), await getPalette(), scope, whose);
}

/** Every timeline histogram: `monthly-all` and `monthly-<library>` for each library with 大事记 entries. */
export async function getMonthlyCharts(): Promise<CountSpec[]> {
  const events = await getEvents();
  const libraries = (await getLibraries()).map((l) => ({ id: l.id, name: l.data.name }));
  const own = await Promise.all(libraries.map(async (l) => ({ l, events: await getLibraryEvents(l.id) })));
  return Promise.all([
    monthlyChart(events, libraries, 'all', '全部馆'),
    ...own
      .filter((o) => chronicleOnly(o.events).length > 0)
      .map((o) => monthlyChart(o.events, [o.l], o.l.id, o.l.name)),
  ]);
}
