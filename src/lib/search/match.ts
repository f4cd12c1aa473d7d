/**
 * Which of Pagefind's results really contain the query. Pure.
 *
 * Pagefind answers a query with the pages that hold every term — but a term that matches no word of
 * an index is dropped from that index's search (and one with no word starting with it falls back to
 * the longest indexed word it starts with), so the index returns pages that hold only the other terms.
 * On one index that happens only for a term the whole site lacks; a site indexed in parts
 * (src/lib/search/index-parts.ts) is searched part by part, and a part that lacks a term the site has answers
 * with loose matches: 志愿者 (searched as 志愿 + 者) in a part of compare tables finds pages with 读者. Pagefind
 * has no option to turn this off (Pagefind issues #599, #780), so the search page checks each result's
 * text against the query's terms and drops those that miss one.
 */

/** Splits a string into words, like `Intl.Segmenter(…, { granularity: 'word' })`. */
export type Segment = (text: string) => Iterable<string>;

/** Scripts written without spaces: their terms are found anywhere in the text, as Pagefind indexes their sub-words. */
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
/** The punctuation Pagefind removes from a query (every class but connectors such as `_`). */
const PUNCTUATION = /[\p{Pd}\p{Pe}\p{Pf}\p{Pi}\p{Po}\p{Ps}]/gu;

/** Lower case without diacritics (Pagefind matches `zurich` to `Zürich`). */
const fold = (s: string): string => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/**
 * The terms Pagefind searches for a query: its words (`segment` should be the word segmenter Pagefind
 * uses, `Intl.Segmenter` for the index language), without punctuation, lower-cased and folded.
 */
export function queryTerms(query: string, segment: Segment): string[] {
  const terms: string[] = [];
  for (const word of segment(query)) {
    const term = fold(word.replace(PUNCTUATION, '').replace(/\s+/g, ''));
    if (term && !terms.includes(term)) terms.push(term);
  }
  return terms;
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** `newRegistered` → `new Registered`, `HTMLParser` → `HTML Parser`: Pagefind indexes the parts as words too. */
const splitCamelCase = (s: string): string => s.replace(/(\p{Ll})(\p{Lu})|(\p{Lu})(\p{Lu}\p{Ll})/gu, '$1$3 $2$4');

/**
 * Whether `text` (a result's content and metadata) contains every term: a CJK term anywhere (spaces
 * in the text ignored), any other term at the start of a word, as Pagefind matches prefixes (`libr`
 * finds `library`) — a word as written (`newregistered`), a part of one (`registered`), or one with
 * its punctuation ignored (`dont` finds `don't`).
 */
export function containsTerms(text: string, terms: readonly string[]): boolean {
  const folded = fold(text);
  const solid = folded.replace(/\s+/g, '');
  const words = [folded, folded.replace(PUNCTUATION, ''), fold(splitCamelCase(text))];
  return terms.every((term) => {
    if (CJK.test(term)) return solid.includes(term);
    // A word starts after anything but a letter or digit — or after a CJK character (`下载csv`).
    const start = new RegExp(`(?:^|[^\\p{L}\\p{N}]|${CJK.source})${escape(term)}`, 'u');
    return words.some((w) => start.test(w));
  });
}

/** The text of a Pagefind result (its `data()`) that a query may have matched: the page text and its metadata. */
export const resultText = (data: {
  readonly content: string;
  readonly meta: Readonly<Record<string, string | undefined>>;
}): string => [data.content, ...Object.values(data.meta)].filter((s) => s !== undefined).join('\n');

/** The outcome of `takeMatching`. */
export interface Taken<T> {
  /** The accepted items, in the candidates' order. */
  readonly kept: T[];
  /** Whether every candidate was checked: if so, `kept` is all that match; if not, more may. */
  readonly exhausted: boolean;
  /** The position of the first candidate not checked yet: where to go on for more. */
  readonly next: number;
}

/**
 * The first `limit` candidates from position `start` on that `accept` keeps, loading them `batch` at a
 * time in order — so a query with thousands of results fetches only the fragments it shows, plus the
 * few it drops; asking again from `next` shows the following ones.
 */
export async function takeMatching<C, T>(
  candidates: readonly C[],
  load: (c: C) => Promise<T>,
  accept: (item: T) => boolean,
  limit: number,
  batch: number,
  start = 0,
): Promise<Taken<T>> {
  const kept: T[] = [];
  let next = start;
  while (kept.length < limit && next < candidates.length) {
    // Load no more than could still be shown, so an all-matching list costs exactly `limit` loads.
    const slice = candidates.slice(next, next + Math.min(batch, limit - kept.length));
    next += slice.length;
    for (const item of await Promise.all(slice.map(load))) {
      if (accept(item)) kept.push(item);
    }
  }
  return { kept, exhausted: next >= candidates.length, next };
}

/** How many results match, as far as the page knows: exactly, or only within a range. */
export type MatchCount = { readonly exact: number } | { readonly atLeast: number; readonly atMost: number };

/**
 * The count to report after `takeMatching` kept `taken.kept` of `candidates` results. With no query
 * terms (a filter-only search) every candidate matches, checked or not; otherwise the count is exact
 * only once every candidate was checked.
 */
export function matchCount(
  taken: Pick<Taken<unknown>, 'kept' | 'exhausted'>,
  candidates: number,
  hasTerms: boolean,
): MatchCount {
  if (!hasTerms) return { exact: candidates };
  return taken.exhausted ? { exact: taken.kept.length } : { atLeast: taken.kept.length, atMost: candidates };
}
