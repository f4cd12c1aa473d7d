/**
 * The content check of one library's files (content-groups.ts), from the build cache when the files
 * and the code are those of an earlier build. Runs in a worker of the build's pool, or in the main
 * thread without one; the same function either way.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { checkContent, type CheckResult } from '../check/check-content.ts';
import type { BuildCache } from '../lib/cache-store.ts';

/** What a group's check needs: the content folder (absolute), the group's paths in it, how paths are shown. */
export interface CheckGroupInput {
  readonly contentDir: string;
  readonly paths: readonly string[];
  readonly displayRoot: string;
}

/** The check's result for the group's files. */
export function checkGroup({ contentDir, paths, displayRoot }: CheckGroupInput, cache?: BuildCache): CheckResult {
  const files = paths.map((path) => ({ path, text: readFileSync(join(contentDir, path), 'utf8') }));
  // Everything the result depends on besides the code (which the cache's own digest covers).
  const key = JSON.stringify([displayRoot, files]);
  const hit = cache?.get('content-check', key);
  if (hit) return deserialize(hit) as CheckResult;
  const result = checkContent(files, { displayRoot });
  cache?.set('content-check', key, serialize(result));
  return result;
}
