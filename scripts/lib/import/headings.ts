/**
 * Recognition of section headings as the reports write them, and their MDX heading levels.
 *
 * Styles, from the top:
 * - `cn-dun`        一、概　述            → always `##`
 * - `cn-paren`      （一）政治理论…        → one level below the enclosing `##`
 * - `arabic-paren`  （1）… / (1)…
 * - `arabic-dun`    1、…
 * - `arabic-dot`    1.…
 * Below `##`, levels follow the order in which styles nest within the section (so `1、` directly
 * under `七、` is `###`, and `(1)` under it `####`); headings never skip a level.
 */

/** Marker style of a numbered line. */
export type MarkerStyle = 'cn-dun' | 'cn-paren' | 'arabic-paren' | 'arabic-dun' | 'arabic-dot';

const CN_NUM = '[一二三四五六七八九十]+';
const MARKERS: Array<[MarkerStyle, RegExp]> = [
  ['cn-dun', new RegExp(`^${CN_NUM}、`)],
  ['cn-paren', new RegExp(`^[（(]${CN_NUM}[）)]`)],
  ['arabic-paren', /^[（(]\d{1,2}[）)]/],
  ['arabic-dun', /^\d{1,2}、/],
  ['arabic-dot', /^\d{1,2}[.．](?!\d)/],
];

/** Longest line (in characters) accepted as a heading, per style. */
const MAX_LENGTH: Record<MarkerStyle, number> = {
  'cn-dun': 40,
  'cn-paren': 60,
  'arabic-paren': 32,
  'arabic-dun': 32,
  'arabic-dot': 32,
};

const SENTENCE_STOP = /[。！？；!?;]/;

/**
 * The numbering style a (trimmed) line starts with, or null.
 * @param line trimmed line
 */
export function markerStyle(line: string): MarkerStyle | null {
  for (const [style, re] of MARKERS) if (re.test(line)) return style;
  return null;
}

/**
 * Whether the line reads as a single heading phrase: short enough for its style and with no
 * sentence-final punctuation except possibly one at the very end.
 */
function isHeadingShaped(line: string, style: MarkerStyle): boolean {
  if (line.length > MAX_LENGTH[style]) return false;
  const inner = line.slice(0, -1);
  return !SENTENCE_STOP.test(inner);
}

/**
 * Context-free test: could this line be a heading? (Used to keep headings out of line joining.)
 * Lower-level styles (arabic numbering) additionally need a body line after them, see
 * {@link detectHeadings}.
 * @param line trimmed line
 * @param extraHeadings unnumbered lines that are top-level headings in this source (exact text)
 */
export function looksLikeHeading(line: string, extraHeadings: readonly string[] = []): boolean {
  if (extraHeadings.includes(line)) return true;
  const style = markerStyle(line);
  return style !== null && isHeadingShaped(line, style);
}

/** A heading found by {@link detectHeadings}. */
export interface DetectedHeading {
  /** index into the input array */
  index: number;
  /** MDX heading level, 2–6 */
  level: number;
  style: MarkerStyle | 'extra';
}

/**
 * Finds headings among paragraph lines and assigns MDX levels.
 *
 * - `一、…` and the listed `extraHeadings` are `##` (when short and without inner full stops).
 * - `（一）…` is a heading when short (≤ 60 characters) with no inner sentence-final punctuation.
 * - Arabic-numbered lines (`1、` `（1）` `1.`) are headings only when clearly so: ≤ 32 characters,
 *   a single phrase (a trailing 。 is allowed and kept), and followed by a body line — not by a
 *   sibling item of the same style and not by a higher-level heading. Otherwise they are list-like
 *   paragraphs and stay paragraphs.
 * @param lines trimmed, non-empty paragraph lines in document order
 * @param extraHeadings unnumbered top-level headings of this source, exact text
 */
export function detectHeadings(lines: readonly string[], extraHeadings: readonly string[] = []): DetectedHeading[] {
  const found: DetectedHeading[] = [];
  let stack: MarkerStyle[] = [];
  lines.forEach((line, index) => {
    if (extraHeadings.includes(line)) {
      found.push({ index, level: 2, style: 'extra' });
      stack = [];
      return;
    }
    const style = markerStyle(line);
    if (!style || !isHeadingShaped(line, style)) return;
    if (style === 'cn-dun') {
      found.push({ index, level: 2, style });
      stack = [];
      return;
    }
    if (style !== 'cn-paren') {
      const next = lines[index + 1];
      if (next === undefined) return;
      const nextStyle = markerStyle(next);
      if (nextStyle === style) return;
      if (extraHeadings.includes(next)) return;
      if ((nextStyle === 'cn-dun' || nextStyle === 'cn-paren') && isHeadingShaped(next, nextStyle)) return;
    }
    const at = stack.indexOf(style);
    if (at >= 0) stack = stack.slice(0, at + 1);
    else stack.push(style);
    found.push({ index, level: Math.min(6, 2 + stack.length), style });
  });
  return found;
}
