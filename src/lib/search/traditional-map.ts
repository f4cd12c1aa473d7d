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
