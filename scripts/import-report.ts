/**
 * Converts a plain-text source report into an MDX draft with a frontmatter skeleton.
 *
 *   npx tsx scripts/import-report.ts <source.txt> --library <id> --year <year> [--out <path>] [--force]
 *       [--title <title>] [--glosses] [--simplify tw|hk] [--join-lines] [--tables]
 *   npx tsx scripts/import-report.ts --all [--force] [--source-dir <dir>]
 *
 * A single source whose file name is in SOURCES gets that entry's options (flags add to them);
 * `--all` regenerates every entry of SOURCES. Existing files are never overwritten without --force.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { stringify } from 'yaml';
import { convertReport, type ConvertOptions } from './lib/import/convert.ts';
import { suggestFigures, suggestionsAsYamlComments } from './lib/import/suggest-figures.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/**
 * Where the received source reports are (they are not part of the repository): `--source-dir`, else the
 * SOURCE_REPORTS_DIR environment variable, else `shared/source-reports` beside the repository's folder.
 */
export function sourceReportsDir(flag?: string): string {
  return resolve(flag ?? process.env.SOURCE_REPORTS_DIR ?? join(ROOT, '..', 'shared', 'source-reports'));
}

/** Library id → name, for default titles. */
export const LIBRARY_NAMES: Record<string, string> = {
  beihai: '北海市图书馆',
  balinzuoqi: '巴林左旗图书馆',
  nanhai: '南海区图书馆',
};

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
    notes: ['原文“存在的主要问题”“大事记”两个部分没有序号，照原样作为小标题'],
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

interface Args {
  positional: string[];
  flags: Map<string, string | true>;
}

function parseArgs(argv: string[]): Args {
  const positional: string[] = [];
  const flags = new Map<string, string | true>();
  const valued = new Set(['library', 'year', 'out', 'title', 'simplify', 'source-dir']);
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] ?? '';
    if (a.startsWith('--')) {
      const name = a.slice(2);
      if (valued.has(name)) {
        const v = argv[++i];
        if (v === undefined) throw new Error(`--${name} needs a value`);
        flags.set(name, v);
      } else flags.set(name, true);
    } else positional.push(a);
  }
  return { positional, flags };
}

/**
 * Renders the full MDX file: YAML frontmatter skeleton + body.
 * @param entry library, year, source file name
 * @param title frontmatter title
 * @param notes `conversion` notes
 * @param body MDX body
 */
export function renderMdxFile(
  entry: { library: string; year: number; file: string },
  title: string,
  notes: string[],
  body: string,
): string {
  const fm = stringify(
    { library: entry.library, year: entry.year, title, source: entry.file, conversion: notes, figures: {} },
    { lineWidth: 0 },
  ).replace(/^figures: \{\}\n/m, `figures:\n${suggestionsAsYamlComments(suggestFigures(body))}\n`);
  return `---\n${fm}---\n\n${body}`;
}

/** Converts one source file; returns the output path, or null when it exists and force is off. */
async function convertOne(
  sourcePath: string,
  entry: SourceEntry,
  out: string,
  force: boolean,
  titleOverride?: string,
): Promise<string | null> {
  if (existsSync(out) && !force) {
    console.error(`refusing to overwrite ${out} (use --force)`);
    return null;
  }
  const raw = sourcePath.endsWith('.docx') ? await docxToText(sourcePath) : readFileSync(sourcePath, 'utf8');
  const result = convertReport(raw, entry.options);
  const title =
    titleOverride ?? result.title ?? `${LIBRARY_NAMES[entry.library] ?? entry.library}${entry.year}年工作总结`;
  const notes = [...result.notes, ...(entry.notes ?? [])];
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, renderMdxFile(entry, title, notes, result.body));
  console.log(
    `${basename(sourcePath)} → ${out}: ${result.headings.length} headings, ${result.tables} tables, ${result.joins.length} joins`,
  );
  for (const j of result.joins) console.log(`  joined (cleaned line ${j.line}): …${j.before} + ${j.after}…`);
  return out;
}

/** A Word document's text, one paragraph per line (mammoth keeps paragraphs, drops styling). */
async function docxToText(path: string): Promise<string> {
  const mammoth = await import('mammoth');
  const { value } = await mammoth.extractRawText({ path });
  return value.replace(/\n{2,}/g, '\n');
}

/** Default output path for a library and year. */
export function defaultOutPath(library: string, year: number): string {
  return join(ROOT, 'content', 'reports', library, `${year}.mdx`);
}

async function main(argv: string[]): Promise<number> {
  const { positional, flags } = parseArgs(argv);
  const force = flags.has('force');
  if (flags.has('all')) {
    const given = flags.get('source-dir');
    const dir = sourceReportsDir(typeof given === 'string' ? given : undefined);
    if (!existsSync(dir)) {
      console.error(`No source reports in ${dir}: name their folder with --source-dir <dir> or SOURCE_REPORTS_DIR.`);
      return 2;
    }
    let failed = 0;
    for (const entry of SOURCES) {
      if (!(await convertOne(join(dir, entry.file), entry, defaultOutPath(entry.library, entry.year), force))) failed++;
    }
    return failed ? 1 : 0;
  }
  const source = positional[0];
  const library = flags.get('library');
  const year = Number(flags.get('year'));
  if (!source || typeof library !== 'string' || !Number.isInteger(year)) {
    console.error(
      'usage: import-report.ts <source.txt> --library <id> --year <year> [--out <path>] [--force]\n       import-report.ts --all [--force]',
    );
    return 2;
  }
  const known = SOURCES.find((s) => s.file === basename(source));
  const options: ConvertOptions = { ...(known?.options ?? {}) };
  if (flags.has('glosses')) options.glosses = true;
  if (flags.has('join-lines')) options.joinBrokenLines = true;
  if (flags.has('tables')) options.tables = true;
  const simplify = flags.get('simplify');
  if (simplify === 'tw' || simplify === 'hk') options.simplify = simplify;
  else if (simplify !== undefined) throw new Error('--simplify takes tw or hk');
  const entry: SourceEntry = { file: basename(source), library, year, options };
  if (known?.notes) entry.notes = known.notes;
  const out = typeof flags.get('out') === 'string' ? resolve(String(flags.get('out'))) : defaultOutPath(library, year);
  const title = flags.get('title');
  return (await convertOne(source, entry, out, force, typeof title === 'string' ? title : undefined)) ? 0 : 1;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  process.exitCode = await main(process.argv.slice(2));
}
