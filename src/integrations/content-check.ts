/**
 * Runs the same content check as `npm run check` before Astro loads content, so a bad file fails the
 * build with the author-facing Chinese message (file:line, field, fix) instead of Astro's `:0:0` error,
 * and so a bad `reference()` (which Astro only logs) fails it at all. The message is printed once,
 * without a stack trace (it is not a bug of the site). The report texts' markup is checked when the build
 * starts, with the cache between builds, so an unchanged text is not parsed again. In `astro dev` the check
 * runs again whenever a content file changes, and shows its message in the browser
 * (src/integrations/content-check-dev.ts). Warnings are repeated at the end of a build.
 *
 * `astro build` checks library by library (src/check/check-group.ts): on the build's worker threads, and
 * from the build cache for every library whose files have not changed since the last build — editing one
 * report re-checks one library. A staff preview of one library (YEARBOOK_ONLY_LIBRARY) checks its files only.
 */
import type { AstroConfig, AstroIntegration } from 'astro';
import { resolve } from 'node:path';
import { checkContent, checkMarkup, type CheckedFile, type CheckResult } from '../check/check-content.ts';
import { checkByLibrary, checkGroup, checkOneLibrary, type CheckedGroup } from '../check/check-group.ts';
import { contentGroups } from '../check/content-groups.ts';
import { shareChecked } from '../check/shared-results.ts';
import { loadContent } from '../check/load-content.ts';
import { ONLY_LIBRARY } from '../content-dir.ts';
import { sharedBuildCache } from '../lib/cache-store.ts';
import { formatProblems, type Problem } from '../lib/model/messages.ts';
import { markupProblem } from '../lib/report-text/render-html.ts';
import { sharedBuildPool } from '../lib/shared-pool.ts';
import { suggest } from '../lib/suggest.ts';
import { openBuildCache } from './build-cache.ts';
import { watchContent } from './content-check-dev.ts';
import { shareLastmods } from './sitemap-lastmod.ts';

/** Thrown when content has errors; its message is the formatted problem list, and it has no stack. */
export class ContentError extends Error {
  override name = 'ContentError';
  constructor(message: string) {
    super(message);
    // Astro prints an error's stack under its message; a content mistake has no place in the site's code.
    this.stack = '';
  }
}

/** The errors of a check as one message: a count, then every problem once, grouped by file. */
export function errorMessage(errors: readonly Problem[]): string {
  return `内容检查发现 ${errors.length} 个错误（content check found ${errors.length} errors）：\n${formatProblems(errors)}\n`;
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

/** The build's check, library by library: on the pool's workers when there is one, through the build cache. */
function checkForBuild(dir: string, displayRoot: string, config: AstroConfig): Promise<CheckResult> {
  const cache = openBuildCache(config);
  const pool = sharedBuildPool();
  return checkByLibrary(dir, displayRoot, async (input) => {
    if (!pool) return checkGroup(input, cache).result;
    const done = (await pool.run({ kind: 'content-check', space: 'content-check', key: '', input })) as CheckedGroup;
    // The worker read or wrote the entry in its own handle of the cache: keep it past this build's clean-up.
    cache.has('content-check', done.key);
    return done.result;
  });
}

/** The integration; `contentDir` is relative to the project root (or absolute). */
export function contentCheck(contentDir: string): AstroIntegration {
  const displayRoot = contentDir.replace(/^\.\//, '');
  let dir = '';
  let warnings: Problem[] = [];
  let errorsAtStart: Problem[] = [];
  let reports: readonly CheckedFile[] = [];
  /** The whole check as `npm run check` runs it, or one library's in a preview (dev renders and re-checks on every save). */
  const check = (withMarkup: boolean): CheckResult => {
    const options = { displayRoot, ...(withMarkup ? { markup: markupProblem } : {}) };
    return ONLY_LIBRARY ? checkOneLibrary(dir, ONLY_LIBRARY, options) : checkContent(loadContent(dir), options);
  };
  return {
    name: 'yearbook:content-check',
    hooks: {
      'astro:config:setup': async ({ config, command, logger }) => {
        if (command === 'preview') return;
        dir = resolve(config.root.pathname, contentDir);
        if (ONLY_LIBRARY) {
          // A staff preview of one library (src/content-dir.ts): only its files are read and checked.
          const unknown = unknownOnly(ONLY_LIBRARY, dir);
          if (unknown) throw new ContentError(unknown);
          logger.warn(`只预览 ${ONLY_LIBRARY} 一个馆（YEARBOOK_ONLY_LIBRARY）：这不是要发布的网站。`);
        }
        const result =
          command === 'build' && !ONLY_LIBRARY
            ? await checkForBuild(dir, displayRoot, config)
            : check(command === 'dev');
        reports = result.reports;
        // A build reuses the check's figure sentences and events (src/data/content.ts); dev reloads content, so no.
        shareChecked(command === 'build' ? result.reports : undefined);
        // The sitemap's lastmod of report and library pages, from their changelogs (src/integrations/sitemap-lastmod.ts).
        shareLastmods(command === 'build' ? result.reports.map((r) => r.data) : undefined);
        const errors = result.problems.filter((p) => p.severity === 'error');
        warnings = result.problems.filter((p) => p.severity === 'warning');
        errorsAtStart = errors;
        // In dev the server starts anyway and shows the errors in place of the pages (content-check-dev.ts).
        if (errors.length && command !== 'dev') throw new ContentError(errorMessage(errors));
      },
      'astro:server:setup': ({ server, logger }) => {
        if (errorsAtStart.length) logger.error(errorMessage(errorsAtStart));
        watchContent(server, dir, () => check(true).problems, logger, errorsAtStart);
      },
      'astro:build:start': () => {
        // The text's markup (`{1+1}`, a bare `<`, an unknown component), here rather than in config:setup
        // because the cache between builds exists now: a text parsed without a problem before is skipped.
        const cache = sharedBuildCache();
        const errors = checkMarkup(reports, markupProblem, {
          displayRoot,
          isKnownGood: (body) => cache?.get('markup-ok', body) !== undefined,
          remember: (body) => cache?.set('markup-ok', body, '1'),
        });
        if (errors.length) throw new ContentError(errorMessage(errors));
      },
      'astro:build:done': ({ logger }) => {
        if (warnings.length) logger.warn(`内容检查有 ${warnings.length} 个提醒：\n${formatProblems(warnings)}`);
      },
    },
  };
}
