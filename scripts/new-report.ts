/**
 * npm run new-report -- <library> <year>
 * Creates content/reports/<library>/<year>.mdx from the skeleton; never overwrites.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { parse } from 'yaml';
import { reportSkeleton } from './lib/skeleton.ts';

const [library, yearText] = process.argv.slice(2);
const fail = (msg: string): never => {
  console.error(`错误：${msg}`);
  process.exit(1);
};
if (!library || !yearText)
  fail('用法：npm run new-report -- <馆的标识> <年份>，例如 npm run new-report -- beihai 2022');
if (!/^\d{4}$/.test(yearText ?? '')) fail(`年份 “${yearText}” 要写成四位数字，例如 2022`);
const libFile = `content/libraries/${library}.yaml`;
if (!existsSync(libFile))
  fail(`没有馆 “${library}”（找不到 ${libFile}）。新馆请先运行 npm run new-library -- ${library}`);
const out = `content/reports/${library}/${yearText}.mdx`;
if (existsSync(out)) fail(`${out} 已经存在，不会覆盖。要重新开始，请先自己删除或改名这个文件。`);
const lib = parse(readFileSync(libFile, 'utf8')) as { id: string; name: string };
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, reportSkeleton({ id: library ?? '', name: lib.name }, Number(yearText)));
console.log(`已创建 ${out}。填好后运行 npm run check 检查。`);
