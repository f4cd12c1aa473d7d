/**
 * Validate all content at once, without Astro: every file under content/ (read or named as an error),
 * YAML and schemas, references, path/year agreement, duplicates, consistency rules, the text (empty,
 * skeleton left, pasted twice, Traditional script), figures against the text, and the dated events.
 * Used by `npm run check`, the build and `astro dev` (the integration in `src/integrations/`), so all
 * print the same messages. Each concern is its own module of src/check/; this one runs them in order.
 * Pure: file texts in, problems out.
 */
import { z } from 'astro/zod';
import { librarySchema, type Library } from '../schemas/library.ts';
import { reportShape, reportRules } from '../schemas/report.ts';
import { metric } from '../lib/model/catalog.ts';
import { extractEvents } from '../lib/chronicle/events.ts';
import { parseSource, type ParsedSource } from './frontmatter.ts';
import { text, type Problem } from '../lib/model/messages.ts';
import { checkPlanReview } from '../lib/model/plan-outcomes.ts';
import type { ReportMarkupError as MarkupProblem } from '../lib/report-text/render-html.ts';
import { findSentence, splitSentences, wholeSentence, type Sentence } from '../lib/model/sentences.ts';
import { scopeProblem, wordingProblem } from './figure-text-rules.ts';
import { suggest } from '../lib/suggest.ts';
import { checkBody } from './body-checks.ts';
import { checkFigure } from './figure-checks.ts';
import { classifyFile } from './files.ts';
import { checkLibrary } from './library-checks.ts';
import { yamlProblems, zodProblems } from './schema-problems.ts';
import type { ChronicleEvent } from '../lib/chronicle/event-schema.ts';

