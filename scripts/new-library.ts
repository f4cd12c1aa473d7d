/**
 * npm run new-library -- <id>
 * Creates content/libraries/<id>.yaml from the skeleton; never overwrites.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { librarySkeleton } from './lib/skeleton.ts';
import { libraryIdPattern } from '../src/schemas/library.ts';

const [id] = process.argv.slice(2);
const fail = (msg: string): never => {
  console.error(`错误：${msg}`);
  process.exit(1);
};
if (!id) fail('用法：npm run new-library -- <馆的标识>，例如 npm run new-library -- hepu（小写拼音）');
if (!libraryIdPattern.test(id ?? '')) fail(`标识 “${id}” 只能用小写拼音字母、数字和连字符，例如 hepu`);
const out = `content/libraries/${id}.yaml`;
if (existsSync(out)) fail(`${out} 已经存在，不会覆盖。`);
writeFileSync(out, librarySkeleton(id ?? ''));
console.log(`已创建 ${out}。请填写馆名、级别和地区，然后运行 npm run check。`);
