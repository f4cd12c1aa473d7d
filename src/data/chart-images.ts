/**
 * What each chart image (`/charts/<id>.png`) carries around its drawing so that it stands alone: the
 * chart's title and unit, the legend and notes of its page, its sources, the site with the page's address
 * (when SITE_URL is set: a placeholder address in an image could never be corrected) and the data's
 * licence (SITE_DATA_LICENCE, src/lib/site/settings.ts). In Chinese, like the drawing and the embed page;
 * English pages show the same image.
 */
import { chartSources, countChartView, figureChartView } from '../lib/charts/chart-figure.ts';
import { imageFrame, type ImageFrame } from '../lib/charts/image-frame.ts';
import { chartImageLayout, type ChartImageInput } from '../lib/charts/image-layout.ts';
import { specPoints } from '../lib/charts/specs.ts';
import { frameWords, sourceList } from '../i18n/chart-strings.ts';
import { t } from '../i18n/ui.ts';
import { getChartEntries, imageSpec, type ChartEntry } from './chart-pages.ts';
import { href } from './content.ts';
import { siteSettings } from './site.ts';

/** The words around a chart's image. */
function frameOf(entry: ChartEntry): ImageFrame {
  const ui = t('zh');
  const s = ui.chart;
  const figures = entry.kind === 'figures';
  const source = figures
    ? s.source(sourceList(chartSources(specPoints(entry.spec)), s))
    : s.source(entry.sources.join(s.sourceSeparator)) + ui.events.monthly.note;
  const licence = siteSettings.dataLicence;
  return imageFrame(
    {
      title: entry.spec.title,
      unit: entry.spec.unit,
      legend: figures ? figureChartView(entry.spec).legend : countChartView(entry.spec).legend,
      source,
      credit: ui.siteTitle,
      url: siteSettings.siteUrlSet ? new URL(href(entry.page), siteSettings.siteUrl).href : undefined,
      licence: s.image.licence(licence.name, licence.url),
    },
    frameWords(s),
  );
}

/** What a chart's image draws and says: the worker's input and the cache key of `/charts/<id>.png`. */
export const chartImageInput = (entry: ChartEntry): ChartImageInput => ({
  spec: imageSpec(entry),
  frame: frameOf(entry),
});

let heights: Promise<Map<string, number>> | undefined;

/** The height in CSS pixels of chart `id`'s image, frame included (its `<img height>`). */
export async function getChartImageHeight(id: string): Promise<number> {
  heights ??= getChartEntries().then(
    (entries) => new Map(entries.map((e) => [e.spec.id, chartImageLayout(chartImageInput(e)).height])),
  );
  const height = (await heights).get(id);
  if (height === undefined)
    throw new Error(`No chart image "${id}": it is not in getChartEntries (src/data/chart-pages.ts)`);
  return height;
}
