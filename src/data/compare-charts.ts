/**
 * Every chart of the compare pages, built once from the figure rows: pages draw them, the CSV endpoint
 * (`/data/charts/<id>.csv`) serves exactly their points.
 */
import type { GetStaticPaths } from 'astro';
import { METRICS } from '../lib/model/catalog.ts';
import { palette, type Swatch } from '../lib/charts/palette.ts';
import { barSpec, lineSpec } from '../lib/charts/specs.ts';
import type { MetricCharts } from '../lib/views/compare-page.ts';
import { cardContext, type CardContext } from '../lib/views/social-card.ts';
import { getFigureRows, getLibraries } from './content.ts';

export type { MetricCharts };

let colorsMemo: Promise<ReadonlyMap<string, Swatch>> | undefined;
let chartsMemo: Promise<MetricCharts[]> | undefined;
let cardMemo: Promise<CardContext> | undefined;

/** Colour and shape of every library, the same on every chart. */
export function getPalette(): Promise<ReadonlyMap<string, Swatch>> {
  colorsMemo ??= getLibraries().then((libs) => palette(libs.map((l) => l.id)));
  return colorsMemo;
}

/** The charts of every catalog metric that has at least one figure, in catalog order. */
export function getMetricCharts(): Promise<MetricCharts[]> {
  chartsMemo ??= (async () => {
    const rows = await getFigureRows();
    const colors = await getPalette();
    return METRICS.flatMap((m) => {
      const bar = barSpec(rows, m.id, colors);
      const line = lineSpec(rows, m.id, colors);
      return bar && line ? [{ metric: m.id, bar, line }] : [];
    });
  })();
  return chartsMemo;
}

/** The compare pages' routes (`/compare/<group>/<key>/`, and the same under `/en/`), each with its charts. */
export const compareStaticPaths = (async () =>
  (await getMetricCharts()).map((charts) => ({
    params: { metric: charts.metric.replace('.', '/') },
    props: { charts },
  }))) satisfies GetStaticPaths;

/** What the social cards share across libraries (`/og/<id>.png`), computed once per build, not per card. */
export function getCardContext(): Promise<CardContext> {
  cardMemo ??= (async () => cardContext(await getFigureRows(), await getPalette()))();
  return cardMemo;
}
