/**
 * Line-level repairs for PDF-extracted text: sentences broken across page breaks, and stray
 * page numbers. Nothing inside a line is changed (spacing such as `2023 年` stays as written).
 */

/** Characters after which a line is taken to be complete. */
export const LINE_FINAL = '。！？；：…”’）」』》!?;:.)';

/**
 * Splits text into lines (LF, CRLF or CR), without trimming.
 * @param text whole text
 */
export function splitLines(text: string): string[] {
  return text.replace(/\r\n?/g, '\n').split('\n');
}

/**
 * Whether a (trimmed) line ends with sentence-final punctuation, i.e. cannot be a sentence
 * broken off in the middle.
 * @param line the line
 */
export function endsComplete(line: string): boolean {
  const t = line.trimEnd();
  return t.length === 0 || LINE_FINAL.includes(t.slice(-1));
}

/**
 * Whether a line is a bare page number as PDF extraction leaves them (`12`, `- 12 -`, `第 3 页`).
 * @param line the line
 */
export function isPageNumber(line: string): boolean {
  const t = line.trim();
  return /^[-—–\s]*\d{1,3}[-—–\s]*$/.test(t) || /^第\s*\d{1,3}\s*页(\s*[,，/]\s*共\s*\d{1,3}\s*页)?$/.test(t);
}

/** One repair made by {@link joinBrokenLines}. */
export interface LineJoin {
  /** 1-based index (in the input array) of the line that was continued */
  line: number;
  /** end of the broken line */
  before: string;
  /** start of the continuation */
  after: string;
}

/**
 * Joins sentences broken by page breaks: a non-empty line that does not end with sentence-final
 * punctuation, followed by one or more blank lines and then a continuation line, becomes one line.
 * The two pieces are concatenated directly (no space), which is right for Chinese text.
 * Blank lines between paragraphs are otherwise preserved.
 * @param lines input lines (untrimmed)
 * @param isProtected lines for which this returns true (headings, titles) are never joined,
 *   neither as the broken line nor as the continuation
 */
export function joinBrokenLines(
  lines: readonly string[],
  isProtected: (line: string) => boolean = () => false,
): { lines: string[]; joins: LineJoin[] } {
  const out: string[] = [];
  const joins: LineJoin[] = [];
  const lineAt = (k: number): string => lines[k] ?? '';
  let i = 0;
  while (i < lines.length) {
    let current = lineAt(i);
    const startIndex = i;
    i++;
    if (current.trim() === '' || isProtected(current.trim())) {
      out.push(current);
      continue;
    }
    // keep pulling continuations while the accumulated line is unfinished
    for (;;) {
      if (endsComplete(current)) break;
      let j = i;
      while (j < lines.length && lineAt(j).trim() === '') j++;
      if (j === i || j >= lines.length) break; // needs a blank line, then a continuation
      const next = lineAt(j).trim();
      if (isProtected(next)) break;
      joins.push({ line: startIndex + 1, before: current.trim().slice(-8), after: next.slice(0, 8) });
      current = current.trimEnd() + next;
      i = j + 1;
    }
    out.push(current);
  }
  return { lines: out, joins };
}

/**
 * Removes lines that are bare page numbers.
 * @param lines input lines
 * @returns remaining lines and the removed ones (with 1-based input line numbers)
 */
export function dropPageNumbers(lines: readonly string[]): {
  lines: string[];
  removed: Array<{ line: number; text: string }>;
} {
  const removed: Array<{ line: number; text: string }> = [];
  const kept = lines.filter((l, idx) => {
    if (l.trim() !== '' && isPageNumber(l)) {
      removed.push({ line: idx + 1, text: l.trim() });
      return false;
    }
    return true;
  });
  return { lines: kept, removed };
}

/** A line at least this long that stops mid-sentence was wrapped by the PDF's line width. */
const WRAP_WIDTH = 24;
/** A line starting a list item or a new paragraph of its own, never the second half of a wrapped line. */
const ITEM_START = /^(?:[（(]?[一二三四五六七八九十\d]{1,2}[）)、.．]|[一二三四五六七八九十]是|[-—•·●])/;

/**
 * Joins lines hard-wrapped by a PDF's line width (no blank line in between): a long line that stops
 * mid-sentence continues on the next line, unless that line is protected (a heading) or starts a list
 * item. Short lines (a signature, a date) are never joined. Pieces are concatenated directly.
 * `starts` gives, for each output line, the 0-based index of the input line it starts with.
 * @param lines input lines (untrimmed)
 * @param isProtected lines for which this returns true are never joined
 */
export function joinHardWraps(
  lines: readonly string[],
  isProtected: (line: string) => boolean = () => false,
): { lines: string[]; joins: LineJoin[]; starts: number[] } {
  const out: string[] = [];
  const joins: LineJoin[] = [];
  const starts: number[] = [];
  for (let i = 0; i < lines.length; i++) {
    let current = lines[i] ?? '';
    const start = i;
    starts.push(start);
    while (
      current.trim().length >= WRAP_WIDTH &&
      !endsComplete(current) &&
      !isProtected(current.trim()) &&
      (lines[i + 1] ?? '').trim() !== '' &&
      !isProtected((lines[i + 1] ?? '').trim()) &&
      !ITEM_START.test((lines[i + 1] ?? '').trim()) &&
      !/^\t/.test(lines[i + 1] ?? '')
    ) {
      const next = (lines[i + 1] ?? '').trim();
      joins.push({ line: start + 1, before: current.trim().slice(-8), after: next.slice(0, 8) });
      current = current.trimEnd() + next;
      i++;
    }
    out.push(current);
  }
  return { lines: out, joins, starts };
}
