/**
 * Composition of the import cleanups: plain source text in, MDX body (without frontmatter) out,
 * plus short Chinese notes on what was done (for the `conversion` frontmatter list).
 */
import { findPinyinGlosses, removePinyinGlosses } from './glosses.ts';
import { toSimplified, type TraditionalVariant } from './simplify.ts';
import { dropPageNumbers, joinBrokenLines, joinHardWraps, splitLines, type LineJoin } from './lines.ts';
import { detectHeadings, looksLikeHeading } from './headings.ts';
import { escapeMdxText, escapeTableCell } from './mdx-escape.ts';
import { findLineTables, renderMarkdownTable } from './tables.ts';

/** Removal of one whole source line, checked against its expected text. */
export interface LineRemoval {
  /** 1-based line number in the source file */
  line: number;
  /** the line's text, trimmed, exactly as in the source */
  expect: string;
}

/** An exact in-line replacement in the source (must not contain line breaks). */
export interface Replacement {
  find: string;
  replace: string;
  /** how often `find` must occur (default 1); the conversion fails otherwise */
  count?: number;
  /** note for the `conversion` list */
  note: string;
}

/** Which cleanups apply to a source. Everything is off unless given. */
export interface ConvertOptions {
  /** 1-based line holding the report's own title: it becomes the frontmatter title and leaves the body */
  titleLine?: number;
  /** whole lines to drop (web-page chrome, stray headings), each with a note */
  removeLines?: Array<{ lines: LineRemoval[]; note: string }>;
  /** exact replacements (e.g. a stray full stop) */
  replacements?: Replacement[];
  /** remove pinyin glosses `動(dòng)` → `動` */
  glosses?: boolean;
  /** convert Traditional → Simplified with opencc-js from this variant */
  simplify?: TraditionalVariant;
  /** passages copied through verbatim (not simplified), e.g. mojibake awaiting hand restoration */
  protect?: Array<{ text: string; line: number }>;
  /** join sentences broken across PDF page breaks, and drop bare page numbers */
  joinBrokenLines?: boolean;
  /** render tab-indented one-cell-per-line tables as Markdown tables */
  tables?: boolean;
  /** unnumbered top-level headings, exact trimmed text after the other cleanups */
  extraHeadings?: string[];
}

/** Output of {@link cleanSourceText}. */
export interface CleanedSource {
  /** cleaned lines, with removed lines (title, chrome) already dropped; blank lines kept */
  lines: string[];
  /** the 1-based line of the source file each of `lines` comes from */
  origin: number[];
  /** the title line after cleanup, if `titleLine` was given */
  title?: string;
  notes: string[];
}

/** Output of {@link convertReport}. */
export interface ConvertResult {
  /** MDX body, ending with a newline */
  body: string;
  title?: string;
  notes: string[];
  /** lines joined, `line` being the line of the source file where the broken sentence starts */
  joins: LineJoin[];
  headings: Array<{ level: number; text: string }>;
  tables: number;
}

function countOccurrences(text: string, find: string): number {
  let n = 0;
  for (let at = text.indexOf(find); at >= 0; at = text.indexOf(find, at + find.length)) n++;
  return n;
}

/**
 * The declared text-level cleanups — line removals, replacements, gloss removal, simplification —
 * without any structural change. The faithfulness check compares the MDX body against this.
 * @param raw source file text
 * @param opts per-source options
 * @throws when a removal or replacement does not match the source exactly
 */
export function cleanSourceText(raw: string, opts: ConvertOptions): CleanedSource {
  const notes: string[] = [];
  const rawLines = splitLines(raw);
  const drop = new Set<number>();

  for (const group of opts.removeLines ?? []) {
    for (const { line, expect } of group.lines) {
      const actual = rawLines[line - 1]?.trim();
      if (actual !== expect) throw new Error(`line ${line}: expected "${expect}", found "${actual}"`);
      drop.add(line - 1);
    }
    notes.push(group.note);
  }

  // dropped lines are blanked first (keeping line numbers) so later cleanups do not count them
  let text = rawLines.map((l, i) => (drop.has(i) ? '' : l)).join('\n');
  for (const r of opts.replacements ?? []) {
    if (/[\r\n]/.test(r.find + r.replace)) throw new Error('replacements must stay within one line');
    const n = countOccurrences(text, r.find);
    if (n !== (r.count ?? 1))
      throw new Error(`replacement "${r.find}": expected ${r.count ?? 1} occurrence(s), found ${n}`);
    text = text.split(r.find).join(r.replace);
    notes.push(r.note);
  }

  if (opts.glosses) {
    const glosses = findPinyinGlosses(text);
    const g0 = glosses[0];
    const first = g0 ? text.slice(text.indexOf(g0) - 1, text.indexOf(g0) + g0.length) : '';
    text = removePinyinGlosses(text);
    notes.push(
      `删除了网页抓取时混入的拼音注音（汉字后括号内的拼音${first ? `，如“${first}”` : ''}），共 ${glosses.length} 处`,
    );
  }

  const protect = (opts.protect ?? []).map((p) => p.text);
  for (const p of opts.protect ?? []) {
    if (!text.includes(p.text)) throw new Error(`protected passage not found: ${p.text}`);
  }
  if (opts.simplify) {
    text = toSimplified(text, opts.simplify, protect);
    notes.push(`用 opencc-js 将繁体字转换为简体字（${opts.simplify === 'tw' ? '台湾' : '香港'}繁体 → 大陆简体）`);
  }
  if (protect.length) {
    const where = [...new Set((opts.protect ?? []).map((p) => `第 ${p.line} 行`))].join('、');
    notes.push(
      `原文有 ${protect.length} 处乱码（${where}，网页抓取所致），照原样保留${opts.simplify ? '、未作繁简转换' : ''}，待人工校订`,
    );
  }

  const lines = splitLines(text);
  if (lines.length !== rawLines.length) throw new Error('cleanup changed the number of lines');
  let title: string | undefined;
  if (opts.titleLine) {
    title = (lines[opts.titleLine - 1] ?? '').trim();
    if (!title) throw new Error(`title line ${opts.titleLine} is empty`);
    drop.add(opts.titleLine - 1);
    notes.push(`原文标题“${title}”用作页面标题，正文不再重复`);
  }
  const kept = lines.filter((_, i) => !drop.has(i));
  const origin = lines.flatMap((_, i) => (drop.has(i) ? [] : [i + 1]));
  return title === undefined ? { lines: kept, origin, notes } : { lines: kept, origin, title, notes };
}

