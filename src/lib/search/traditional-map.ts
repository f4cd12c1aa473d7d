/**
 * Light Traditional → Simplified normalisation of search queries. Pure.
 *
 * The site's text is Simplified; a reader may type Traditional (圖書館). Instead of shipping a full
 * converter to the browser, the build derives a small character map — only the Traditional forms of
 * characters that occur in the site's text — and the search page applies it to the query. Character
 * level only: enough for 圖書館 → 图书馆, 讀書驛站 → 读书驿站.
 */

/** Traditional character → Simplified character. */
export type CharMap = Readonly<Record<string, string>>;

/**
 * The map for a corpus: for each distinct character of `text`, its forms under each `toTraditional`
 * converter that differ from it. Sorted keys, so the output is stable.
 */
export function traditionalMap(text: string, toTraditional: readonly ((s: string) => string)[]): CharMap {
  const chars = [...new Set([...text].filter((c) => /\p{Script=Han}/u.test(c)))];
  const pairs = new Map<string, string>();
  for (const c of chars) {
    for (const convert of toTraditional) {
      const t = convert(c);
      if (t !== c && [...t].length === 1 && !pairs.has(t)) pairs.set(t, c);
    }
  }
  return Object.fromEntries([...pairs].sort(([a], [b]) => a.localeCompare(b)));
}

/**
 * The distinct characters of many strings, in order of first appearance: what
 * `[...new Set(strings.flatMap((s) => [...s]))].join('')` gives, without spreading a whole corpus into
 * one array of characters. Each string is read as `for…of` reads it (a surrogate pair is one character, a
 * lone surrogate one of its own), and `traditionalMap` only depends on this sequence.
 */
export class DistinctChars {
  /** Seen UTF-16 code units (characters of the Basic Multilingual Plane and lone surrogates). */
  private readonly units = new Uint8Array(0x10000);
  /** Seen surrogate pairs (characters beyond the Basic Multilingual Plane, such as 𠮷). */
  private readonly pairs = new Set<string>();
  private readonly chars: string[] = [];

  add(s: string): void {
    for (let i = 0; i < s.length; i++) {
      const unit = s.charCodeAt(i);
      if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < s.length) {
        const next = s.charCodeAt(i + 1);
        if (next >= 0xdc00 && next <= 0xdfff) {
          const pair = s.slice(i, i + 2);
          i++;
          if (!this.pairs.has(pair)) {
            this.pairs.add(pair);
            this.chars.push(pair);
          }
          continue;
        }
      }
      if (this.units[unit] === 0) {
        this.units[unit] = 1;
        this.chars.push(String.fromCharCode(unit));
      }
    }
  }

  /** The characters seen so far, in order of first appearance, as one string. */
  text(): string {
    return this.chars.join('');
  }
}

/** The map as a compact string of pairs (`圖图書书…`), for a data attribute. */
export const encodeMap = (map: CharMap): string =>
  Object.entries(map)
    .map(([t, s]) => t + s)
    .join('');

/** Inverse of `encodeMap`. */
export function decodeMap(encoded: string): CharMap {
  const chars = [...encoded];
  const out: Record<string, string> = {};
  for (let i = 0; i + 1 < chars.length; i += 2) out[chars[i] as string] = chars[i + 1] as string;
  return out;
}

/** The query with every mapped Traditional character replaced, trimmed and with runs of spaces collapsed. */
export function normaliseQuery(query: string, map: CharMap): string {
  return [...query.trim().replace(/[\s\u3000]+/g, ' ')].map((c) => map[c] ?? c).join('');
}
