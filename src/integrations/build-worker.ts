/**
 * A worker thread of the build's pool (build-pool.ts): makes what a page would make — a chart image, a
 * social card, a report's text as HTML — with the same code the page runs, and stores it in the build
 * cache under the key the page reads. Runs as plain Node (type stripping), outside Vite: it imports
 * only src/images and src/lib, which never read `import.meta.env`.
 */
import { renderChartPng } from '../images/chart-png.ts';
import { renderCard, type Card } from '../images/social-png.ts';
import type { PoolTask } from '../lib/shared-pool.ts';
import { diskCache, type BuildCache } from '../lib/cache-store.ts';
import type { ChartImageInput } from '../lib/charts/image-layout.ts';
import type { PreparedReport } from '../lib/report-text/prepared-report.ts';
import { ReportMarkupError, renderReportHtml } from '../lib/report-text/render-html.ts';
import { checkGroup, type CheckGroupInput } from '../check/check-group.ts';

/** What the pool sends with every task: the build cache's folder and code digest. */
export interface WorkerSetup {
  readonly cacheDir: string;
  readonly code: string;
}

/** A message to a worker. */
export interface WorkerMessage {
  readonly task: PoolTask;
  readonly setup: WorkerSetup;
}

/** The input of a `report-html` task: what `getReportHtml` (src/data/report-texts.ts) would render. */
export interface ReportHtmlInput {
  readonly body: string;
  readonly prepared: PreparedReport;
  readonly base: string;
}

let cache: BuildCache | undefined;

/** The result of `task`, or undefined when there is none to keep (a report's markup problem). */
async function make(task: PoolTask): Promise<Uint8Array | string | undefined> {
  switch (task.kind) {
    case 'chart-png':
      return renderChartPng(task.input as ChartImageInput);
    case 'og-png':
      return renderCard(task.input as Card);
    case 'report-html': {
      const { body, prepared, base } = task.input as ReportHtmlInput;
      try {
        return JSON.stringify(renderReportHtml(body, prepared, { base }));
      } catch (e) {
        // The page renders it again and fails with the file, the line in the file and a fix.
        if (e instanceof ReportMarkupError) return undefined;
        throw e;
      }
    }
    default:
      throw new Error(`build worker: unknown task "${task.kind}"`);
  }
}

/**
 * Tinypool's entry: make the task's result and store it. The content check of a library's files
 * (`content-check`, keyed by the files it reads) is returned to the build instead: it needs the result.
 */
export default async function run({ task, setup }: WorkerMessage): Promise<unknown> {
  cache ??= diskCache(setup.cacheDir, setup.code);
  if (task.kind === 'content-check') return checkGroup(task.input as CheckGroupInput, cache);
  const value = await make(task);
  if (value !== undefined) cache.set(task.space, task.key, value);
  return undefined;
}
