/**
 * The monthly histograms of the timelines (all libraries, and one per library), built the same way for
 * the pages that draw them and for their CSV downloads (`/data/charts/monthly-<scope>.csv`; the list of
 * every histogram is `getMonthlyCharts` in ./chart-pages.ts).
 */
import type { CountSpec } from '../lib/charts/specs.ts';
import { monthlyChartSpec, type Monthly } from '../lib/views/timeline.ts';
import { getPalette } from './compare-charts.ts';

/** The histogram of monthly counts already made (`monthlySeries`), id `monthly-<scope>`. */
export async function monthlyChartOf(monthly: Monthly, scope: string, whose: string): Promise<CountSpec> {
  return monthlyChartSpec(monthly, await getPalette(), scope, whose);
}
