/**
 * A cache between builds, on disk in Astro's cache folder (`YEARBOOK_CACHE_DIR`, by default
 * node_modules/.astro): each value is a file named by the SHA-1 of its key *and* of the site's code, so a
 * change to any source file or dependency starts afresh instead of serving output of older code.
 * Values are what is expensive and depends only on its inputs — a report's rendered text, a chart image.
 *
 * `astro build` creates it in the config (src/integrations/build-cache.ts) and hands it to the pages of
 * the same process (src/lib/build-handoff.ts); in `astro dev` and in tests there is none, and everything
 * is computed.
 */
import { createHash } from 'node:crypto';
import {
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { join, relative } from 'node:path';
import { threadId } from 'node:worker_threads';
import { handoff } from './build-handoff.ts';

export interface BuildCache {
  /** The folder the entries are in, and the code digest they are valid for (the build's workers open the same). */
  readonly dir: string;
  readonly code: string;
  /** The stored bytes for `key` in `space` (e.g. `report-html`), if any. */
  get(space: string, key: string): Buffer | undefined;
  /** Whether there are stored bytes for `key` in `space` (the entry counts as used by this build). */
  has(space: string, key: string): boolean;
  set(space: string, key: string, value: Uint8Array | string): void;
  /** Copy the folder stored for `key` to `to`; false when there is none. */
  restoreDir(space: string, key: string, to: string): boolean;
  /** Store a copy of the folder `from` for `key`. */
  storeDir(space: string, key: string, from: string): void;
  /** Delete every entry this build did not use (entries of older code, removed reports, …); returns how many. */
  prune(): number;
  /** Entries read and written so far. */
  readonly stats: { hits: number; misses: number };
}

const sha1 = (s: string | Uint8Array): string => createHash('sha1').update(s).digest('hex');

/** The digest of every file under `paths` (files or folders, relative to `root`), names included. */
export function filesDigest(root: string, paths: readonly string[]): string {
  const hash = createHash('sha1');
  const visit = (p: string): void => {
    const st = statSync(p, { throwIfNoEntry: false });
    if (!st) return;
    if (st.isDirectory()) for (const name of readdirSync(p).sort()) visit(join(p, name));
    else
      hash
        .update(`${relative(root, p)}\0`)
        .update(readFileSync(p))
        .update('\0');
  };
  for (const p of paths) visit(join(root, p));
  return hash.digest('hex');
}

/** A cache in `dir`, valid for code with digest `code`. */
export function diskCache(dir: string, code: string): BuildCache {
  const used = new Set<string>();
  const stats = { hits: 0, misses: 0 };
  const file = (space: string, key: string): string => {
    const name = sha1(`${code}\0${space}\0${key}`);
    used.add(name);
    return join(dir, name.slice(0, 2), name);
  };
  return {
    dir,
    code,
    stats,
    get(space, key) {
      try {
        const value = readFileSync(file(space, key));
        stats.hits++;
        return value;
      } catch {
        stats.misses++;
        return undefined;
      }
    },
    has(space, key) {
      return existsSync(file(space, key));
    },
    set(space, key, value) {
      const path = file(space, key);
      mkdirSync(join(path, '..'), { recursive: true });
      // Written whole, then renamed: a build stopped half-way never leaves a truncated entry. The temporary
      // name is the writer's own: the build's worker threads write entries too.
      const tmp = `${path}.${process.pid}-${threadId}.tmp`;
      writeFileSync(tmp, value);
      renameSync(tmp, path);
    },
    restoreDir(space, key, to) {
      const path = file(space, key);
      if (!existsSync(path)) {
        stats.misses++;
        return false;
      }
      cpSync(path, to, { recursive: true });
      stats.hits++;
      return true;
    },
    storeDir(space, key, from) {
      const path = file(space, key);
      rmSync(`${path}.tmp`, { recursive: true, force: true });
      cpSync(from, `${path}.tmp`, { recursive: true });
      rmSync(path, { recursive: true, force: true });
      renameSync(`${path}.tmp`, path);
    },
    prune() {
      let removed = 0;
      for (const sub of readdirSync(dir, { withFileTypes: true })) {
        if (!sub.isDirectory()) continue;
        for (const name of readdirSync(join(dir, sub.name))) {
          if (used.has(name)) continue;
          rmSync(join(dir, sub.name, name), { recursive: true, force: true });
          removed++;
        }
      }
      return removed;
    },
  };
}

const shared = handoff<BuildCache>('build-cache');

/** Publish the cache for this process (`undefined` removes it). */
export const shareBuildCache = (cache: BuildCache | undefined): void => shared.put(cache);

/** The cache of this `astro build`, if there is one. */
export const sharedBuildCache = (): BuildCache | undefined => shared.get();

/** `make()`'s bytes, from this build's cache when an earlier build made them for the same key and code. */
export async function cachedBytes(space: string, key: string, make: () => Promise<Uint8Array>): Promise<Uint8Array> {
  const cache = sharedBuildCache();
  const hit = cache?.get(space, key);
  if (hit) return hit;
  const made = await make();
  cache?.set(space, key, made);
  return made;
}
