/**
 * Every message an author can see, in Chinese (default) and English, in one place.
 * A message says what was found, what is expected, and gives a correct example.
 */
import { FIGURE_EXAMPLES, type FigureErrorCode } from './parse-figure.ts';

export type Lang = 'zh' | 'en';

/** A problem found in content, ready to print. */
export interface Problem {
  readonly severity: 'error' | 'warning';
  /** Stable machine code, e.g. `figure/malformed`. */
  readonly code: string;
  /** File path relative to the project root. */
  readonly file: string;
  /** 1-based line in the file, when known. */
  readonly line?: number | undefined;
  /** The field, e.g. `figures.collection.total`. */
  readonly field?: string | undefined;
  readonly message: Record<Lang, string>;
  /** How to fix it, with an example of a correct value. */
  readonly hint?: Record<Lang, string> | undefined;
}

/** What a check found, before it is placed in a file: severity, stable code, message and fix. */
export interface Finding {
  readonly severity: 'error' | 'warning';
  readonly code: string;
  readonly message: Record<Lang, string>;
  readonly hint: Record<Lang, string>;
}

const forms = FIGURE_EXAMPLES.join('、');
const formsEn = FIGURE_EXAMPLES.join(', ');

/** Why a written figure failed, in both languages. */
export function figureErrorText(code: FigureErrorCode, written: string, unit?: string): Record<Lang, string> {
  const w = JSON.stringify(written);
  const zh: Record<FigureErrorCode, string> = {
    empty: '数字为空',
    'no-number': `${w} 里没有数字`,
    negative: `${w} 是负数；报告中的数量不会是负数（增减请写在 change，如 "-3.2%"）`,
    'not-finite': `${w} 不是有效数字`,
    'bad-grouping': `${w} 的千位分隔符不对（只能每三位一个逗号，如 1,234；或者不写逗号）`,
    'double-qualifier': `${w} 含有两个限定词（约/近/余/多/以上/左右只能用一个）`,
    'bad-order': `${w} 的数位顺序不对（应从大到小，如 1万2千）`,
    'unexpected-text': `${w} 含有无法识别的文字`,
    'unit-mismatch': `${w} 的单位与该指标的单位${unit ? `“${unit}”` : ''}不一致`,
    'not-whole': `${w} 不是整数；该指标只能是整数`,
    ambiguous: `${w} 有歧义（口语“3万5”是 35000，按字面却是 30005），请写完整，如 3.5万 或 3万5千`,
  };
  const en: Record<FigureErrorCode, string> = {
    empty: 'the figure is empty',
    'no-number': `${w} contains no number`,
    negative: `${w} is negative; counts in a report cannot be (put a decrease in change, e.g. "-3.2%")`,
    'not-finite': `${w} is not a valid number`,
    'bad-grouping': `${w} has misplaced thousands separators (one comma every three digits, e.g. 1,234, or none)`,
    'double-qualifier': `${w} has two qualifiers (use only one of 约/近/余/多/以上/左右)`,
    'bad-order': `${w} has its magnitudes out of order (largest first, e.g. 1万2千)`,
    'unexpected-text': `${w} contains text that is not part of a number`,
    'unit-mismatch': `${w} carries a unit that is not the metric's unit${unit ? ` "${unit}"` : ''}`,
    'not-whole': `${w} is not a whole number, and this metric counts whole things`,
    ambiguous: `${w} is ambiguous (spoken "3万5" means 35000, literally 30005); write it in full, e.g. 3.5万 or 3万5千`,
  };
  return { zh: zh[code], en: en[code] };
}

/** The hint shown under every malformed figure. */
export function figureFormsHint(): Record<Lang, string> {
  return {
    zh: `照报告原文填写数字及其限定词，可用的写法：${forms}；或写成对象 { value: "126.38万", change: "+10.66%", period: "2021-01/2021-06", note: "…", discrepancy: "…" }`,
    en: `Write the figure as the report does: ${formsEn}; or as an object { value: "126.38万", change: "+10.66%", period: "2021-01/2021-06", note: "…", discrepancy: "…" }`,
  };
}

/** Render one message template with both languages. */
export function text(zh: string, en: string): Record<Lang, string> {
  return { zh, en };
}

/** Format problems grouped by file, for a terminal or a build error. */
export function formatProblems(problems: readonly Problem[], lang: Lang = 'zh'): string {
  const byFile = new Map<string, Problem[]>();
  for (const p of problems) byFile.set(p.file, [...(byFile.get(p.file) ?? []), p]);
  const label =
    lang === 'zh'
      ? { error: '错误', warning: '提醒', field: '字段', fix: '改法' }
      : { error: 'error', warning: 'warning', field: 'field', fix: 'fix' };
  const out: string[] = [];
  for (const [file, list] of [...byFile].sort(([a], [b]) => a.localeCompare(b))) {
    out.push(`\n${file}`);
    for (const p of list) {
      const where = p.line ? `${file}:${p.line}` : file;
      out.push(`  ${label[p.severity]} ${where}${p.field ? `  ${label.field} ${p.field}` : ''}`);
      out.push(`    ${p.message[lang]}`);
      if (p.hint) out.push(`    ${label.fix}：${p.hint[lang]}`.replace('：', lang === 'zh' ? '：' : ': '));
    }
  }
  return out.join('\n');
}
