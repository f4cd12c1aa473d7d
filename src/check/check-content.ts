/**
 * Validate all content at once, without Astro: schemas, references, path/year agreement, duplicates,
 * consistency rules, and figures whose written form cannot be found in the text.
 * Used by `npm run check` and by the build (the integration in `src/integrations/`), so both print the
 * same messages. Pure: file texts in, problems out.
 */
import { z } from 'astro/zod';
import { librarySchema, type Library } from '../schemas/library.ts';
import { reportShape, reportRules } from '../schemas/report.ts';
import type { IssueParams } from '../schemas/issue.ts';
import { metric } from '../lib/model/catalog.ts';
import { extractEvents } from '../lib/chronicle/events.ts';
import { parseSource, type ParsedSource } from './frontmatter.ts';
import { text, type Lang, type Problem } from '../lib/model/messages.ts';
import { checkPlanReview } from '../lib/model/plan-outcomes.ts';
import type { ReportMarkupError as MarkupProblem } from '../lib/report-text/render-html.ts';
import { findSentence, splitSentences, wholeSentence, type Sentence } from '../lib/model/sentences.ts';
import { scopeProblem, wordingProblem } from './figure-text-rules.ts';
import { suggest } from '../lib/suggest.ts';
import type { ChronicleEvent } from '../lib/chronicle/event-schema.ts';

/** A content file: its path under the content folder (`reports/beihai/2021.mdx`) and its text. */
export interface SourceFile {
  readonly path: string;
  readonly text: string;
}

/** The report schema as the checker uses it: `library` is a plain id, checked against the libraries here. */
export const checkedReportSchema = z
  .strictObject({
    library: z
      .string({ error: '缺少 library（馆的标识，如 beihai）' })
      .describe('馆的标识，对应 content/libraries/<id>.yaml'),
    ...reportShape,
  })
  .superRefine(reportRules);
export type CheckedReport = z.output<typeof checkedReportSchema>;

/** Correct examples of each top-level field, shown when one is missing or mistyped. */
const FIELD_EXAMPLES: Record<string, string> = {
  library: 'library: beihai',
  year: 'year: 2022',
  title: 'title: 北海市图书馆2022年工作总结',
  source: 'source: 北海市图书馆2022年工作总结.docx',
  published: 'published: 2023-01-15',
  dataAsOf: 'dataAsOf: 2023-01-03',
  id: 'id: beihai',
  name: 'name: 北海市图书馆',
  nameEn: 'nameEn: Beihai City Library',
  level: 'level: city',
  region: 'region: { province: 广西壮族自治区, city: 北海市 }',
};

/** Options for a check run. */
export interface CheckOptions {
  /** How file paths are shown, e.g. `content` → `content/reports/beihai/2021.mdx`. */
  readonly displayRoot?: string;
  /**
   * Also parse every report body as the site renders it (`<` and `{` misuse, unknown components): pass
   * `markupProblem` from src/lib/report-text/render-html.ts (as `npm run check` does). Passed in rather than imported,
   * so the check does not load the Markdown renderer when it does not use it; the build leaves this to the
   * report pages, which render the body anyway and fail with the same message.
   */
  readonly markup?: (body: string) => MarkupProblem | undefined;
}

/** A valid report as the check parsed it. */
export interface CheckedFile {
  readonly path: string;
  readonly data: CheckedReport;
  /** The text after the frontmatter, trimmed: the same string Astro's MDX loader gives as `body`. */
  readonly body: string;
  /** 1-based line of `body`'s first line in the file. */
  readonly bodyLine: number;
  /** The sentence stating each figure (by metric id; undefined when not found), matched in `body`. */
  readonly found: ReadonlyMap<string, Sentence | undefined>;
  /** The report's dated events, extracted from `body` (lines relative to it). */
  readonly events: readonly ChronicleEvent[];
}

/** Result of a check: every problem, and the valid libraries and reports. */
export interface CheckResult {
  readonly problems: Problem[];
  readonly libraries: Library[];
  readonly reports: CheckedFile[];
}

/** zod's expected types, as a staff member would name them (zh, en). */
const TYPE_NAMES: Readonly<Record<string, readonly [string, string]>> = {
  number: ['数字（不加引号）', 'a number (no quotes)'],
  int: ['整数', 'a whole number'],
  string: ['文字', 'text'],
  object: ['一组“键: 值”（下一行缩进）', 'a group of "key: value" lines (indented)'],
  array: ['列表（每项一行，以“- ”开头）', 'a list (one "- " item per line)'],
  boolean: ['true 或 false', 'true or false'],
  date: ['日期 YYYY-MM-DD', 'a date YYYY-MM-DD'],
};

