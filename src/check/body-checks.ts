/**
 * Checks of a report's text that stop the build: an empty body, the `new-report` skeleton left in place,
 * a paragraph or section pasted twice, a Traditional-script paragraph, a 大事记 heading without its `##`.
 * Each names its line in the body and the fix. Pure: the body and a little of the frontmatter in,
 * problems out (lines 1-based in the body; src/check/check-content.ts maps them to the file).
 */
import { text, type Finding } from '../lib/model/messages.ts';
import { BODY_PLACEHOLDER, skeletonHeadings } from './skeleton-text.ts';
import { traditionalCount } from './traditional.ts';

/** A problem in the body. */
export interface BodyProblem extends Finding {
  /** 1-based line in the body; undefined for the body as a whole. */
  readonly line?: number | undefined;
  /** A `conversion` note quoting this text acknowledges the problem (the source really is so). */
  readonly acknowledgedBy?: string | undefined;
}

/** What the body checks need of the report besides its text. */
export interface BodyContext {
  readonly year: number;
  /** `script: traditional` in the frontmatter: the library publishes in Traditional script. */
  readonly traditional: boolean;
  readonly library: string;
  /** The file line of the body's first line, for line numbers written inside messages. Default 1. */
  readonly firstLine?: number | undefined;
}

const HEADING = /^(#{1,6})\s+(.*?)\s*#*\s*$/;
const COMMENT = /^\s*\{\/\*[\s\S]*?\*\/\}\s*$/;
const compact = (s: string): string =>
  s
    .replace(/<\/?[A-Za-z][^>]*>/g, '')
    .replace(/[\s\u3000*_`\\]/g, '')
    .trim();

/** The body's blocks: runs of non-blank lines, each with its first line and whether it is a heading. */
function blocks(lines: readonly string[]): { text: string; line: number; end: number; heading?: [number, string] }[] {
  const out: { text: string; line: number; end: number; heading?: [number, string] }[] = [];
  let start = -1;
  const flush = (end: number): void => {
    if (start < 0) return;
    const raw = lines.slice(start, end).join('\n');
    if (!COMMENT.test(raw)) out.push({ text: raw, line: start + 1, end });
    start = -1;
  };
  lines.forEach((l, i) => {
    const h = HEADING.exec(l);
    if (h) {
      flush(i);
      out.push({ text: l, line: i + 1, end: i + 1, heading: [h[1]?.length ?? 2, h[2] ?? ''] });
    } else if (l.trim() === '') flush(i);
    else if (start < 0) start = i;
  });
  flush(lines.length);
  return out;
}

function emptyBody(parts: ReturnType<typeof blocks>): BodyProblem[] {
  if (parts.some((b) => !b.heading)) return [];
  return [
    {
      severity: 'error',
      code: 'body/empty',
      message: parts.length
        ? text('正文为空：只有章节标题，没有报告的文字', 'The text is empty: headings only, no report text')
        : text('正文为空：第二个 --- 下面没有报告的文字', 'The text is empty: nothing follows the second ---'),
      hint: text(
        '把报告全文粘贴到第二个 --- 下面（每段之间空一行），或用 npm run import 从原文件生成',
        'Paste the full report text below the second --- (a blank line between paragraphs), or generate it with npm run import',
      ),
    },
  ];
}

function skeletonLeft(parts: ReturnType<typeof blocks>, ctx: BodyContext): BodyProblem[] {
  const out: BodyProblem[] = [];
  for (const b of parts.filter((x) => x.text.includes(BODY_PLACEHOLDER)))
    out.push({
      severity: 'error',
      code: 'body/skeleton-placeholder',
      line: b.line,
      message: text(`模板的占位文字还在：“${BODY_PLACEHOLDER}”`, 'The skeleton placeholder is still there'),
      hint: text('删掉这一行，换成报告原文', 'Replace this line with the report text'),
    });
  const names = new Set(skeletonHeadings(ctx.year));
  parts.forEach((b, i) => {
    if (!b.heading || !names.has(b.heading[1])) return;
    const next = parts[i + 1];
    if (next && !(next.heading && next.heading[0] <= b.heading[0])) return;
    out.push({
      severity: 'error',
      code: 'body/skeleton-heading',
      line: b.line,
      message: text(
        `章节标题“${b.heading[1]}”下面什么都没有：这是模板留下的标题吗？`,
        `Nothing follows the heading "${b.heading[1]}": was it left over from the skeleton?`,
      ),
      hint: text(
        '原文没有这一部分就删掉这个标题；有的话把原文这一部分粘贴在标题下面',
        'Delete the heading if the report has no such part; otherwise paste that part below it',
      ),
    });
  });
  return out;
}

/** Blocks of at least this many characters that occur twice are a paste, not a coincidence. */
const MIN_REPEAT = 20;

function repeated(parts: ReturnType<typeof blocks>, ctx: BodyContext): BodyProblem[] {
  const fileLine = (n: number | undefined): number => (n ?? 1) + (ctx.firstLine ?? 1) - 1;
  const first = new Map<string, number>();
  const repeats: { at: number; of: number }[] = [];
  parts.forEach((b, i) => {
    const key = compact(b.heading ? b.heading[1] : b.text);
    if (key.length < (b.heading ? 4 : MIN_REPEAT)) return;
    const seen = first.get(key);
    if (seen === undefined) first.set(key, i);
    else repeats.push({ at: i, of: seen });
  });
  // Consecutive repeated blocks are one pasted passage: one message per passage.
  const runs: { at: number; of: number; n: number }[] = [];
  for (const r of repeats) {
    const last = runs[runs.length - 1];
    if (last && r.at === last.at + last.n && r.of === last.of + last.n) last.n++;
    else runs.push({ ...r, n: 1 });
  }
  return runs
    .filter((r) => r.n > 1 || !parts[r.at]?.heading)
    .map((r) => {
      const a = parts[r.at];
      const b = parts[r.of];
      const z = parts[r.at + r.n - 1];
      const opening = compact(a?.heading ? (parts[r.at + 1]?.text ?? '') : (a?.text ?? '')).slice(0, 12);
      const span =
        r.n > 1 ? `第 ${fileLine(a?.line)}–${fileLine(z?.end)} 行（${r.n} 段）` : `第 ${fileLine(a?.line)} 行这一段`;
      return {
        severity: 'error' as const,
        code: 'body/repeated',
        line: a?.line,
        message: text(
          `${span}与第 ${fileLine(b?.line)} 行起的内容一字不差：正文是不是粘贴了两次？`,
          `${r.n > 1 ? `Lines ${fileLine(a?.line)}–${fileLine(z?.end)} (${r.n} blocks) repeat` : `The paragraph at line ${fileLine(a?.line)} repeats`} the text from line ${fileLine(b?.line)} word for word: was the text pasted twice?`,
        ),
        hint: text(
          `删掉重复的部分。若原文确实重复，在 conversion 中写一条说明，引用这一段的开头“${opening}”，例如：原文“${opening}……”一段重复出现，照原样保留`,
          `Delete the repeat. If the source really repeats it, add a conversion note quoting its opening “${opening}”`,
        ),
        acknowledgedBy: opening,
      };
    });
}

function traditional(parts: ReturnType<typeof blocks>, ctx: BodyContext): BodyProblem[] {
  if (ctx.traditional) return [];
  const found = parts.filter((b) => {
    const { traditional: n, han } = traditionalCount(b.text);
    return n >= 3 && n >= 0.1 * han;
  });
  const first = found[0];
  if (!first) return [];
  const lines = found.map((b) => b.line + (ctx.firstLine ?? 1) - 1);
  return [
    {
      severity: 'error',
      code: 'body/traditional',
      line: first.line,
      message: text(
        `${found.length} 段是繁体字（第 ${lines.slice(0, 8).join('、')}${lines.length > 8 ? ' 等' : ''} 行），如“${compact(first.text).slice(0, 16)}”`,
        `${found.length} paragraphs are in Traditional script (lines ${lines.slice(0, 8).join(', ')}${lines.length > 8 ? ', …' : ''})`,
      ),
      hint: text(
        `网站的报告用简体字：用 npm run import -- <原文件> --library ${ctx.library} --year ${ctx.year} 重新生成正文（自动转为简体，并在 conversion 中注明）；若这个馆的报告原本就用繁体发布、要照原样保留，在 frontmatter 中写 script: traditional`,
        `Reports are in Simplified script: regenerate the text with npm run import (it converts and notes it under conversion); if the library publishes in Traditional script, add script: traditional to the frontmatter`,
      ),
    },
  ];
}

/** A line that reads as the 大事记 heading but is not a Markdown heading: the chronicle would be lost. */
function bareChronicleHeading(lines: readonly string[]): BodyProblem[] {
  const out: BodyProblem[] = [];
  lines.forEach((l, i) => {
    const t = l.trim().replace(/^\*\*(.*)\*\*$/, '$1');
    if (
      !/^(?:[一二三四五六七八九十]+[、.．]|\d+[、.．]|[（(][一二三四五六七八九十\d]+[）)])?\s*\S{0,8}大事记[:：]?$/.test(
        t,
      )
    )
      return;
    out.push({
      severity: 'error',
      code: 'body/chronicle-heading',
      line: i + 1,
      message: text(
        `“${t}”像是大事记的标题，但前面没有 ##：下面的大事记不会进入时间线`,
        `"${t}" reads as the 大事记 heading but is not marked with ##: its entries would not reach the timeline`,
      ),
      hint: text(
        `写成 ## ${t.replace(/[:：]$/, '')}，并在它的上下各空一行`,
        `Write ## ${t.replace(/[:：]$/, '')} with a blank line above and below`,
      ),
    });
  });
  return out;
}

/** Every body problem of one report. */
export function checkBody(body: string, ctx: BodyContext): BodyProblem[] {
  const lines = body.split('\n');
  const parts = blocks(lines);
  const empty = emptyBody(parts);
  if (empty.length) return empty;
  return [
    ...skeletonLeft(parts, ctx),
    ...repeated(parts, ctx),
    ...traditional(parts, ctx),
    ...bareChronicleHeading(lines),
  ];
}
