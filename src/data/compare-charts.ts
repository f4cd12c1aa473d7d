/**
 * Every chart of the compare pages, built once from the figure rows: pages draw them, the CSV endpoint
 * (`/data/charts/<id>.csv`) serves exactly their points.
 */
import type { GetStaticPaths } from 'astro';
import { METRICS } from '../lib/model/catalog.ts';
import { groupBy } from '../lib/group-by.ts';
import { palette, type Swatch } from '../lib/charts/palette.ts';
import { compareView } from '../lib/views/compare.ts';
import type { MetricCharts } from '../lib/views/compare-page.ts';
import { cardContext, type CardContext } from '../lib/views/social-card.ts';
import { perCapitaSection, type PeerLibrary, type PerCapitaSection } from '../lib/views/per-capita-view.ts';
import { getFigureRows, getIndicatorRows, getLibraries } from './content.ts';

export type { MetricCharts };

let colorsMemo: Promise<ReadonlyMap<string, Swatch>> | undefined;
let chartsMemo: Promise<MetricCharts[]> | undefined;
let cardMemo: Promise<CardContext> | undefined;

/** Colour and shape of every library, the same on every chart. */
export function getPalette(): Promise<ReadonlyMap<string, Swatch>> {
  colorsMemo ??= getLibraries().then((libs) => palette(libs.map((l) => l.id)));
  return colorsMemo;
}

/** The compare page of every catalog metric that has at least one figure, in catalog order. */
export function getMetricCharts(): Promise<MetricCharts[]> {
  chartsMemo ??= (async () => {
    const byMetric = groupBy(await getFigureRows(), (r) => r.metric);
    const colors = await getPalette();
    return METRICS.flatMap((m) => compareView(byMetric.get(m.id) ?? [], m.id, colors) ?? []);
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

let peersMemo: Promise<Map<string, PeerLibrary>> | undefined;

/** Every library as the per-capita views need it (level, whether a population with a source is given). */
export function getPeerLibraries(): Promise<Map<string, PeerLibrary>> {
  peersMemo ??= getLibraries().then(
    (libs) =>
      new Map(
        libs.map((l) => [
          l.id,
          {
            id: l.id,
            name: l.data.name,
            nameEn: l.data.nameEn,
            level: l.data.level,
            hasPopulation: l.data.population !== undefined,
            populationNote: l.data.population?.note,
          },
        ]),
      ),
  );
  return peersMemo;
}

/** The per-capita section of a compare page; undefined when no per-capita indicator divides the metric. */
export async function getPerCapitaSection(charts: MetricCharts): Promise<PerCapitaSection | undefined> {
  const peers = await getPeerLibraries();
  const reporters = [...new Set(charts.panels.flatMap((p) => p.rows.map((r) => r.library)))].flatMap(
    (id) => peers.get(id) ?? [],
  );
  return perCapitaSection(charts.metric, reporters, await getIndicatorRows());
}
