/**
 * Runs the same content check as `npm run check` before Astro loads content, so a bad file fails the
 * build with the author-facing Chinese message (file:line, field, fix) instead of Astro's `:0:0` error,
 * and so a bad `reference()` (which Astro only logs) fails it at all. Warnings are repeated at the end.
 */
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { resolve } from 'node:path';
import { checkContent } from '../check/check-content.ts';
import { shareChecked } from '../check/shared-results.ts';
import { loadContent } from '../check/load-content.ts';
import { formatProblems } from '../lib/model/messages.ts';

/** Thrown when content has errors; its message is the formatted problem list. */
export class ContentError extends Error {
  override name = 'ContentError';
}

function run(
  root: string,
  contentDir: string,
  logger: AstroIntegrationLogger,
  strict: boolean,
  share: boolean,
): string {
  const result = checkContent(loadContent(resolve(root, contentDir)), { displayRoot: contentDir.replace(/^\.\//, '') });
  // A build reuses the check's figure sentences and events (src/data/content.ts); dev reloads content, so no.
  shareChecked(share ? result.reports : undefined);
  const errors = result.problems.filter((p) => p.severity === 'error');
  const warnings = result.problems.filter((p) => p.severity === 'warning');
  if (errors.length) {
    const msg = `内容检查发现 ${errors.length} 个错误（content check found ${errors.length} errors）：\n${formatProblems(errors)}\n`;
    if (strict) throw new ContentError(msg);
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
      'astro:config:setup': ({ config, command, logger }) => {
        if (command === 'preview') return;
        warnings = run(config.root.pathname, contentDir, logger, command !== 'dev', command === 'build');
      },
      'astro:build:done': ({ logger }) => {
        if (warnings) logger.warn(warnings);
      },
    },
  };
}
