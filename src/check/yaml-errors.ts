/**
 * The YAML parser's errors (library `yaml`, English, sometimes a line or two after the cause) as a staff
 * member needs them: what is wrong in Chinese, at the line that caused it, the usual cause and the fix.
 * Pure: the parser's error code, message and line, and the YAML text, in; the author-facing text out.
 */
import { text, type Lang } from '../lib/model/messages.ts';

/** A parser error as `frontmatter.ts` keeps it. */
export interface YamlParseError {
  /** The `yaml` library's code (`BAD_INDENT`, `MISSING_CHAR`, …). */
  readonly code: string;
  /** 1-based line of the YAML text where the parser noticed it. */
  readonly line: number;
  /** The parser's own (English) message. */
  readonly message: string;
}

/** An explained error, at the line that caused it (1-based in the YAML text). */
export interface ExplainedYamlError {
  readonly line: number;
  readonly message: Record<Lang, string>;
  readonly hint: Record<Lang, string>;
}

const lineAt = (lines: readonly string[], n: number): string => lines[n - 1] ?? '';
const quote = (l: string): string => `“${l.trim().slice(0, 40)}”`;

/** The last line at or before `from` that opens a `{` or `[` it does not close. */
function unclosedFlowLine(lines: readonly string[], from: number): number | undefined {
  for (let n = Math.min(from, lines.length); n >= 1; n--) {
    const l = lineAt(lines, n).replace(/"(?:[^"\\]|\\.)*"|'(?:[^']|'')*'/g, '');
    const open = (l.match(/[{[]/g) ?? []).length;
    const close = (l.match(/[}\]]/g) ?? []).length;
    if (open > close) return n;
  }
  return undefined;
}

/** The first line whose value opens a quote it does not close. */
function unbalancedQuoteLine(lines: readonly string[]): number | undefined {
  const i = lines.findIndex((l) => {
    const value = l.replace(/^[^:]*:\s*/, '');
    return (
      (/^"/.test(value) && !/^"(?:[^"\\]|\\.)*"/.test(value)) || (/^'/.test(value) && !/^'(?:[^']|'')*'/.test(value))
    );
  });
  return i < 0 ? undefined : i + 1;
}

/** Explain one parser error of `yaml`. */
export function explainYamlError(e: YamlParseError, yaml: string): ExplainedYamlError {
  const lines = yaml.split('\n');
  const original = text(`（解析器原文：${e.message}）`, `(parser: ${e.message})`);
  const at = (line: number, zh: string, en: string, hintZh: string, hintEn: string): ExplainedYamlError => ({
    line,
    message: text(`YAML 格式错误：${zh}${original.zh}`, `YAML syntax error: ${en} ${original.en}`),
    hint: text(hintZh, hintEn),
  });
  const flow = /flow|Flow|[{}[\]]/.test(e.message);
  if (e.code === 'MISSING_CHAR' && /quote/.test(e.message)) {
    const line = unbalancedQuoteLine(lines) ?? e.line;
    return at(
      line,
      `第 ${line} 行的引号没有配对：${quote(lineAt(lines, line))}`,
      `the quote opened on this line is never closed`,
      '在这段文字末尾补上同样的引号（英文双引号 "…"）；文字里本身有双引号时，整段改用单引号 \'…\' 包住',
      'Close the quote at the end of the text ("…"); if the text itself contains ", wrap it in single quotes',
    );
  }
  if (flow && (e.code === 'MISSING_CHAR' || e.code === 'BAD_INDENT' || e.code === 'UNEXPECTED_TOKEN')) {
    const line = unclosedFlowLine(lines, e.line) ?? e.line;
    return at(
      line,
      `花括号 { } 或方括号 [ ] 没有配对：${quote(lineAt(lines, line))}`,
      'a { or [ is not closed',
      '花括号要写在同一行并成对：{ value: "126.38万", note: "…" }；括号、逗号、冒号都用半角',
      'Write the braces on one line and close them: { value: "126.38万", note: "…" }, with ASCII punctuation',
    );
  }
  switch (e.code) {
    case 'BAD_INDENT':
      return at(
        e.line,
        `缩进不对：${quote(lineAt(lines, e.line))} 前面的空格数和同一级的其他行不一样`,
        'the indentation of this line does not match its siblings',
        '同一级的行左边对齐（空格数相同），下一级比上一级多两个空格；不要用 Tab 或全角空格',
        'Align siblings (same number of spaces); a child takes two more spaces than its parent; no tabs',
      );
    case 'DUPLICATE_KEY': {
      const key = /^\s*(?:-\s+)?([^:]+):/.exec(lineAt(lines, e.line))?.[1]?.trim() ?? '';
      return at(
        e.line,
        `字段 ${key} 写了两次`,
        `the field ${key} is written twice`,
        '同一级里每个字段只能写一次：删掉一个，或把两处合并',
        'Each field appears once at its level: delete one or merge them',
      );
    }
    case 'TAB_AS_INDENT':
      return at(
        e.line,
        '行首有 Tab',
        'the line is indented with a tab',
        '用空格缩进：同一级对齐，下一级多两个空格',
        'Indent with spaces: two more per level',
      );
    case 'BAD_SCALAR_START':
      return at(
        e.line,
        `值不能以这个符号开头：${quote(lineAt(lines, e.line))}`,
        'a plain value cannot start with this character',
        '把冒号后面的整段文字用英文双引号包起来，如 title: "@北海市图书馆"',
        'Wrap the whole value in double quotes, e.g. title: "@…"',
      );
    case 'BAD_DQ_ESCAPE':
      return at(
        e.line,
        '双引号里的反斜杠 \\ 后面跟了无效的字符',
        'a backslash inside double quotes starts an invalid escape',
        "双引号里的 \\ 写成 \\\\，或把整段改用单引号 '…' 包住",
        "Write \\\\ for a backslash inside double quotes, or use single quotes '…'",
      );
    case 'BLOCK_AS_IMPLICIT_KEY':
    case 'MULTILINE_IMPLICIT_KEY': {
      const l = lineAt(lines, e.line);
      const colonInValue = /^[^:#]*:\s+\S[^#]*:\s/.test(l);
      return colonInValue
        ? at(
            e.line,
            `这一行的值里又有“冒号加空格”：${quote(l)}`,
            'the value on this line contains another colon followed by a space',
            '把冒号后面的整段文字用英文双引号包起来，如 title: "年报: 2022"（或把值里的冒号改成全角“：”）',
            'Wrap the value in double quotes, e.g. title: "Report: 2022"',
          )
        : at(
            e.line,
            `这一行不是“字段: 值”的写法：${quote(l)}`,
            'this line is not written as "field: value"',
            '通常是冒号漏了、冒号后面少了空格、用了全角冒号“：”，或上一行的引号、括号没有闭合；每个字段写成 名称: 值（半角冒号加一个空格）',
            'Usually a missing colon, no space after it, a full-width colon, or an unclosed quote or bracket on the line before; write name: value',
          );
    }
    default:
      return at(
        e.line,
        '这一行无法识别',
        'this line cannot be read',
        '检查这一行及上一行：冒号后要有空格；同级字段缩进对齐（用空格，不用 Tab）；含冒号或 # 的文字要加引号',
        'Check this line and the one before: a space after each colon, aligned indentation (spaces, not tabs), quotes around text containing : or #',
      );
  }
}