/** The value at a zod issue's path in the parsed frontmatter; undefined when there is none. */
function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let v: unknown = data;
  for (const key of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<PropertyKey, unknown>)[key];
  }
  return v;
}

function zodProblems(file: string, issues: readonly z.core.$ZodIssue[], src: ParsedSource): Problem[] {
  return issues.map((issue) => {
    const params = (issue as { params?: Partial<IssueParams> }).params;
    const field = issue.path.map(String).join('.') || undefined;
    const top = String(issue.path[0] ?? '');
    const example = FIELD_EXAMPLES[top];
    // zod 4 does not keep the input in its issues: look the value up, so a mistyped field is not "missing".
    const written = valueAt(src.data, issue.path);
    const missing = issue.code === 'invalid_type' && written === undefined;
    const mistyped = issue.code === 'invalid_type' && !missing;
    const unknownKeys = issue.code === 'unrecognized_keys' ? issue.keys : [];
    let message: Record<Lang, string>;
    if (params?.message) message = params.message;
    else if (missing) message = text(`缺少必填字段 ${field}`, `Required field ${field} is missing`);
    else if (mistyped) {
      const expected = (issue as { expected?: string }).expected ?? '';
      const [zh, en] = TYPE_NAMES[expected] ?? [expected, expected];
      message = text(
        `${field} 应写成${zh}，现在写的是 ${JSON.stringify(written)}`,
        `${field} should be ${en}, got ${JSON.stringify(written)}`,
      );
    } else if (unknownKeys.length) {
      const known = Object.keys(issue.path.length ? {} : { library: 1, ...reportShape });
      const dym = unknownKeys.flatMap((k) => suggest(k, known)).join('、');
      message = text(
        `不认识的字段 ${unknownKeys.join('、')}${field ? `（在 ${field} 下）` : ''}${dym ? `。是不是想写 ${dym}？` : ''}`,
        `Unknown field ${unknownKeys.join(', ')}${field ? ` under ${field}` : ''}${dym ? `. Did you mean ${dym}?` : ''}`,
      );
    } else message = text(`${field ?? ''}：${issue.message}`, `${field ?? ''}: ${issue.message}`);
    const allowed =
      unknownKeys.length && issue.path.length === 0
        ? text(
            `可用的字段：${Object.keys(FIELD_EXAMPLES)
              .filter((k) => k in reportShape || k === 'library')
              .join('、')}、figures、leadership、awards、problems、plans 等（见 content/README.md）`,
            `Allowed fields: library, year, title, source, figures, … (see content/README.md)`,
          )
        : undefined;
    const hint =
      params?.hint ?? allowed ?? (example ? text(`正确写法示例：${example}`, `Example: ${example}`) : undefined);
    const path = unknownKeys.length ? [...issue.path, unknownKeys[0] ?? ''] : issue.path;
    return {
      severity: 'error' as const,
      code: params?.code ?? `schema/${issue.code}`,
      file,
      line: src.lineOf(path.map((p) => (typeof p === 'symbol' ? String(p) : p))),
      field,
      message,
      hint,
    };
  });
}

function syntaxProblems(file: string, src: ParsedSource): Problem[] {
  return src.syntaxErrors.map((e) =>
    e.message === 'missing-frontmatter'
      ? {
          severity: 'error' as const,
          code: 'yaml/missing-frontmatter',
          file,
          line: 1,
          message: text(
            '文件开头没有 frontmatter（用两行 --- 包住的 YAML）',
            'The file does not start with frontmatter (YAML between two --- lines)',
          ),
          hint: text(
            '第一行写 ---，接着写 library、year、title、source、figures，再写一行 ---，然后才是报告正文',
            'Start with ---, then library, year, title, source, figures, then --- and the report text',
          ),
        }
      : {
          severity: 'error' as const,
          code: 'yaml/syntax',
          file,
          line: e.line,
          message: text(`YAML 格式错误：${e.message}`, `YAML syntax error: ${e.message}`),
          hint: text(
            '检查这一行及上一行：冒号后要有空格；同级字段缩进对齐（用空格，不用 Tab）；含冒号或 # 的文字要加引号',
            'Check this line and the one before: a space after each colon, aligned indentation (spaces, not tabs), quotes around text containing : or #',
          ),
        },
  );
}