/** A content file: its path under the content folder (`reports/beihai/2021.mdx`) and its text. */
export interface SourceFile {
  readonly path: string;
  readonly text: string;
  /** The bytes are not valid UTF-8 (a file saved as GBK, say): `text` is unreliable. */
  readonly notUtf8?: boolean | undefined;
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

/** Options for a check run. */
export interface CheckOptions {
  /** How file paths are shown, e.g. `content` → `content/reports/beihai/2021.mdx`. */
  readonly displayRoot?: string;
  /**
   * Also parse every report body as the site renders it (`<` and `{` misuse, unknown components): pass
   * `markupProblem` from src/lib/report-text/render-html.ts (as `npm run check` and `astro dev` do).
   * Passed in rather than imported, so the check does not load the Markdown renderer when it does not use
   * it; the build runs `checkMarkup` later, with its cache between builds (src/integrations/content-check.ts).
   */
  readonly markup?: ((body: string) => MarkupProblem | undefined) | undefined;
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

const compactNote = (s: string): string => s.replace(/[\s\u3000“”"「」]/g, '');

/** The files the site reads, by kind; every other file is a problem. */
function sortFiles(files: readonly SourceFile[], shown: (p: string) => string) {
  const problems: Problem[] = [];
  const libraries: SourceFile[] = [];
  const reports: SourceFile[] = [];
  const paths = new Set(files.map((f) => f.path));
  for (const f of files) {
    const kind = classifyFile(f.path, (p) => paths.has(p));
    if (kind === 'readme') continue;
    if (typeof kind !== 'string') {
      problems.push({ severity: 'error', file: shown(f.path), ...kind });
      continue;
    }
    if (f.notUtf8) {
      problems.push({
        severity: 'error',
        code: 'file/encoding',
        file: shown(f.path),
        message: text(
          '文件不是 UTF-8 编码（可能是 GBK），中文会变成乱码',
          'The file is not UTF-8 (GBK, perhaps): its Chinese would be garbled',
        ),
        hint: text(
          '用 VS Code 打开，点右下角的编码，选“通过编码保存”→ UTF-8；或用记事本“另存为”，编码选 UTF-8',
          'Re-save it as UTF-8 (VS Code: the encoding in the status bar → Save with Encoding → UTF-8)',
        ),
      });
      continue;
    }
    (kind === 'library' ? libraries : reports).push(f);
  }
  return { problems, libraries, reports };
}

function checkLibraries(files: readonly SourceFile[], shown: (p: string) => string, problems: Problem[]): Library[] {
  const libraries: Library[] = [];
  for (const f of files) {
    const file = shown(f.path);
    const src = parseSource(f.text, true);
    const yaml = yamlProblems(file, src);
    if (yaml.length) {
      problems.push(...yaml);
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
    const placeholders = checkLibrary(r.data);
    for (const p of placeholders)
      problems.push({ severity: 'error', file, line: src.lineOf(p.path), field: p.path.join('.'), ...p });
    // A library with placeholders still counts as known, so its reports are not reported a second time.
    libraries.push(r.data);
  }
  return libraries;
}

/** Report checks that compare the frontmatter with the file's place: library, folder, year, duplicates. */
function placeProblems(
  file: string,
  path: string,
  data: CheckedReport,
  src: ParsedSource,
  libraryIds: readonly string[],
  seen: Map<string, string>,
): Problem[] {
  const [, pathLibrary = '', pathYear = ''] = /^reports\/([^/]+)\/(\d{4})\.mdx$/.exec(path) ?? [];
  const out: Problem[] = [];
  if (!libraryIds.includes(data.library)) {
    const dym = suggest(data.library, libraryIds);
    out.push({
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
  }
  if (data.library !== pathLibrary) {
    out.push({
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
  }
  if (String(data.year) !== pathYear) {
    out.push({
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
  }
  const key = `${data.library}/${data.year}`;
  const other = seen.get(key);
  if (other) {
    out.push({
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
  }
  seen.set(key, file);
  return out;
}

/** Check every library and report among `files`. */
export function checkContent(files: readonly SourceFile[], options: CheckOptions = {}): CheckResult {
  const root = options.displayRoot ?? 'content';
  const shown = (p: string): string => `${root}/${p}`;
  const sorted = sortFiles(files, shown);
  const problems: Problem[] = [...sorted.problems];
  const libraries = checkLibraries(sorted.libraries, shown, problems);
  const libraryIds = libraries.map((l) => l.id);
  const reports: CheckResult['reports'] = [];
  const seen = new Map<string, string>();
  const parsed = new Map<string, { src: ParsedSource; eventIds: Set<string>; sentences: Sentence[] }>();

  for (const f of sorted.reports) {
    const file = shown(f.path);
    const src = parseSource(f.text);
    const yaml = yamlProblems(file, src);
    if (yaml.length) {
      problems.push(...yaml);
      continue;
    }
    const r = checkedReportSchema.safeParse(src.data);
    if (!r.success) {
      problems.push(...zodProblems(file, r.error.issues, src));
      continue;
    }
    const data = r.data;
    const place = placeProblems(file, f.path, data, src, libraryIds, seen);
    problems.push(...place);

    // Sentences, figures and events are matched in the trimmed body Astro renders, so the build can reuse
    // them (src/data/content.ts) instead of computing them again; `lead` maps its lines back to the file.
    const body = src.body.trim();
    const lead = src.body.slice(0, src.body.length - src.body.trimStart().length).split('\n').length - 1;
    const bodyLine = src.bodyLine + lead;
    const atBody = (line: number | undefined): number => (line === undefined ? src.bodyLine : bodyLine + line - 1);
    // A note in `conversion` or `editorNotes` quoting a passage says the source really is so.
    const notes = compactNote(
      [...data.conversion, ...data.editorNotes.flatMap((n) => [n.text, n.original ?? ''])].join('\n'),
    );
    const acknowledged = (quote: string | undefined): boolean => !!quote && notes.includes(compactNote(quote));

    const bodyProblems = checkBody(body, {
      year: data.year,
      library: data.library,
      traditional: data.script === 'traditional',
      firstLine: bodyLine,
    });
    for (const p of bodyProblems) {
      if (acknowledged(p.acknowledgedBy)) continue;
      problems.push({
        severity: p.severity,
        code: p.code,
        file,
        line: atBody(p.line),
        field: '正文',
        message: p.message,
        hint: p.hint,
      });
    }
    const empty = bodyProblems.some((p) => p.code === 'body/empty');

    const sentences = splitSentences(body);
    const foundAll = new Map<string, Sentence | undefined>();
    for (const fig of Object.values(data.figures)) {
      const found = findSentence(sentences, fig.written, metric(fig.metric).keywords, fig.quote);
      foundAll.set(fig.metric, found);
      // With no text there is nothing to find: the empty body is the one problem to report.
      if (empty) continue;
      const path = ['figures', ...fig.metric.split('.')];
      const whole = found && wholeSentence(sentences, found);
      for (const p of [wordingProblem(fig, found?.text), scopeProblem(fig, whole)]) {
        if (!p) continue;
        const at = p.key ? [...path, p.key] : path;
        problems.push({ severity: 'error', ...p, file, line: src.lineOf(at), field: at.join('.') });
      }
      for (const x of checkFigure({ figure: fig, sentence: found, sentences, firstLine: bodyLine }))
        problems.push({
          severity: x.severity,
          code: x.code,
          file,
          line: src.lineOf(x.at ? [...path, x.at] : path),
          field: fig.metric,
          message: x.message,
          hint: x.hint,
        });
    }
    const markup = options.markup && mayHaveMarkup(body) ? options.markup(body) : undefined;
    if (markup) problems.push(markupAsProblem(file, bodyLine, markup));
    if (place.length) continue;
    // Dates in the 大事记 and in <Event> tags: an impossible or out-of-year date fails the build at its line.
    const extracted = extractEvents(body, { library: data.library, year: data.year, firstLine: bodyLine });
    for (const p of extracted.problems) {
      if (p.severity === 'warning' && acknowledged(p.acknowledgedBy)) continue;
      problems.push({
        severity: p.severity,
        code: p.code,
        file,
        line: atBody(p.line),
        field: p.field,
        message: p.message,
        hint: p.hint,
      });
    }
    parsed.set(f.path, { src, eventIds: new Set(extracted.events.map((e) => e.id)), sentences });
    reports.push({ path: f.path, data, body, bodyLine, found: foundAll, events: extracted.events });
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

/**
 * Markup errors are possible only where the text has `<`, `{` or `}`, or a line starting with
 * import/export: other bodies need not be parsed (most have none of these).
 */
export const mayHaveMarkup = (body: string): boolean => /[<{}]|^\s*(?:import|export)\b/m.test(body);

function markupAsProblem(file: string, bodyLine: number, m: MarkupProblem): Problem {
  return {
    severity: 'error',
    code: 'report/markup',
    file,
    line: m.line === undefined ? undefined : bodyLine + m.line - 1,
    field: '正文',
    message: text(m.zh, m.en),
    hint: text(m.hintZh, m.hintEn),
  };
}

/**
 * The markup problems of checked reports, for the build, which runs this after its cache between builds
 * exists: `isKnownGood(body)` says a body was parsed without a problem by an earlier build of the same
 * code, `remember(body)` records one that was.
 */
export function checkMarkup(
  reports: readonly CheckedFile[],
  markup: (body: string) => MarkupProblem | undefined,
  options: { displayRoot?: string; isKnownGood?: (body: string) => boolean; remember?: (body: string) => void } = {},
): Problem[] {
  const root = options.displayRoot ?? 'content';
  const out: Problem[] = [];
  for (const r of reports) {
    if (!mayHaveMarkup(r.body) || options.isKnownGood?.(r.body)) continue;
    const m = markup(r.body);
    if (m) out.push(markupAsProblem(`${root}/${r.path}`, r.bodyLine, m));
    else options.remember?.(r.body);
  }
  return out;
}
