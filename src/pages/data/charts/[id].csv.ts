import type { APIRoute, GetStaticPaths } from 'astro';
import { getMetricCharts, getPalette } from '../../../data/compare-charts.ts';
import { getFigureRows, href } from '../../../data/content.ts';
import { METRICS } from '../../../lib/model/catalog.ts';
import { toCsv } from '../../../lib/open-data/csv.ts';
import { allProfileSpecs } from '../../../lib/views/profile-charts.ts';
import { CHART_CSV_COLUMNS, specCsvRows, type ChartSpec } from '../../../lib/charts/specs.ts';

/**
 * One CSV per chart: exactly the points the chart draws, each with the URL of its source sentence.
 * The compare pages' charts and the library profiles' small multiples (`profileSpecs`) alike.
 */
export const getStaticPaths = (async () => {
  const compare = (await getMetricCharts()).flatMap((c) => c.specs);
  const profiles = allProfileSpecs(
    await getFigureRows(),
    METRICS.map((m) => m.id),
    await getPalette(),
  );
  return [...compare, ...profiles].map((spec) => ({ params: { id: spec.id }, props: { spec } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ spec: ChartSpec }> = ({ props, site }) => {
  const url = (path: string): string => new URL(href(path), site).href;
  return new Response(toCsv(specCsvRows(props.spec, url), CHART_CSV_COLUMNS), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
};
