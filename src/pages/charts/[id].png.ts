/**
 * One PNG per chart island (`/charts/<id>.png`), drawn at build time from the chart's spec with the
 * island's own chart.js configuration and framed by its title, unit, legend, sources and licence
 * (src/data/chart-images.ts): the chart's view without JavaScript, its printed image and a file that
 * says what it shows once saved. One image per chart, however many pages show it.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { renderChartPng } from '../../images/chart-png.ts';
import { getChartEntries } from '../../data/chart-pages.ts';
import { chartImageInput } from '../../data/chart-images.ts';
import { pooledBytes } from '../../data/pooled.ts';
import type { ChartImageInput } from '../../lib/charts/image-layout.ts';

export const getStaticPaths = (async () =>
  (await getChartEntries()).map((e) => ({
    params: { id: e.spec.id },
    props: { image: chartImageInput(e) },
  }))) satisfies GetStaticPaths;

// The same spec draws the same image (bundled font, no clock): drawn ahead by the build's workers and
// kept between builds (src/data/pooled.ts, src/lib/cache-store.ts).
export const GET: APIRoute<{ image: ChartImageInput }> = async ({ props: { image } }) =>
  new Response(
    new Uint8Array(await pooledBytes('chart-png', image.spec.id, JSON.stringify(image), () => renderChartPng(image))),
    { headers: { 'Content-Type': 'image/png' } },
  );
