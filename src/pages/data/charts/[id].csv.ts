import type { APIRoute, GetStaticPaths } from 'astro';
import { getChartCsvs, type ChartCsv } from '../../../data/chart-csvs.ts';
import { routedOrWritten } from '../../../data/written-files.ts';

/**
 * One CSV per chart (src/data/chart-csvs.ts). A build writes them all from here, outside page rendering
 * (src/data/written-files.ts: tens of thousands at national scale); `astro dev` serves each from GET.
 */
export const getStaticPaths = (async () =>
  routedOrWritten(
    (await getChartCsvs()).map((csv) => ({
      path: csv.path,
      params: { id: csv.id },
      props: { csv },
      write: (out) => out.writeSoon(csv.path, csv.text()),
    })),
  )) satisfies GetStaticPaths;

export const GET: APIRoute<{ csv: ChartCsv }> = ({ props }) =>
  new Response(props.csv.text(), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
