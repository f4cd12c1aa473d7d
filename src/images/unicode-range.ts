/**
 * CSS `unicode-range` lists ("U+4e00-4e0f,U+20") as code point ranges, and which characters of a text
 * they leave out. The build-time chart renderer draws only with the font files that arrive with the
 * npm dependencies; a character outside their ranges would be drawn with whatever font the build
 * machine has, so it is refused instead. Pure.
 */

/** An inclusive code point range. */
export type CodeRange = readonly [from: number, to: number];

/** Parse a CSS unicode-range value; throws on anything that is not `U+hex` or `U+hex-hex`. */
export function parseUnicodeRange(value: string): CodeRange[] {
  return value
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => {
      const m = /^U\+([0-9a-f]{1,6})(?:-([0-9a-f]{1,6}))?$/i.exec(part);
      if (!m?.[1]) throw new Error(`Not a unicode-range part: "${part}"`);
      const from = parseInt(m[1], 16);
      const to = m[2] ? parseInt(m[2], 16) : from;
      if (to < from) throw new Error(`Empty unicode-range part: "${part}"`);
      return [from, to] as const;
    });
}

/** The distinct characters of `text` that no range covers, in order of first appearance. */
export function uncoveredChars(text: string, ranges: readonly CodeRange[]): string[] {
  const out = new Set<string>();
  for (const ch of text) {
    const cp = ch.codePointAt(0) ?? 0;
    if (!ranges.some(([from, to]) => cp >= from && cp <= to)) out.add(ch);
  }
  return [...out];
}
