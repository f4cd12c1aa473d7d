/**
 * npm run check [-- --lang en] [--content <dir>]
 * Validates all content in seconds without building the site; exits non-zero on errors.
 */
import { resolve } from 'node:path';
import { z } from 'astro/zod';
import { checkContent } from '../src/check/check-content.ts';
import { loadContent } from '../src/check/load-content.ts';
import { markupProblem } from '../src/lib/report-text/render-html.ts';
import { formatProblems, type Lang } from '../src/lib/model/messages.ts';

const args = process.argv.slice(2);
const opt = (name: string): string | undefined => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
};
const lang: Lang = opt('lang') === 'en' ? 'en' : 'zh';
const dir = opt('content') ?? process.env['YEARBOOK_CONTENT_DIR'] ?? 'content';
z.config(lang === 'en' ? z.locales.en() : z.locales.zhCN());

const files = loadContent(resolve(dir));
const { problems } = checkContent(files, {
  displayRoot: dir.replace(/^\.\//, '').replace(/\/$/, ''),
  markup: markupProblem,
});
const errors = problems.filter((p) => p.severity === 'error').length;
const warnings = problems.length - errors;
if (problems.length) console.log(formatProblems(problems, lang));
console.log(
  lang === 'zh'
    ? `\n检查了 content 里的 ${files.length} 个文件：${errors} 个错误，${warnings} 个提醒。`
    : `\nChecked ${files.length} files of the content: ${errors} errors, ${warnings} warnings.`,
);
process.exit(errors ? 1 : 0);
