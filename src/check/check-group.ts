/**
 * The content check library by library (content-groups.ts), as `astro build` runs it: each library's
 * files from the build cache when they and the code are those of an earlier build, on a worker of the
 * build's pool or in the main thread — the same function either way — and the results merged into what
 * the whole-folder check (`npm run check`) gives.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { checkContent, type CheckResult } from './check-content.ts';
import type { BuildCache } from '../lib/cache-store.ts';
import type { Problem } from '../lib/model/messages.ts';
import { contentGroups } from './content-groups.ts';

/** What a group's check needs: the content folder (absolute), the group's paths in it, how paths are shown. */
export interface CheckGroupInput {
  readonly contentDir: string;
  readonly paths: readonly string[];
  readonly displayRoot: string;
}

/** A group's check result and its cache key (a worker returns both: the build marks the entry as used). */
export interface CheckedGroup {
  readonly result: CheckResult;
  readonly key: string;
}

/** The check's result for the group's files. */
export function checkGroup({ contentDir, paths, displayRoot }: CheckGroupInput, cache?: BuildCache): CheckedGroup {
  const files = paths.map((path) => ({ path, text: readFileSync(join(contentDir, path), 'utf8') }));
  // Everything the result depends on besides the code (which the cache's own digest covers).
  const key = JSON.stringify([
    displayRoot,
    files.map((f) => [f.path, createHash('sha1').update(f.text).digest('hex')]),
  ]);
  const hit = cache?.get('content-check', key);
  if (hit) return { result: deserialize(hit) as CheckResult, key };
  const result = checkContent(files, { displayRoot });
  cache?.set('content-check', key, serialize(result));
  return { result, key };
}

/**
 * The check of every file under `dir` (or of library `only`'s files), library by library. A report naming a library outside its own
 * folder is checked again against every library, so its message lists them all as `npm run check`'s
 * does. Problems come library files first, then library by library.
 */
export async function checkByLibrary(
  dir: string,
  displayRoot: string,
  check: (input: CheckGroupInput) => Promise<CheckResult>,
  only?: string,
): Promise<CheckResult> {
  const groups = contentGroups(dir).filter((g) => only === undefined || g.library === only);
  const results = await Promise.all(groups.map((g) => check({ contentDir: dir, paths: g.paths, displayRoot })));
  const shown = (path: string): string => `${displayRoot}/${path}`;
  let problems = results.flatMap((r) => r.problems);
  const elsewhere = new Set(problems.filter((p) => p.code === 'report/unknown-library').map((p) => p.file));
  if (elsewhere.size) {
    const libraryFiles = contentGroups(dir).flatMap((g) => g.paths.filter((p) => p.startsWith('libraries/')));
    const read = (path: string) => ({ path, text: readFileSync(join(dir, path), 'utf8') });
    const reports = contentGroups(dir)
      .flatMap((g) => g.paths)
      .filter((p) => elsewhere.has(shown(p)));
    const again = checkContent([...libraryFiles, ...reports].map(read), { displayRoot }).problems;
    const redone = (p: Problem): boolean => elsewhere.has(p.file);
    problems = [...problems.filter((p) => !redone(p)), ...again.filter(redone)];
  }
  const isLibraryFile = (p: Problem): boolean => p.file.startsWith(shown('libraries/'));
  return {
    problems: [...problems.filter(isLibraryFile), ...problems.filter((p) => !isLibraryFile(p))],
    libraries: results.flatMap((r) => r.libraries),
    reports: results.flatMap((r) => r.reports),
  };
}
