/**
 * The content check library by library (content-groups.ts), as `astro build` runs it: each library's
 * files from the build cache when they and the code are those of an earlier build, on a worker of the
 * build's pool or in the main thread — the same function either way — and the results merged into what
 * the whole-folder check (`npm run check`) gives.
 */
import { createHash } from 'node:crypto';
import { deserialize, serialize } from 'node:v8';
import { checkContent, type CheckOptions, type CheckResult } from './check-content.ts';
import type { BuildCache } from '../lib/cache-store.ts';
import type { Problem } from '../lib/model/messages.ts';
import { contentGroups } from './content-groups.ts';
import { loadContent, readContentFile } from './load-content.ts';

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

const hasError = (r: CheckResult): boolean => r.problems.some((p) => p.severity === 'error');

/** The check's result for the group's files, read as `npm run check` reads them (src/check/load-content.ts). */
export function checkGroup({ contentDir, paths, displayRoot }: CheckGroupInput, cache?: BuildCache): CheckedGroup {
  const files = paths.map((path) => readContentFile(contentDir, path));
  // Everything the result depends on besides the code (which the cache's own digest covers).
  const key = JSON.stringify([
    displayRoot,
    files.map((f) => [f.path, f.notUtf8 === true, createHash('sha1').update(f.text).digest('hex')]),
  ]);
  const hit = cache?.get('content-check', key);
  if (hit) return { result: deserialize(hit) as CheckResult, key };
  const result = checkContent(files, { displayRoot });
  cache?.set('content-check', key, serialize(result));
  return { result, key };
}

/**
 * The check of every file under `dir`, library by library. A rule across libraries (a report naming a
 * library outside its folder, the same library and year in two folders) is not seen inside one group, but
 * each such mistake is an error of its group too: so when any group has an error, the folder is checked
 * whole, and the build stops with exactly `npm run check`'s problems and suggestions. Without errors, the
 * groups' results: library files' problems first, then library by library.
 */
export async function checkByLibrary(
  dir: string,
  displayRoot: string,
  check: (input: CheckGroupInput) => Promise<CheckResult>,
): Promise<CheckResult> {
  const results = await Promise.all(
    contentGroups(dir).map((g) => check({ contentDir: dir, paths: g.paths, displayRoot })),
  );
  if (results.some(hasError)) return checkContent(loadContent(dir), { displayRoot });
  const problems = results.flatMap((r) => r.problems);
  const isLibraryFile = (p: Problem): boolean => p.file.startsWith(`${displayRoot}/libraries/`);
  return {
    problems: [...problems.filter(isLibraryFile), ...problems.filter((p) => !isLibraryFile(p))],
    libraries: results.flatMap((r) => r.libraries),
    reports: results.flatMap((r) => r.reports),
  };
}

/**
 * The check of library `id`'s files alone (a staff preview, src/content-dir.ts). A report that names a
 * library outside its folder is checked again with every library file, so its message lists them as
 * `npm run check`'s does; other libraries' own problems are not this preview's.
 */
export function checkOneLibrary(dir: string, id: string, options: CheckOptions): CheckResult {
  const groups = contentGroups(dir);
  const own = groups.find((g) => g.library === id)?.paths ?? [];
  const read = (paths: readonly string[]) => paths.map((p) => readContentFile(dir, p));
  const result = checkContent(read(own), options);
  if (!result.problems.some((p) => p.code === 'report/unknown-library')) return result;
  const libraryFiles = groups.flatMap((g) =>
    g.library === id ? [] : g.paths.filter((p) => p.startsWith('libraries/')),
  );
  const shown = new Set(own.map((p) => `${options.displayRoot ?? 'content'}/${p}`));
  const again = checkContent(read([...libraryFiles, ...own].sort()), options);
  return { ...result, problems: again.problems.filter((p) => shown.has(p.file)) };
}
