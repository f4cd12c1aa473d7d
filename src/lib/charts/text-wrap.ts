/**
 * Line breaking for the words drawn into chart images, without a font: each character's advance is
 * estimated (a CJK or full-width character is one em, Latin ones less, generously), lines break between
 * CJK characters, at spaces, or inside a word longer than the line (a URL), and closing punctuation never
 * starts a line. Pure, so a layout is the same wherever it is computed (./image-layout.ts).
 */

/** CJK, Hangul, full-width forms: one em wide, and a line may break before any of them. */
const WIDE =
  /[\u1100-\u11ff\u2e80-\ua4cf\uac00-\ud7af\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\u{20000}-\u{3fffd}]/u;

/** Estimated advance of one character, in ems: wide for CJK and full-width forms, generous for Latin. */
function advance(ch: string): number {
  if (WIDE.test(ch) || ch === '“' || ch === '”' || ch === '—' || ch === '…') return 1;
  if (ch === ' ') return 0.3;
  if (/[mwMW@%]/.test(ch)) return 0.95;
  if (/[A-Z]/.test(ch)) return 0.72;
  return 0.62;
}

/** Estimated width of `text` at `size` px (never below what Noto Sans SC or a system CJK font draws). */
export const textWidth = (text: string, size: number): number => [...text].reduce((w, ch) => w + advance(ch) * size, 0);

/** Closing punctuation never starts a line: it stays with the character before it. */
const CLOSING = new Set([...'，。、；：！？）」』”’》】,.;:!?)']);

/** Break units: a CJK character (with closing punctuation after it), or a run of other characters and its spaces. */
function tokens(text: string): string[] {
  const out: string[] = [];
  let word = '';
  for (const ch of text) {
    if (CLOSING.has(ch) && (word || out.length)) {
      if (word) word += ch;
      else out[out.length - 1] += ch;
    } else if (WIDE.test(ch)) {
      if (word) out.push(word);
      word = '';
      out.push(ch);
    } else if (/\s/.test(ch)) {
      if (word) out.push(word + ch);
      else if (out.length) out[out.length - 1] += ch;
      word = '';
    } else word += ch;
  }
  if (word) out.push(word);
  return out;
}

/** `text` broken into lines no wider than `width`: between CJK characters, at spaces, or inside a long word. */
export function wrapText(text: string, size: number, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const token of tokens(text)) {
    if (textWidth((line + token).trimEnd(), size) <= width) {
      line += token;
      continue;
    }
    if (line) lines.push(line.trimEnd());
    line = '';
    // A word longer than the line (a URL) is cut where it must be.
    for (const ch of token) {
      if (line && textWidth((line + ch).trimEnd(), size) > width) {
        lines.push(line.trimEnd());
        line = '';
      }
      line += ch;
    }
  }
  if (line.trim()) lines.push(line.trimEnd());
  return lines;
}
