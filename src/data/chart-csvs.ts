/**
 * The chart CSVs (`/data/charts/<id>.csv`): one per chart, exactly the points it draws — the compare
 * pages' charts and the library profiles' small multiples with the URL of each point's source sentence,
 * the timelines' monthly histograms with every bar (month × library, zeros included).
 */
import { CHART_CSV_COLUMNS, COUNT_CSV_COLUMNS, countCsvRows, specCsvRows } from '../lib/charts/specs.ts';
import { METRICS } from '../lib/model/catalog.ts';
import { toCsv } from '../lib/open-data/csv.ts';
import { chartCsvPath } from '../lib/site/paths.ts';
import { allProfileSpecs } from '../lib/views/profile-charts.ts';
import { getMetricCharts, getPalette } from './compare-charts.ts';
import { absoluteUrl, getFigureRows } from './content.ts';
import { getMonthlyCharts } from './chart-pages.ts';

/** One chart's CSV: the chart's id, its path under the site, and its text (made when asked for). */
export interface ChartCsv {
  readonly id: string;
  readonly path: string;
  readonly text: () => string;
}

/** Every chart's CSV, compare charts first, then the profiles' small multiples, then the histograms. */
export async function getChartCsvs(): Promise<ChartCsv[]> {
  const compare = (await getMetricCharts()).flatMap((c) => c.specs);
  const profiles = allProfileSpecs(
    await getFigureRows(),
    METRICS.map((m) => m.id),
    await getPalette(),
  );
  const monthly = await getMonthlyCharts();
  return [
    ...[...compare, ...profiles].map((spec) => ({
      id: spec.id,
      path: chartCsvPath(spec),
      text: () => toCsv(specCsvRows(spec, absoluteUrl), CHART_CSV_COLUMNS),
    })),
    ...monthly.map((spec) => ({
      id: spec.id,
      path: chartCsvPath(spec),
      text: () => toCsv(countCsvRows(spec), COUNT_CSV_COLUMNS),
    })),
  ];
}
