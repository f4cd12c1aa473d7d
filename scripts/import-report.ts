/**
 * npm run import -- <原文件.txt|.docx> --library <标识> --year <年份> [--out <路径>] [--force] [--title <标题>]
 *     [--keep-traditional] [--no-glosses] [--no-join-lines] [--no-tables]
 * npm run import -- --all [--force] [--source-dir <dir>]
 *
 * Drafts content/reports/<library>/<year>.mdx from a source text or Word document (scripts/lib/import/
 * draft.ts): the cleanups a text needs — pinyin glosses, Traditional script, PDF page numbers and broken
 * lines, one-cell-per-line tables, the title line — are decided from the text and said in the output;
 * the flags only override them. The library's name comes from content/libraries/<library>.yaml. A source
 * whose file name is in SOURCES gets that entry's curated options instead; `--all` regenerates every
 * entry of SOURCES. Existing files are never overwritten without --force. Messages are in Chinese.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parse } from 'yaml';
import type { ConvertOptions } from './lib/import/convert.ts';
import { draftReport } from './lib/import/draft.ts';
import type { ImportFlags } from './lib/import/detect.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
/** The content folder (YEARBOOK_CONTENT_DIR, as for the site and the check). */
const CONTENT = resolve(ROOT, process.env['YEARBOOK_CONTENT_DIR'] ?? 'content');

/**
 * Where the received source reports are (they are not part of the repository): `--source-dir`, else the
 * SOURCE_REPORTS_DIR environment variable, else `shared/source-reports` beside the repository's folder.
 */
export function sourceReportsDir(flag?: string): string {
  return resolve(flag ?? process.env.SOURCE_REPORTS_DIR ?? join(ROOT, '..', 'shared', 'source-reports'));
}

/** One source report and how to convert it. */
export interface SourceEntry {
  file: string;
  library: string;
  year: number;
  options: ConvertOptions;
  /** notes added to the generated `conversion` list besides the automatic ones */
  notes?: string[];
}

/** The four source reports and their per-source cleanups. */
export const SOURCES: SourceEntry[] = [
  {
    file: '001_808380e893242fed.txt',
    library: 'beihai',
    year: 2020,
    options: {},
    notes: [
      '原文没有第五部分（“四、存在的主要问题”之后是“六、大事记”），章节编号照原样',
      '大事记中“1月19日，由北海市图书馆主办的环保小卫士寒假活动”一条在原文中断行，续行“在市图书馆少儿阅览活动室成功举办，主题为“垃圾分类”。”照原样单独成段',
    ],
  },
  {
    file: '000_50b6606d1e95afe9.txt',
    library: 'beihai',
    year: 2021,
    options: {
      removeLines: [
        {
          lines: [{ line: 1, expect: '七、2022年工作计划' }],
          note: '删除了文首误入的标题“七、2022年工作计划”（文末的第七部分“七、2022年的工作计划”保留）',
        },
      ],
      replacements: [
        {
          find: '。二、主要工作完成情况',
          replace: '二、主要工作完成情况',
          note: '删除了标题“二、主要工作完成情况”前误入的句号“。”',
        },
      ],
      tables: true,
      extraHeadings: ['存在的主要问题', '大事记'],
    },
    notes: [
      '原文“存在的主要问题”“大事记”两个部分没有序号，照原样作为小标题',
      '大事记中“1日27日”是原文笔误（应为1月27日），照原样保留，时间线按1月27日排列',
    ],
  },
  {
    file: '002_2a768cdfd4000f51.txt',
    library: 'balinzuoqi',
    year: 2021,
    options: {
      removeLines: [
        {
          lines: [
            { line: 1, expect: 'NEWS' },
            { line: 2, expect: '新聞動(dòng)態(tài)' },
            {
              line: 3,
              expect:
                '當(dāng)前位置:首頁(yè) >> 規(guī)劃年報(bào) >> 年度報(bào)告 >> 巴林左旗圖書館2021年工作年報(bào)',
            },
            { line: 4, expect: '年度報(bào)告' },
          ],
          note: '删除了网页导航文字（“NEWS”“新聞動態”“當前位置:首頁 >> 規劃年報 >> 年度報告 >> …”“年度報告”）',
        },
      ],
      titleLine: 5,
      glosses: true,
      simplify: 'tw',
      protect: [
        { text: '?guī)湍恪の幕菝瘛睘橹黝}', line: 28 },
        { text: '?shù)卮迕窳执鬆斾N', line: 28 },
      ],
    },
  },
  {
    file: '003_d99d1d7152837f52.txt',
    library: 'nanhai',
    year: 2023,
    options: { titleLine: 3, joinBrokenLines: true },
  },
];

