/**
 * What the build's workers make ahead of the pages (src/data/pooled.ts), in the order Astro renders
 * the routes that need it: chart images (`/charts/`), social cards (`/og/`), report texts (`/reports/`).
 * Each job's key is computed by the same function its page calls, so the page finds it in the cache.
 */
import type { PoolTask } from '../lib/shared-pool.ts';
import { sharedBuildCache } from '../lib/cache-store.ts';
import { chartImagePath, reportPath } from '../lib/site/paths.ts';
import { getChartEntries } from './chart-pages.ts';
import { chartImageInput } from './chart-images.ts';
import { getReports } from './content.ts';
import type { PlannedJob } from './pooled.ts';
import { reportHtmlJob, reportHtmlTask } from './report-texts.ts';
import { thisShardWrites } from './this-shard.ts';
import { getCard, getCardIds } from './social-cards.ts';

/** The task `make()` gives, unless the result of `key` is already in the cache (a warm build): then nothing to do. */
const unlessCached = (space: string, key: string, make: () => PoolTask): PoolTask | undefined =>
  sharedBuildCache()?.has(space, key) ? undefined : make();

/** Every job of this build, in route order: in a sharded build (src/lib/site/shards.ts), of this shard's pages only. */
export async function buildJobs(): Promise<PlannedJob[]> {
  const here = await thisShardWrites();
  const charts = (await getChartEntries())
    .filter((e) => here(chartImagePath(e.spec.id)))
    .map((e): PlannedJob => {
      const image = chartImageInput(e);
      const key = JSON.stringify(image);
      return {
        id: `chart-png:${image.spec.id}`,
        task: () =>
          Promise.resolve(
            unlessCached('chart-png', key, () => ({ kind: 'chart-png', space: 'chart-png', key, input: image })),
          ),
      };
    });
  const cards = (await getCardIds())
    .filter((id) => here(`/og/${id}.png`))
    .map((id): PlannedJob => ({
      id: `og-png:${id}`,
      task: async () => {
        const card = await getCard(id);
        const key = JSON.stringify(card);
        return unlessCached('og-png', key, () => ({ kind: 'og-png', space: 'og-png', key, input: card }));
      },
    }));
  const reports = (await getReports())
    .filter((r) => here(reportPath({ library: r.data.library.id, year: r.data.year })))
    .map((r): PlannedJob => ({
      id: `report-html:${r.id}`,
      task: async () => {
        const job = await reportHtmlJob(r);
        return unlessCached('report-html', job.key, () => reportHtmlTask(r, job));
      },
    }));
  return [...charts, ...cards, ...reports];
}
