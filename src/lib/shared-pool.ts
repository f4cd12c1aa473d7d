/**
 * The build's worker pool, as the pages see it: a function that runs one task on another thread and
 * resolves once the task's result is in the build cache (src/lib/cache-store.ts). `astro build` creates
 * the pool (src/integrations/build-pool.ts) and hands it to the pages of the same process
 * (src/lib/build-handoff.ts), as the cache itself is handed over; in `astro dev`, in tests and with
 * YEARBOOK_BUILD_WORKERS=0 there is none, and pages compute everything themselves.
 */
import { handoff } from './build-handoff.ts';

/** One piece of work for a worker: what to make (`kind`), its input, and where its result goes. */
export interface PoolTask {
  /** `chart-png`, `og-png`, `report-html` or `content-check` (src/integrations/build-worker.ts). */
  readonly kind: string;
  /** The cache space and key the result is stored under: the same a page reads. */
  readonly space: string;
  readonly key: string;
  readonly input: unknown;
}

/**
 * Runs a task in a worker; resolves when its result is stored (or the task declined to store one) —
 * with the result itself for a task the build needs back (the content check of a library's files).
 */
export type RunInPool = (task: PoolTask) => Promise<unknown>;

/** What happened to the build's jobs: counted by the pages' side (src/data/pooled.ts), logged at the end. */
export interface PoolStats {
  /** Jobs a worker finished. */
  ran: number;
  /** Jobs a page found still queued and made itself. */
  claimed: number;
  /** Jobs a page waited for while a worker made them. */
  waited: number;
  /** Jobs that failed in a worker (the page then made them, and failed with its own message if it had to). */
  failed: number;
  firstFailure?: unknown;
}

/** The pool as shared: its runner, how many workers it has, and what it did. */
export interface SharedPool {
  readonly run: RunInPool;
  readonly threads: number;
  readonly stats: PoolStats;
}

const shared = handoff<SharedPool>('build-pool');

/** Publish the pool for this process (`undefined` removes it). */
export const shareBuildPool = (pool: SharedPool | undefined): void => shared.put(pool);

/** The pool of this `astro build`, if there is one. */
export const sharedBuildPool = (): SharedPool | undefined => shared.get();
