/**
 * Work the build's worker pool (src/lib/shared-pool.ts) does ahead of the pages that need it, and how a
 * page waits for it. Astro renders pages one after another on one thread; the images and report texts
 * those pages show are made on the other cores before each page asks, into the build cache the page
 * reads. A page that finds its result still queued takes it over (makes it itself, the worker skips
 * it); one that finds it running waits for it. Without a pool (dev, tests, YEARBOOK_BUILD_WORKERS=0)
 * nothing is queued and every page makes its own — the same bytes either way (scripts/determinism.sh,
 * tests/build/build-pool.test.ts).
 */
import { sharedBuildPool, type PoolTask } from '../lib/shared-pool.ts';
import { sharedBuildCache } from '../lib/cache-store.ts';

/** A job as planned: an id the page can name, and how to make its task once it is its turn. */
export interface PlannedJob {
  /** `<space>:<id>`, e.g. `chart-png:bar-collection.total` — what the page passes to `pooled`. */
  readonly id: string;
  /** The task, or undefined when there is nothing to do (its result already in the cache). */
  readonly task: () => Promise<PoolTask | undefined>;
}

type State =
  | { readonly status: 'queued' }
  | { readonly status: 'running'; readonly done: Promise<void> }
  | { readonly status: 'done' };

const jobs = new Map<string, State>();
let started = false;

/**
 * Queue `plan` (once per build, in the order pages will need the results) and feed it to the pool, a
 * few jobs per worker at a time so that queued inputs never pile up in memory.
 */
export function startPooledWork(plan: () => Promise<readonly PlannedJob[]>): void {
  const pool = sharedBuildPool();
  if (started || !pool || !sharedBuildCache()) return;
  started = true;
  void (async () => {
    const list = await plan();
    for (const job of list) if (!jobs.has(job.id)) jobs.set(job.id, { status: 'queued' });
    let next = 0;
    const feeder = async (): Promise<void> => {
      for (let job = list[next++]; job; job = list[next++]) {
        if (jobs.get(job.id)?.status !== 'queued') continue;
        const task = await job.task();
        // A page may have claimed it while its task was being made.
        if (!task || jobs.get(job.id)?.status !== 'queued') {
          if (!task) jobs.delete(job.id);
          continue;
        }
        const done = pool.run(task).then(
          () => void pool.stats.ran++,
          (e: unknown) => {
            pool.stats.failed++;
            pool.stats.firstFailure ??= e;
          },
        );
        jobs.set(job.id, { status: 'running', done });
        await done;
        if (jobs.get(job.id)?.status === 'running') jobs.set(job.id, { status: 'done' });
      }
    };
    await Promise.all(Array.from({ length: pool.threads * 2 }, feeder));
  })().catch((e: unknown) => {
    pool.stats.failed++;
    pool.stats.firstFailure ??= e;
  });
}

/**
 * A page's result through the pool: waits while job `id` runs, takes the job over when it is still
 * queued, then returns `read()` (the cache) or else `make()` (which stores its result itself).
 */
export async function pooled<T>(id: string, read: () => T | undefined, make: () => Promise<T>): Promise<T> {
  const state = jobs.get(id);
  const stats = sharedBuildPool()?.stats;
  if (state?.status === 'running') {
    if (stats) stats.waited++;
    await state.done;
  } else if (state?.status === 'queued' && stats) stats.claimed++;
  // Gone from the queue: the feeder skips a job it no longer finds queued.
  jobs.delete(id);
  return read() ?? make();
}

/** `make()`'s bytes for a page, through the pool and the build cache (`space`, `key`); `id` names the job. */
export function pooledBytes(
  space: string,
  id: string,
  key: string,
  make: () => Promise<Uint8Array>,
): Promise<Uint8Array> {
  const cache = sharedBuildCache();
  return pooled(
    `${space}:${id}`,
    () => cache?.get(space, key),
    async () => {
      const made = await make();
      cache?.set(space, key, made);
      return made;
    },
  );
}
