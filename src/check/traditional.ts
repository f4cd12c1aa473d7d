/**
 * How much of a text is in Traditional script: the Han characters that opencc-js (the converter the
 * importer uses, Taiwan → mainland preset) would change, character by character. Pure apart from a memo.
 */
import * as OpenCC from 'opencc-js/t2cn';

const toSimplified: (s: string) => string = OpenCC.Converter({ from: 'tw', to: 'cn' });
/**
 * Characters the character-level conversion changes although they are also ordinary Simplified
 * characters (著作, 乾隆): not evidence of Traditional script on their own.
 */
const ALSO_SIMPLIFIED = new Set(['著', '乾', '夥', '甦', '瞭']);
const memo = new Map<string, boolean>();
const HAN = /\p{Script=Han}/u;

/** True when `ch` is a Traditional-only character (one the converter changes). */
export function isTraditionalChar(ch: string): boolean {
  let t = memo.get(ch);
  if (t === undefined) {
    t = !ALSO_SIMPLIFIED.has(ch) && toSimplified(ch) !== ch;
    memo.set(ch, t);
  }
  return t;
}

/** Traditional-only characters and all Han characters in `text`. */
export function traditionalCount(text: string): { traditional: number; han: number } {
  let traditional = 0;
  let han = 0;
  for (const ch of text) {
    if (!HAN.test(ch)) continue;
    han++;
    if (isTraditionalChar(ch)) traditional++;
  }
  return { traditional, han };
}
