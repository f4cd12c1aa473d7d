/**
 * Runs the same content check as `npm run check` before Astro loads content, so a bad file fails the
 * build with the author-facing Chinese message (file:line, field, fix) instead of Astro's `:0:0` error,
 * and so a bad `reference()` (which Astro only logs) fails it at all. Warnings are repeated at the end.
 *
 * `astro build` checks library by library (src/check/content-groups.ts): on the build's worker threads, and from
 * the build cache for every library whose files have not changed since the last build — editing one
 * report re-checks one library. Only the text of the library being checked is in memory at a time.
 */
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { resolve } from 'node:path';
import { checkContent, type CheckResult } from '../check/check-content.ts';
import { shareChecked } from '../check/shared-results.ts';
import { loadContent } from '../check/load-content.ts';
import { formatProblems } from '../lib/model/messages.ts';
import { sharedBuildPool } from '../lib/shared-pool.ts';
import { openBuildCache } from './build-cache.ts';
import { ONLY_LIBRARY } from '../content-dir.ts';
import { suggest } from '../lib/suggest.ts';
import { checkByLibrary, checkGroup, type CheckedGroup } from '../check/check-group.ts';
import { contentGroups } from '../check/content-groups.ts';

/** Thrown when content has errors; its message is the formatted problem list. */
export class ContentError extends Error {
  override name = 'ContentError';
}

/** The message when YEARBOOK_ONLY_LIBRARY names no library, with the closest ids. */
function unknownOnly(only: string, dir: string): string | undefined {
  const ids = contentGroups(dir)
    .filter((g) => g.paths.some((p) => /^libraries\/[^/]+\.ya?ml$/.test(p)))
    .map((g) => g.library);
  if (ids.includes(only)) return undefined;
  const close = suggest(only, ids);
  return (
    `YEARBOOK_ONLY_LIBRARY=${only}：没有这个馆（content/libraries/ 里没有 ${only}.yaml）。` +
    `${close.length ? `是不是想写 ${close.join(' 或 ')}？` : `已有的馆：${ids.slice(0, 20).join('、')}${ids.length > 20 ? ' 等' : ''}`}\n` +
    `(No library "${only}": YEARBOOK_ONLY_LIBRARY must name a file of content/libraries/.)`
  );
}

async function run(
  root: string,
  contentDir: string,
  logger: AstroIntegrationLogger,
  command: string,
  config: Parameters<typeof openBuildCache>[0],
): Promise<string> {
  const dir = resolve(root, contentDir);
  const displayRoot = contentDir.replace(/^\.\//, '');
  let result: CheckResult;
  if (ONLY_LIBRARY) {
    // A staff preview of one library (src/content-dir.ts): only its files are read and checked.
    const unknown = unknownOnly(ONLY_LIBRARY, dir);
    if (unknown) throw new ContentError(unknown);
    logger.warn(`只预览 ${ONLY_LIBRARY} 一个馆（YEARBOOK_ONLY_LIBRARY）：这不是要发布的网站。`);
    result = await checkByLibrary(dir, displayRoot, (input) => Promise.resolve(checkGroup(input).result), ONLY_LIBRARY);
  } else if (command === 'build') {
    const cache = openBuildCache(config);
    const pool = sharedBuildPool();
    result = await checkByLibrary(dir, displayRoot, async (input) => {
      if (!pool) return checkGroup(input, cache).result;
      const done = (await pool.run({ kind: 'content-check', space: 'content-check', key: '', input })) as CheckedGroup;
      // The worker read or wrote the entry in its own handle of the cache: keep it past this build's clean-up.
      cache.has('content-check', done.key);
      return done.result;
    });
  } else result = checkContent(loadContent(dir), { displayRoot });
  // A build reuses the check's figure sentences and events (src/data/content.ts); dev reloads content, so no.
  shareChecked(command === 'build' ? result.reports : undefined);
  const errors = result.problems.filter((p) => p.severity === 'error');
  const warnings = result.problems.filter((p) => p.severity === 'warning');
  if (errors.length) {
    const msg = `内容检查发现 ${errors.length} 个错误（content check found ${errors.length} errors）：\n${formatProblems(errors)}\n`;
    if (command !== 'dev') throw new ContentError(msg);
    logger.error(msg);
  }
  return warnings.length ? `内容检查有 ${warnings.length} 个提醒：\n${formatProblems(warnings)}` : '';
}

/** The integration; `contentDir` is relative to the project root. */
export function contentCheck(contentDir: string): AstroIntegration {
  let warnings = '';
  return {
    name: 'yearbook:content-check',
    hooks: {
      'astro:config:setup': async ({ config, command, logger }) => {
        if (command === 'preview') return;
        warnings = await run(config.root.pathname, contentDir, logger, command, config);
      },
      'astro:build:done': ({ logger }) => {
        if (warnings) logger.warn(warnings);
      },
    },
  };
}