/** Check every library and report among `files`. */
export function checkContent(files: readonly SourceFile[], options: CheckOptions = {}): CheckResult {
  const root = options.displayRoot ?? 'content';
  const shown = (p: string): string => `${root}/${p}`;
  const problems: Problem[] = [];
  const libraries: Library[] = [];
  const reports: CheckResult['reports'] = [];

  for (const f of files.filter((f) => f.path.startsWith('libraries/'))) {
    const file = shown(f.path);
    if (!/\.ya?ml$/.test(f.path)) continue;
    const src = parseSource(f.text, true);
    if (src.syntaxErrors.length) {
      problems.push(...syntaxProblems(file, src));
      continue;
    }
    const r = librarySchema.safeParse(src.data);
    if (!r.success) {
      problems.push(...zodProblems(file, r.error.issues, src));
      continue;
    }
    const expected = f.path.replace(/^libraries\//, '').replace(/\.ya?ml$/, '');
    if (r.data.id !== expected) {
      problems.push({
        severity: 'error',
        code: 'library/id-mismatch',
        file,
        line: src.lineOf(['id']),
        field: 'id',
        message: text(
          `id 是 “${r.data.id}”，但文件名是 ${expected}.yaml`,
          `id is "${r.data.id}" but the file is ${expected}.yaml`,
        ),
        hint: text(
          `二者必须相同：把 id 改成 ${expected}，或把文件改名为 ${r.data.id}.yaml`,
          `They must agree: set id: ${expected} or rename the file to ${r.data.id}.yaml`,
        ),
      });
      continue;
    }
    libraries.push(r.data);
  }
  const libraryIds = libraries.map((l) => l.id);

  const seen = new Map<string, string>();
  const parsed = new Map<string, { src: ParsedSource; eventIds: Set<string>; sentences: Sentence[] }>();
  for (const f of files.filter((f) => f.path.startsWith('reports/'))) {
    const file = shown(f.path);
    const m = /^reports\/([^/]+)\/(\d{4})\.mdx?$/.exec(f.path);
    if (!m) {
      problems.push({
        severity: 'error',
        code: 'report/path',
        file,
        message: text('报告文件的位置或文件名不对', 'A report file is in the wrong place or wrongly named'),
        hint: text(
          '报告必须放在 content/reports/<馆的标识>/<年份>.mdx，例如 content/reports/beihai/2022.mdx',
          'Reports live at content/reports/<library>/<year>.mdx, e.g. content/reports/beihai/2022.mdx',
        ),
      });
      continue;
    }
    const [, pathLibrary = '', pathYear = ''] = m;
    const src = parseSource(f.text);
    if (src.syntaxErrors.length) {
      problems.push(...syntaxProblems(file, src));
      continue;
    }
    const r = checkedReportSchema.safeParse(src.data);
    if (!r.success) {
      problems.push(...zodProblems(file, r.error.issues, src));
      continue;
    }
    const data = r.data;
    let ok = true;
    if (!libraryIds.includes(data.library)) {
      const dym = suggest(data.library, libraryIds);
      problems.push({
        severity: 'error',
        code: 'report/unknown-library',
        file,
        line: src.lineOf(['library']),
        field: 'library',
        message: text(
          `没有标识为 “${data.library}” 的馆${dym.length ? `。是不是想写 ${dym.join(' 或 ')}？` : ''}`,
          `No library has the id "${data.library}"${dym.length ? `. Did you mean ${dym.join(' or ')}?` : ''}`,
        ),
        hint: text(
          `已有的馆：${libraryIds.join('、')}。新馆先运行 npm run new-library -- <标识> 建立 content/libraries/<标识>.yaml`,
          `Known libraries: ${libraryIds.join(', ')}. Add a new one with npm run new-library -- <id>`,
        ),
      });
      ok = false;
    }
    if (data.library !== pathLibrary) {
      problems.push({
        severity: 'error',
        code: 'report/library-path',
        file,
        line: src.lineOf(['library']),
        field: 'library',
        message: text(
          `library 写的是 “${data.library}”，但文件在 reports/${pathLibrary}/ 文件夹里`,
          `library is "${data.library}" but the file is in reports/${pathLibrary}/`,
        ),
        hint: text(
          `二者必须一致：改成 library: ${pathLibrary}，或把文件移到 content/reports/${data.library}/`,
          `They must agree: set library: ${pathLibrary} or move the file to content/reports/${data.library}/`,
        ),
      });
      ok = false;
    }
    if (String(data.year) !== pathYear) {
      problems.push({
        severity: 'error',
        code: 'report/year-path',
        file,
        line: src.lineOf(['year']),
        field: 'year',
        message: text(
          `year 写的是 ${data.year}，但文件名是 ${pathYear}.mdx`,
          `year is ${data.year} but the file is named ${pathYear}.mdx`,
        ),
        hint: text(
          `二者必须一致：改成 year: ${pathYear}，或把文件改名为 ${data.year}.mdx`,
          `They must agree: set year: ${pathYear} or rename the file to ${data.year}.mdx`,
        ),
      });
      ok = false;
    }
    const key = `${data.library}/${data.year}`;
    const other = seen.get(key);
    if (other) {
      problems.push({
        severity: 'error',
        code: 'report/duplicate',
        file,
        line: src.lineOf(['year']),
        field: 'year',
        message: text(
          `${data.library} 的 ${data.year} 年报告已经有了：${other}`,
          `${data.library} already has a ${data.year} report: ${other}`,
        ),
        hint: text(
          '每个馆每年只能有一份报告：删除或合并其中一份',
          'One report per library and year: delete or merge one of them',
        ),
      });
      ok = false;
    }
    seen.set(key, file);

    // Sentences, figures and events are matched in the trimmed body Astro renders, so the build can reuse
    // them (src/data/content.ts) instead of computing them again; `lead` maps its lines back to the file.
    const body = src.body.trim();
    const lead = src.body.slice(0, src.body.length - src.body.trimStart().length).split('\n').length - 1;
    const sentences = splitSentences(body);
    const foundAll = new Map<string, Sentence | undefined>();
    for (const fig of Object.values(data.figures)) {
      const found = findSentence(sentences, fig.written, metric(fig.metric).keywords, fig.quote);
      foundAll.set(fig.metric, found);
      const path = ['figures', ...fig.metric.split('.')];
      const whole = found && wholeSentence(sentences, found);
      for (const p of [wordingProblem(fig, found?.text), scopeProblem(fig, whole)]) {
        if (!p) continue;
        const at = p.key ? [...path, p.key] : path;
        problems.push({ severity: 'error', ...p, file, line: src.lineOf(at), field: at.join('.') });
      }
      if (found) continue;
      problems.push(
        fig.quote
          ? {
              severity: 'error',
              code: 'figure/quote-not-found',
              file,
              line: src.lineOf([...path, 'quote']),
              field: fig.metric,
              message: text(
                `quote “${fig.quote}” 在正文中找不到同时含有 ${fig.written} 的句子`,
                `quote "${fig.quote}" matches no sentence of the text that also contains ${fig.written}`,
              ),
              hint: text(
                'quote 要从正文原样复制一小段（含该数字的那句话）',
                'Copy quote verbatim from the sentence stating the figure',
              ),
            }
          : {
              severity: 'warning',
              code: 'figure/not-in-text',
              file,
              line: src.lineOf(path),
              field: fig.metric,
              message: text(
                `正文中找不到 “${fig.written}”，无法链接到原句`,
                `"${fig.written}" does not occur in the text, so it cannot be linked to its sentence`,
              ),
              hint: text(
                '照正文的写法填写数字（如正文写 126.38万，就不要写 1263800）',
                'Write the figure as the text does (if the text says 126.38万, do not write 1263800)',
              ),
            },
      );
    }
    const markup = options.markup?.(body);
    if (markup) {
      problems.push({
        severity: 'error',
        code: 'report/markup',
        file,
        line: markup.line === undefined ? undefined : src.bodyLine + lead + markup.line - 1,
        field: '正文',
        message: text(markup.zh, markup.en),
        hint: text(markup.hintZh, markup.hintEn),
      });
    }
    if (ok) {
      // Dates in the 大事记 and in <Event> tags: an impossible or out-of-year date fails the build at its line.
      const extracted = extractEvents(body, { library: data.library, year: data.year });
      for (const p of extracted.problems) {
        problems.push({ ...p, file, line: src.bodyLine + lead + p.line - 1 });
      }
      parsed.set(f.path, { src, eventIds: new Set(extracted.events.map((e) => e.id)), sentences });
      reports.push({
        path: f.path,
        data,
        body,
        bodyLine: src.bodyLine + lead,
        found: foundAll,
        events: extracted.events,
      });
    }
  }
  const byKey = new Map(reports.map((r) => [`${r.data.library}/${r.data.year}`, r]));
  // Plans vs outcomes: a report's planReview against last year's plans and its own events and text.
  for (const r of reports) {
    const { src, eventIds, sentences } = parsed.get(r.path) ?? {};
    if (!src || !eventIds || !sentences) continue;
    const previous = byKey.get(`${r.data.library}/${r.data.year - 1}`);
    for (const p of checkPlanReview(r.data, previous?.data, eventIds, sentences)) {
      problems.push({
        severity: p.severity,
        code: p.code,
        file: shown(r.path),
        line: src.lineOf(p.path),
        field: p.path.join('.'),
        message: p.message,
        hint: p.hint,
      });
    }
  }
  return { problems, libraries, reports };
}
