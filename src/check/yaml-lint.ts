/**
 * Typing slips in YAML that the parser either accepts silently (`total：364565` under `collection:` is a
 * valid string) or reports lines away as an indentation error: a full-width colon or comma, no space after
 * a colon, a tab or a full-width space as indentation, full-width braces. Each is found at its own line,
 * with the corrected line as the fix. Pure: YAML text in, problems with 1-based lines of that text out.
 */
import { text, type Lang } from '../lib/model/messages.ts';

/** One slip, at a line of the YAML text. */
export interface YamlSlip {
  readonly code: string;
  readonly line: number;
  readonly message: Record<Lang, string>;
  readonly hint: Record<Lang, string>;
}

/** `key` or `- key` at the start of a line (keys in these files are ASCII). */
const KEY = String.raw`^([ ]*(?:-[ ]+)?)([A-Za-z][\w.-]*)`;
const FULL_WIDTH_COLON = new RegExp(`${KEY}[ \\u3000]*：[ \\u3000]*`);
const NO_SPACE = new RegExp(`${KEY}:(?=[^\\s:/])`);

function slip(code: string, line: number, zh: string, en: string, fixed: string): YamlSlip {
  return {
    code,
    line,
    message: text(zh, en),
    hint: text(`改成：${fixed.trimEnd()}`, `Write: ${fixed.trimEnd()}`),
  };
}

/** Lines that belong to a block scalar (`key: |` or `key: >` and the more-indented lines after it). */
function blockScalarLines(lines: readonly string[]): Set<number> {
  const out = new Set<number>();
  for (let i = 0; i < lines.length; i++) {
    const m = /^( *)(?:- +)?[^#]*:\s*[|>][+-]?\d*\s*(?:#.*)?$/.exec(lines[i] ?? '');
    if (!m) continue;
    const indent = (m[1] ?? '').length;
    for (let j = i + 1; j < lines.length; j++) {
      const l = lines[j] ?? '';
      if (l.trim() !== '' && l.length - l.trimStart().length <= indent) break;
      out.add(j);
    }
  }
  return out;
}

/** Every slip in `yaml`, in line order. */
export function lintYaml(yaml: string): YamlSlip[] {
  const lines = yaml.split('\n');
  const skip = blockScalarLines(lines);
  const out: YamlSlip[] = [];
  lines.forEach((l, i) => {
    const line = i + 1;
    if (skip.has(i) || /^\s*(?:#|$)/.test(l)) return;
    const lead = /^[ \t\u3000]*/.exec(l)?.[0] ?? '';
    if (lead.includes('\u3000')) {
      const fixed = lead.replace(/\u3000/g, '  ').replace(/\t/g, '  ') + l.slice(lead.length);
      out.push(
        slip(
          'yaml/full-width-space',
          line,
          '行首有全角空格：YAML 的缩进只能用半角空格',
          'The line is indented with full-width spaces; YAML indentation takes ASCII spaces only',
          fixed,
        ),
      );
      return;
    }
    if (lead.includes('\t')) {
      out.push(
        slip(
          'yaml/tab',
          line,
          '行首有 Tab：YAML 的缩进只能用空格（同一级对齐，下一级多两个空格）',
          'The line is indented with a tab; YAML indentation takes spaces (two more per level)',
          lead.replace(/\t/g, '  ') + l.slice(lead.length),
        ),
      );
      return;
    }
    const fw = FULL_WIDTH_COLON.exec(l);
    if (fw) {
      const fixed = `${fw[1] ?? ''}${fw[2] ?? ''}: ${l.slice(fw[0].length)}`;
      out.push(
        slip(
          'yaml/full-width-colon',
          line,
          `${fw[2] ?? ''} 后面是全角冒号“：”：把全角冒号改成半角冒号加空格`,
          `${fw[2] ?? ''} is followed by a full-width colon "："; use an ASCII colon and a space`,
          fixed,
        ),
      );
      return;
    }
    const ns = NO_SPACE.exec(l);
    if (ns) {
      const fixed = `${ns[1] ?? ''}${ns[2] ?? ''}: ${l.slice(ns[0].length)}`;
      out.push(
        slip(
          'yaml/no-space',
          line,
          `${ns[2] ?? ''} 的冒号后面没有空格：YAML 会把整行当成一段文字`,
          `There is no space after the colon of ${ns[2] ?? ''}; YAML reads the whole line as text`,
          fixed,
        ),
      );
      return;
    }
    if (/[{｛]/.test(l) && /｛|｝|，\s*[A-Za-z]\w*\s*[:：]|\b[A-Za-z]\w*\s*：/.test(l)) {
      const fixed = l
        .replace(/｛/g, '{')
        .replace(/｝/g, '}')
        .replace(/，(\s*[A-Za-z]\w*\s*[:：])/g, ', $1')
        .replace(/\b([A-Za-z]\w*)\s*：\s*/g, '$1: ')
        .replace(/, +/g, ', ');
      out.push(
        slip(
          'yaml/full-width-in-braces',
          line,
          '花括号 { } 里用了全角符号（，：｛｝）：花括号、逗号、冒号都要用半角',
          'The braces use full-width punctuation (，：｛｝); braces, commas and colons must be ASCII',
          fixed,
        ),
      );
    }
  });
  return out;
}
