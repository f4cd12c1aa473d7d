/**
 * One PNG per chart island (`/charts/<id>.png`), drawn at build time from the chart's spec with the
 * island's own chart.js configuration: the chart's view without JavaScript, its printed image and the
 * picture behind its embed. One image per chart, however many pages show it.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { renderChartPng } from '../../images/chart-png.ts';
import { cachedBytes } from '../../lib/cache-store.ts';
import { getChartEntries } from '../../data/chart-pages.ts';
import { drawnSpec, type AnyChartSpec } from '../../lib/charts/specs.ts';

export const getStaticPaths = (async () =>
  (await getChartEntries()).map((e) => ({
    params: { id: e.spec.id },
    // A compare chart's image draws what its island draws: a selection above a few dozen libraries.
    props: { spec: e.kind === 'figures' ? drawnSpec(e.spec) : e.spec },
  }))) satisfies GetStaticPaths;

// The same spec draws the same image (bundled font, no clock): kept between builds (src/lib/cache-store.ts).
export const GET: APIRoute<{ spec: AnyChartSpec }> = async ({ props }) =>
  new Response(
    new Uint8Array(await cachedBytes('chart-png', JSON.stringify(props.spec), () => renderChartPng(props.spec))),
    { headers: { 'Content-Type': 'image/png' } },
  );
