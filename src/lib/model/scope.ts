/**
 * Who a figure counts: the library alone (the default), the library with its branches and service points
 * (its 总分馆体系), or every public library of an area added together. Defined once here; the figure
 * schema, the content check, pages, charts and downloads read the ids, labels and meanings from here.
 * Scope ids are a public contract (the `scope` column of /data/figures.*): never rename one.
 */

/** The scope ids, narrowest first. */
export const SCOPE_IDS = ['library', 'network', 'area'] as const;
export type Scope = (typeof SCOPE_IDS)[number];

/** What readers and authors see for one scope. */
export interface ScopeInfo {
  readonly id: Scope;
  /** Short badge text (Chinese). */
  readonly zh: string;
  readonly en: string;
  /** One-line meaning, for the data dictionary, the staff guide and badge titles. */
  readonly meaning: string;
  readonly meaningEn: string;
  /** The few words that tell an author which to choose. */
  readonly hint: string;
}

export const SCOPES: Readonly<Record<Scope, ScopeInfo>> = {
  library: {
    id: 'library',
    zh: '本馆',
    en: 'Library alone',
    meaning: '只计本馆（总馆）自身，不含分馆、服务点（默认）',
    meaningEn: 'The library itself, without branches or service points (the default)',
    hint: '只计本馆，默认',
  },
  network: {
    id: 'network',
    zh: '总分馆体系',
    en: 'Whole network',
    meaning: '本馆连同其分馆、服务点、读书驿站等（总分馆体系）合计',
    meaningEn: 'The library with its branches, service points and reading stations (its branch network) together',
    hint: '本馆连同分馆、服务点、读书驿站',
  },
  area: {
    id: 'area',
    zh: '全地区',
    en: 'Whole area',
    meaning: '某一地区（全市、全区、全县）所有公共图书馆合计',
    meaningEn: 'All public libraries of an area (city, district or county) added together',
    hint: '全市、全区或全县所有公共图书馆相加',
  },
};

/** True when `id` is a scope id. */
export function isScope(id: unknown): id is Scope {
  return typeof id === 'string' && (SCOPE_IDS as readonly string[]).includes(id);
}

/**
 * Words that, in the sentence stating a figure, suggest a wider scope than the library alone. The check
 * refuses such a figure unless its scope is written explicitly: the words are a prompt to decide, not a
 * decision (全区 also means "the whole autonomous region" in 全区十佳图书馆).
 */
export const WIDER_SCOPE_WORDS = ['全区', '总分馆', '全市', '体系', '全旗', '全县'] as const;

/** The wider-scope words `sentence` contains, in list order. */
export function widerScopeWords(sentence: string): string[] {
  return WIDER_SCOPE_WORDS.filter((w) => sentence.includes(w));
}

/** True when a figure of scope `s` must not be drawn as a plain bar beside library-alone figures. */
export const isWiderScope = (s: Scope): boolean => s !== 'library';
