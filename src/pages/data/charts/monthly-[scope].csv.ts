import type { APIRoute, GetStaticPaths } from 'astro';
import { getMonthlyCharts } from '../../../data/monthly-charts.ts';
import { toCsv } from '../../../lib/open-data/csv.ts';
import { COUNT_CSV_COLUMNS, countCsvRows, type CountSpec } from '../../../lib/charts/specs.ts';

/** One CSV per timeline histogram: every bar drawn (month × library, zeros included). */
export const getStaticPaths = (async () =>
  (await getMonthlyCharts()).map((spec) => ({
    params: { scope: spec.id.replace(/^monthly-/, '') },
    props: { spec },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ spec: CountSpec }> = ({ props }) =>
  new Response(toCsv(countCsvRows(props.spec), COUNT_CSV_COLUMNS), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
