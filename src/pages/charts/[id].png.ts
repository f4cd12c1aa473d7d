/**
 * One PNG per chart island (`/charts/<id>.png`), drawn at build time from the chart's spec with the
 * island's own chart.js configuration: the chart's view without JavaScript, its printed image and the
 * picture behind its embed. One image per chart, however many pages show it.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { renderChartPng } from '../../images/chart-png.ts';
import { getChartEntries, imageSpec } from '../../data/chart-pages.ts';
import { pooledBytes } from '../../data/pooled.ts';
import type { AnyChartSpec } from '../../lib/charts/specs.ts';

export const getStaticPaths = (async () =>
  (await getChartEntries()).map((e) => ({
    params: { id: e.spec.id },
    props: { spec: imageSpec(e) },
  }))) satisfies GetStaticPaths;

// The same spec draws the same image (bundled font, no clock): drawn ahead by the build's workers and
// kept between builds (src/data/pooled.ts, src/lib/cache-store.ts).
export const GET: APIRoute<{ spec: AnyChartSpec }> = async ({ props }) =>
  new Response(
    new Uint8Array(
      await pooledBytes('chart-png', props.spec.id, JSON.stringify(props.spec), () => renderChartPng(props.spec)),
    ),
    { headers: { 'Content-Type': 'image/png' } },
  );
