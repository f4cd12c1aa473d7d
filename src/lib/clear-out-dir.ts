/**
 * Empties `astro build`'s output folder without stopping the build while the last build's files are
 * deleted. Astro deletes them one by one on the main thread before it renders anything (15 s of a
 * 4,000-report rebuild's main thread, for ~14,000 pages and ~42,000 chart CSVs). Here each entry of the
 * folder is moved, one rename each, into a new folder beside it (`.<name>.removing-XXXXXX`), and a worker
 * thread deletes that folder while the build goes on; `done` settles when it is gone. Folders left by a
 * build that stopped half way are deleted the same way. `.git` stays, as Astro means it to (a site
 * deployed by pushing its output folder).
 */
import { existsSync, mkdtempSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { Worker } from 'node:worker_threads';

/** Entries of the output folder that are kept. */
const KEEP = new Set(['.git']);
/** How a folder is deleted, here or in the worker: Astro's own options. */
const RM_OPTIONS = { recursive: true, force: true, maxRetries: 3 } as const;

/** The prefix of the folders the old files are moved into, beside `outDir`. */
export const removingPrefix = (outDir: string): string => `.${basename(outDir)}.removing-`;

/** Deletes `dir` (recursively) in a worker thread; resolves when it is gone. */
function removeInBackground(dir: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(
      `const { dir, options } = require('node:worker_threads').workerData; require('node:fs').rmSync(dir, options);`,
      { eval: true, workerData: { dir, options: RM_OPTIONS } },
    );
    worker.once('error', reject);
    worker.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`deleting ${dir}: worker exit ${code}`))));
  });
}

/** The entries of `outDir` a build deletes (all but `.git`); none when it is not there. */
const oldEntries = (outDir: string): string[] =>
  existsSync(outDir) ? readdirSync(outDir).filter((name) => !KEEP.has(name)) : [];

/** Empties `outDir` (all but `.git`) here and now, as Astro does: when `clearSoon` could not move an entry. */
export function clearNow(outDir: string): void {
  for (const name of oldEntries(outDir)) rmSync(join(outDir, name), RM_OPTIONS);
}

/** What `clearSoon` did: the entries it moved away, and the deletion under way. */
export interface Clearing {
  readonly moved: number;
  /** Resolves when the moved files (and any left by an earlier build) are deleted; rejects naming the folder. */
  readonly done: Promise<void>;
}

/**
 * Empties `outDir` (all but `.git`) at once by moving its entries aside, and deletes them in the background.
 * Throws when an entry cannot be moved (the folder is then as Astro's own emptying would find it, less
 * what was moved).
 */
export function clearSoon(outDir: string): Clearing {
  const parent = dirname(outDir);
  const prefix = removingPrefix(outDir);
  const leftovers = existsSync(parent)
    ? readdirSync(parent)
        .filter((name) => name.startsWith(prefix))
        .map((name) => join(parent, name))
    : [];
  const entries = oldEntries(outDir);
  const removing = [...leftovers];
  if (entries.length) {
    const aside = mkdtempSync(join(parent, prefix));
    removing.push(aside);
    for (const name of entries) renameSync(join(outDir, name), join(aside, name));
  }
  return { moved: entries.length, done: Promise.all(removing.map(removeInBackground)).then(() => undefined) };
}
