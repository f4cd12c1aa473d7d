/**
 * Runs the same content check as `npm run check` before Astro loads content, so a bad file fails the
 * build with the author-facing Chinese message (file:line, field, fix) instead of Astro's `:0:0` error,
 * and so a bad `reference()` (which Astro only logs) fails it at all. The message is printed once,
 * without a stack trace (it is not a bug of the site). The report texts' markup is checked when the build
 * starts, with the cache between builds, so an unchanged text is not parsed again. In `astro dev` the check
 * runs again whenever a content file changes, and shows its message in the browser
 * (src/integrations/content-check-dev.ts). Warnings are repeated at the end of a build.
 */
import type { AstroIntegration } from 'astro';
import { resolve } from 'node:path';
import { checkContent, checkMarkup, type CheckedFile } from '../check/check-content.ts';
import { shareChecked } from '../check/shared-results.ts';
import { loadContent } from '../check/load-content.ts';
import { sharedBuildCache } from '../lib/cache-store.ts';
import { formatProblems, type Problem } from '../lib/model/messages.ts';
import { markupProblem } from '../lib/report-text/render-html.ts';
import { watchContent } from './content-check-dev.ts';

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

/** The integration; `contentDir` is relative to the project root (or absolute). */
export function contentCheck(contentDir: string): AstroIntegration {
  const displayRoot = contentDir.replace(/^\.\//, '');
  let dir = '';
  let warnings: Problem[] = [];
  let errorsAtStart: Problem[] = [];
  let reports: readonly CheckedFile[] = [];
  /** The whole check as `npm run check` runs it (dev renders and re-checks on every save). */
  const check = (withMarkup: boolean) =>
    checkContent(loadContent(dir), { displayRoot, ...(withMarkup ? { markup: markupProblem } : {}) });
  return {
    name: 'yearbook:content-check',
    hooks: {
      'astro:config:setup': ({ config, command }) => {
        if (command === 'preview') return;
        dir = resolve(config.root.pathname, contentDir);
        const result = check(command === 'dev');
        reports = result.reports;
        // A build reuses the check's figure sentences and events (src/data/content.ts); dev reloads content, so no.
        shareChecked(command === 'build' ? result.reports : undefined);
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
