import type { APIRoute, GetStaticPaths } from 'astro';
import { getMetricCharts } from '../../../data/charts.ts';
import { href } from '../../../data/content.ts';
import { toCsv } from '../../../lib/csv.ts';
import { CHART_CSV_COLUMNS, specCsvRows, type ChartSpec } from '../../../lib/series.ts';

/** One CSV per chart: exactly the points the chart draws, each with the URL of its source sentence. */
export const getStaticPaths = (async () =>
  (await getMetricCharts())
    .flatMap((c) => [c.bar, c.line])
    .map((spec) => ({ params: { id: spec.id }, props: { spec } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ spec: ChartSpec }> = ({ props, site }) => {
  const url = (path: string): string => new URL(href(path), site).href;
  return new Response(toCsv(specCsvRows(props.spec, url), CHART_CSV_COLUMNS), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
};