/** Thrown for anything the person running the importer must fix; printed without a stack. */
class ImportError extends Error {}

interface Args {
  positional: string[];
  flags: Map<string, string | true>;
}

const VALUED = new Set(['library', 'year', 'out', 'title', 'simplify', 'source-dir']);

function parseArgs(argv: string[]): Args {
  const positional: string[] = [];
  const flags = new Map<string, string | true>();
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] ?? '';
    if (a.startsWith('--')) {
      const name = a.slice(2);
      if (VALUED.has(name)) {
        const v = argv[++i];
        if (v === undefined) throw new ImportError(`--${name} 后面要写一个值`);
        flags.set(name, v);
      } else flags.set(name, true);
    } else positional.push(a);
  }
  return { positional, flags };
}

/** The library's name from content/libraries/<id>.yaml. */
export function libraryName(id: string, content = CONTENT): string {
  const file = join(content, 'libraries', `${id}.yaml`);
  if (!existsSync(file))
    throw new ImportError(
      `没有馆 “${id}”（找不到 ${file.startsWith(ROOT) ? relative(ROOT, file) : file}）。新馆请先运行 npm run new-library -- ${id}，填好馆名后再导入`,
    );
  const name = (parse(readFileSync(file, 'utf8')) as { name?: unknown } | null)?.name;
  if (typeof name !== 'string' || !name)
    throw new ImportError(`${relative(ROOT, file)} 里没有 name（馆名）：先填好再导入`);
  return name;
}

/** A Word document's text, one paragraph per line: mammoth ends every paragraph with a blank line. */
export async function docxToText(path: string): Promise<string> {
  const mammoth = await import('mammoth');
  const { value } = await mammoth.extractRawText({ path });
  // Exactly one blank line per paragraph end, so an empty paragraph (a blank line of the source, which the
  // PDF line joining relies on) stays a blank line.
  return value.replace(/\n\n/g, '\n');
}

/** Default output path for a library and year. */
export function defaultOutPath(library: string, year: number): string {
  return join(CONTENT, 'reports', library, `${year}.mdx`);
}

/** Converts one source file; returns false when the output exists and --force is off. */
async function convertOne(
  sourcePath: string,
  entry: { library: string; year: number; known?: ConvertOptions; notes?: string[] },
  out: string,
  force: boolean,
  extra: { title?: string; flags?: ImportFlags } = {},
): Promise<boolean> {
  const shown = out.startsWith(process.cwd()) ? relative(process.cwd(), out) : out;
  if (existsSync(out) && !force) {
    console.error(`${shown} 已经存在，不会覆盖（确定要重新生成就加 --force）`);
    return false;
  }
  if (!existsSync(sourcePath)) throw new ImportError(`找不到原文件 ${sourcePath}`);
  const docx = /\.docx$/i.test(sourcePath);
  if (!docx && !/\.txt$/i.test(sourcePath))
    throw new ImportError(
      `只能导入 .txt 或 .docx 文件：${basename(sourcePath)}（.doc 或 PDF 请先另存为 .docx 或纯文本）`,
    );
  const raw = docx ? await docxToText(sourcePath) : readFileSync(sourcePath, 'utf8');
  const draft = draftReport({
    raw,
    file: basename(sourcePath),
    library: { id: entry.library, name: libraryName(entry.library) },
    year: entry.year,
    known: entry.known,
    flags: extra.flags,
    notes: entry.notes,
    title: extra.title,
  });
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, draft.mdx);
  const r = draft.result;
  console.log(`读取 ${basename(sourcePath)}（${docx ? 'Word 文档' : '纯文本'}）`);
  for (const s of draft.said) console.log(`  · ${s}`);
  console.log(`已生成 ${shown}：${r.headings.length} 个标题，${r.tables} 个表格，接上断行 ${r.joins.length} 处`);
  for (const j of r.joins) console.log(`  接上断行：原文第 ${j.line} 行 “…${j.before}” + “${j.after}…”`);
  console.log(
    draft.suggestions.length
      ? `在正文中认出 ${draft.suggestions.length} 个数字，已写进 figures 下对应指标的注释行（附原句所在的行号）：逐条与原文核对，确认后删掉行首的 #`
      : '正文中没有认出数字：照原文在 figures 下填写',
  );
  console.log(`下一步：检查标题、章节和大事记的分段，然后运行 npm run check`);
  return true;
}

