/**
 * What the parsers said about a file, as problems an author can act on: zod's issues at the line of their
 * field, with the value written and a correct example; YAML slips (src/check/yaml-lint.ts) and syntax
 * errors (src/check/yaml-errors.ts) at the line that caused them, as lines of the file. Pure.
 */
import type { z } from 'astro/zod';
import { reportShape } from '../schemas/report.ts';
import type { IssueParams } from '../schemas/issue.ts';
import { text, type Lang, type Problem } from '../lib/model/messages.ts';
import { suggest } from '../lib/suggest.ts';
import type { ParsedSource } from './frontmatter.ts';
import { explainYamlError } from './yaml-errors.ts';
import { lintYaml } from './yaml-lint.ts';

/** Correct examples of each top-level field, shown when one is missing or mistyped. */
export const FIELD_EXAMPLES: Record<string, string> = {
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
  changelog: 'changelog: [{ date: 2026-11-21, kind: added }, { date: 2026-12-01, kind: corrected, note: 改了什么 }]',
};

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

/** zod issues of a library or report as author-facing problems, at the line of the field. */
export function zodProblems(file: string, issues: readonly z.core.$ZodIssue[], src: ParsedSource): Problem[] {
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
    } else if (field && issue.message.startsWith(field))
      message = text(issue.message, issue.message); // a custom message that names its field already
    else message = text(`${field ?? ''}：${issue.message}`, `${field ?? ''}: ${issue.message}`);
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

/**
 * The YAML of a parsed file: its slips (a full-width colon, a tab …) and, when there are none, the
 * parser's errors explained. Empty when the YAML is fine. Slips come first because they make the parser
 * report something else, lines away.
 */
export function yamlProblems(file: string, src: ParsedSource): Problem[] {
  const shown = (line: number): number => line + src.yamlOffset;
  if (src.syntaxErrors.some((e) => e.code === 'missing-frontmatter'))
    return [
      {
        severity: 'error',
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
      },
    ];
  const slips = lintYaml(src.yaml);
  if (slips.length)
    return slips.map((s) => ({
      severity: 'error' as const,
      code: s.code,
      file,
      line: shown(s.line),
      message: s.message,
      hint: s.hint,
    }));
  const seen = new Set<string>();
  return src.syntaxErrors.flatMap((e) => {
    const x = explainYamlError(e, src.yaml);
    // One cause often yields two parser errors at one line: say it once.
    const key = `${x.line}:${x.message.zh}`;
    if (seen.has(key)) return [];
    seen.add(key);
    return [
      { severity: 'error' as const, code: 'yaml/syntax', file, line: shown(x.line), message: x.message, hint: x.hint },
    ];
  });
}
