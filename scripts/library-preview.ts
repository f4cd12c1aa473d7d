/**
 * npm run dev:library -- <id>     the site of one library, served by `astro dev` at http://127.0.0.1:4321/
 * npm run build:library -- <id>   the same, built into dist-preview/ (then `npx astro preview --outDir dist-preview`)
 *
 * A staff preview: the site built from one library's files alone (YEARBOOK_ONLY_LIBRARY, src/content-dir.ts),
 * so it starts in seconds however many reports the whole yearbook has. Its pages show that library only
 * (the home page counts one library, comparisons have one bar): check the report pages, the library page
 * and the timeline; the whole site is built with `npm run build`.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { libraryIdPattern } from '../src/schemas/library.ts';

const [mode, id] = process.argv.slice(2);
const fail = (msg: string): never => {
  console.error(`错误：${msg}`);
  process.exit(1);
};
if (mode !== 'dev' && mode !== 'build')
  fail('用法：npm run dev:library -- <馆的标识> 或 npm run build:library -- <馆的标识>');
if (!id) fail(`用法：npm run ${mode}:library -- <馆的标识>，例如 npm run ${mode}:library -- beihai`);
if (!libraryIdPattern.test(id ?? '')) fail(`标识 “${id}” 只能用小写拼音字母、数字和连字符，例如 beihai`);
const contentDir = process.env['YEARBOOK_CONTENT_DIR'] ?? 'content';
if (!existsSync(join(contentDir, 'libraries', `${id}.yaml`)))
  fail(`${contentDir}/libraries/ 里没有 ${id}.yaml。先运行 npm run new-library -- ${id}`);

const args = mode === 'dev' ? ['dev', '--host', '127.0.0.1'] : ['build'];
const r = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', ...args], {
  stdio: 'inherit',
  env: { ...process.env, YEARBOOK_ONLY_LIBRARY: id },
});
if (mode === 'build' && r.status === 0)
  console.log(
    `\n已生成 ${id} 一个馆的预览：dist-preview/。查看：npx astro preview --outDir dist-preview --host 127.0.0.1`,
  );
process.exit(r.status ?? 1);