type Block = { kind: 'text'; text: string } | { kind: 'table'; header: string[]; rows: string[][] };

/**
 * Converts one report: declared cleanups ({@link cleanSourceText}), then line joining, tables,
 * headings and MDX escaping. Every non-empty line becomes its own paragraph (so chronicle entries
 * stay one per paragraph); nothing is reworded or dropped beyond the declared cleanups.
 * @param raw source file text
 * @param opts per-source options
 */
export function convertReport(raw: string, opts: ConvertOptions): ConvertResult {
  const cleaned = cleanSourceText(raw, opts);
  const notes = [...cleaned.notes];
  let lines = cleaned.lines;
  let joins: LineJoin[] = [];
  const extra = opts.extraHeadings ?? [];

  if (opts.joinBrokenLines) {
    let origin = cleaned.origin;
    const pages = dropPageNumbers(lines);
    const removed = new Set(pages.removed.map((r) => r.line - 1));
    origin = origin.filter((_, i) => !removed.has(i));
    lines = pages.lines;
    if (pages.removed.length) notes.push(`删除了 PDF 页码行 ${pages.removed.length} 处`);
    const heading = (l: string): boolean => looksLikeHeading(l, extra);
    // Wrapped lines first (no blank line between the pieces), then sentences broken across a page.
    const wrapped = joinHardWraps(lines, heading);
    const wrapOrigin = wrapped.starts.map((k) => origin[k] ?? 0);
    const joined = joinBrokenLines(wrapped.lines, heading);
    lines = joined.lines;
    joins = [
      ...wrapped.joins.map((j) => ({ ...j, line: origin[j.line - 1] ?? j.line })),
      ...joined.joins.map((j) => ({ ...j, line: wrapOrigin[j.line - 1] ?? j.line })),
    ].sort((a, b) => a.line - b.line);
    if (wrapped.joins.length) notes.push(`PDF 换行处断开的句子已接成一行（共 ${wrapped.joins.length} 处），文字未改动`);
    if (joined.joins.length) notes.push(`PDF 分页处断开的句子已接回原段落（共 ${joined.joins.length} 处），文字未改动`);
  }

  const blocks: Block[] = [];
  const tables = opts.tables ? findLineTables(lines) : [];
  let t = 0;
  for (let i = 0; i < lines.length;) {
    const table = tables[t];
    if (table && i === table.start) {
      blocks.push({ kind: 'table', header: table.header, rows: table.rows });
      i = table.end;
      t++;
      continue;
    }
    const text = (lines[i] ?? '').trim();
    if (text) blocks.push({ kind: 'text', text });
    i++;
  }
  if (tables.length) notes.push(`原文逐行排列的 ${tables.length} 个名单（每行一个单元格）整理为表格，文字未改动`);

  const textOf = (b: Block) => (b.kind === 'text' ? b.text : '\u0000table');
  const headingAt = new Map(detectHeadings(blocks.map(textOf), extra).map((h) => [h.index, h.level]));
  const headings: Array<{ level: number; text: string }> = [];
  const out = blocks.map((b, i) => {
    if (b.kind === 'table') return renderMarkdownTable(b.header, b.rows, escapeTableCell);
    const level = headingAt.get(i);
    if (level) {
      headings.push({ level, text: b.text });
      return `${'#'.repeat(level)} ${escapeMdxText(b.text)}`;
    }
    return escapeMdxText(b.text);
  });
  const result: ConvertResult = { body: out.join('\n\n') + '\n', notes, joins, headings, tables: tables.length };
  if (cleaned.title !== undefined) result.title = cleaned.title;
  return result;
}
