/**
 * The content check in `astro dev`: it runs again whenever a file under the content folder changes, and
 * while there are errors every page is replaced by a page listing them (the same Chinese messages as
 * `npm run check`), and open pages show them in Vite's error overlay. Without this a frontmatter error left
 * the last good page in place with no word, and an entry with an impossible date was silently missing.
 * When the errors are fixed the open pages reload.
 */
import type { AstroIntegrationLogger } from 'astro';
import { relative, sep } from 'node:path';
import type { ViteDevServer } from 'vite';
import { formatProblems, type Problem } from '../lib/model/messages.ts';

const escape = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The page shown in place of every page while the content has errors. */
export function errorPage(errors: readonly Problem[], base: string): string {
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>内容有 ${errors.length} 个错误 · 图书馆年鉴（预览）</title>
<style>
body { font: 16px/1.7 system-ui, "PingFang SC", "Microsoft YaHei", sans-serif; margin: 0; padding: 1.5rem; color: #1a1a1a; background: #fff8f6; }
h1 { font-size: 1.4rem; color: #a10e0e; margin: 0 0 .5rem; }
pre { white-space: pre-wrap; word-break: break-word; background: #fff; border: 1px solid #e3c4c0; border-radius: 6px; padding: 1rem; font: 15px/1.6 ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; }
</style>
</head>
<body>
<main>
<h1>内容检查发现 ${errors.length} 个错误，网站暂时不能显示</h1>
<p>按下面的说明修改文件并保存，这个页面会自动刷新。（和 <code>npm run check</code> 的提示相同。）</p>
<pre>${escape(formatProblems(errors).trim())}</pre>
</main>
<script type="module" src="${base}@vite/client"></script>
</body>
</html>
`;
}

/** A request for a page (not for a script, style, image or Vite's own modules). */
function isPageRequest(url: string, accept: string): boolean {
  return accept.includes('text/html') && !/\/(?:@|node_modules\/|_astro\/|__)/.test(url);
}

/**
 * Watch `dir` in the dev server: `check()` is run on every change under it; `initial` are the errors of
 * the check that ran when the server started.
 */
export function watchContent(
  server: ViteDevServer,
  dir: string,
  check: () => Problem[],
  logger: AstroIntegrationLogger,
  initial: readonly Problem[] = [],
): void {
  let errors = initial.filter((p) => p.severity === 'error');
  const base = server.config.base.endsWith('/') ? server.config.base : `${server.config.base}/`;
  const hot = server.environments['client']?.hot;
  const show = (): void => {
    hot?.send({
      type: 'error',
      err: {
        message: `内容检查发现 ${errors.length} 个错误：\n${formatProblems(errors).trim()}`,
        hint: '按上面的说明修改文件并保存，页面会自动刷新（和 npm run check 的提示相同）。',
        stack: '',
        plugin: 'yearbook:content-check',
      },
    });
  };
  server.middlewares.use((req, res, next) => {
    if (!errors.length || !isPageRequest(req.url ?? '', String(req.headers.accept ?? ''))) {
      next();
      return;
    }
    res.statusCode = 500;
    res.setHeader('content-type', 'text/html; charset=utf-8');
    res.setHeader('cache-control', 'no-store');
    res.end(errorPage(errors, base));
  });
  server.watcher.add(dir);
  let timer: ReturnType<typeof setTimeout> | undefined;
  server.watcher.on('all', (_event, path) => {
    const rel = relative(dir, path);
    if (rel.startsWith('..') || rel.split(sep)[0] === '') return;
    clearTimeout(timer);
    // Editors save in several steps (temp file, rename): check once they are done.
    timer = setTimeout(() => {
      const before = errors.length;
      errors = check().filter((p) => p.severity === 'error');
      if (errors.length) {
        logger.error(`内容检查发现 ${errors.length} 个错误：\n${formatProblems(errors)}`);
        show();
      } else if (before) {
        logger.info('内容检查：错误已改好，页面重新载入');
        hot?.send({ type: 'full-reload' });
      }
    }, 150);
  });
}