const USAGE = [
  '用法：npm run import -- <原文件.txt 或 .docx> --library <馆的标识> --year <年份>',
  '      例如 npm run import -- 报告.docx --library beihai --year 2022',
  '可选：--out <路径> 另存到别处；--force 覆盖已有文件；--title <标题>',
  '      --keep-traditional 保留繁体（馆的报告原本就用繁体发布时）；--no-glosses、--no-join-lines、--no-tables 关掉对应的自动处理',
].join('\n');

async function main(argv: string[]): Promise<number> {
  const { positional, flags } = parseArgs(argv);
  const force = flags.has('force');
  if (flags.has('all')) {
    const given = flags.get('source-dir');
    const dir = sourceReportsDir(typeof given === 'string' ? given : undefined);
    if (!existsSync(dir)) {
      console.error(`找不到原文文件夹 ${dir}：用 --source-dir <文件夹> 或环境变量 SOURCE_REPORTS_DIR 指明它。`);
      return 2;
    }
    let failed = 0;
    for (const e of SOURCES) {
      const ok = await convertOne(
        join(dir, e.file),
        { ...e, known: e.options },
        defaultOutPath(e.library, e.year),
        force,
      );
      if (!ok) failed++;
    }
    return failed ? 1 : 0;
  }
  const source = positional[0];
  const library = flags.get('library');
  const yearText = flags.get('year');
  if (!source || typeof library !== 'string' || typeof yearText !== 'string') {
    console.error(USAGE);
    return 2;
  }
  if (!/^\d{4}$/.test(yearText)) throw new ImportError(`年份 “${yearText}” 要写成四位数字，例如 2022`);
  const year = Number(yearText);
  const known = SOURCES.find((s) => s.file === basename(source));
  const f: ImportFlags = {};
  const set = (name: string, put: (v: boolean) => void): void => {
    if (flags.has(name)) put(true);
    else if (flags.has(`no-${name}`)) put(false);
  };
  set('glosses', (v) => (f.glosses = v));
  set('join-lines', (v) => (f.joinLines = v));
  set('tables', (v) => (f.tables = v));
  if (flags.has('keep-traditional')) f.simplify = false;
  const simplify = flags.get('simplify');
  if (simplify !== undefined && simplify !== 'tw' && simplify !== 'hk')
    throw new ImportError('--simplify 只能是 tw（台湾繁体）或 hk（香港繁体）');
  let knownOptions = known?.options;
  if (simplify === 'tw' || simplify === 'hk') {
    f.simplify = true;
    if (knownOptions) knownOptions = { ...knownOptions, simplify };
  }
  const out = typeof flags.get('out') === 'string' ? resolve(String(flags.get('out'))) : defaultOutPath(library, year);
  const title = flags.get('title');
  const ok = await convertOne(
    source,
    {
      library,
      year,
      ...(knownOptions ? { known: knownOptions } : {}),
      ...(known?.notes ? { notes: known.notes } : {}),
    },
    out,
    force,
    { ...(typeof title === 'string' ? { title } : {}), flags: f },
  );
  return ok ? 0 : 1;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  try {
    process.exitCode = await main(process.argv.slice(2));
  } catch (e) {
    if (!(e instanceof ImportError)) throw e;
    console.error(`错误：${e.message}`);
    process.exitCode = 1;
  }
}
