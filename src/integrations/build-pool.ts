/**
 * The build's worker pool (tinypool): while Astro renders pages one after another on one thread, the
 * other cores make what those pages show — chart images, social cards, report texts as HTML — ahead of
 * them, into the build cache the pages read (src/data/pooled.ts, src/data/pool-plan.ts). The work is
 * queued by a middleware when the first page renders (pool-start.ts), and the pool is closed once the
 * pages are generated. YEARBOOK_BUILD_WORKERS sets the number of worker threads (default: the machine's
 * cores; 0: no pool, every page makes its own — the output is the same bytes either way).
 */
import type { AstroIntegration } from 'astro';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import Tinypool from 'tinypool';
import { shareBuildPool, type PoolStats, type PoolTask } from '../lib/shared-pool.ts';
import { sharedBuildCache } from '../lib/cache-store.ts';
import type { WorkerMessage, WorkerSetup } from './build-worker.ts';

/** Worker threads: YEARBOOK_BUILD_WORKERS (0 turns the pool off), else the machine's cores. */
export function workerCount(env: string | undefined, cores: number): number {
  if (env === undefined || env === '') return cores;
  const n = Number(env);
  if (!Number.isInteger(n) || n < 0) throw new Error(`YEARBOOK_BUILD_WORKERS="${env}" is not a whole number ≥ 0`);
  return n;
}

export function buildPool(): AstroIntegration {
  let pool: Tinypool | undefined;
  let stats: PoolStats | undefined;
  const close = async (): Promise<void> => {
    shareBuildPool(undefined);
    await pool?.destroy();
    pool = undefined;
  };
  return {
    name: 'yearbook:build-pool',
    hooks: {
      'astro:config:setup': ({ command, addMiddleware }) => {
        if (command !== 'build') return;
        const threads = workerCount(process.env['YEARBOOK_BUILD_WORKERS'], availableParallelism());
        if (!threads) return;
        stats = { ran: 0, claimed: 0, waited: 0, failed: 0 };
        // Started when the first task comes, by then the build cache (build-cache.ts) exists.
        let setup: WorkerSetup | undefined;
        const run = (task: PoolTask): Promise<unknown> => {
          const cache = sharedBuildCache();
          if (!cache) return Promise.reject(new Error('build pool: no build cache'));
          setup ??= { cacheDir: cache.dir, code: cache.code };
          // All threads kept from the content check (the first tasks) to the last page: a new thread spends
          // seconds loading chart.js, the canvas and the Markdown parser before its first task.
          pool ??= new Tinypool({
            filename: new URL('./build-worker.ts', import.meta.url).href,
            minThreads: threads,
            maxThreads: threads,
          });
          const message: WorkerMessage = { task, setup };
          return pool.run(message) as Promise<unknown>;
        };
        shareBuildPool({ run, threads, stats });
        addMiddleware({ entrypoint: fileURLToPath(new URL('./pool-start.ts', import.meta.url)), order: 'pre' });
      },
      // Pages are done: free the workers' threads and memory before the search index is built.
      'astro:build:generated': async ({ logger }) => {
        await close();
        if (!stats) return;
        const { ran, claimed, waited, failed, firstFailure } = stats;
        logger.info(`build pool: ${ran} made by workers (pages waited for ${waited}), ${claimed} taken over by pages`);
        if (failed)
          logger.warn(
            `build pool: ${failed} failed in a worker and were made by their pages; the first: ${String(firstFailure)}`,
          );
      },
      'astro:build:done': close,
    },
  };
}
