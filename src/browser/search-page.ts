/**
 * The search page's script: runs the query in `?q=` (and the `library`/`year` filters) through
 * Pagefind's JS API and lists the results, ten at a time ("more" shows the next ten: each result shown
 * fetches its page's text). Progressive enhancement: the form is a plain GET form, so without
 * JavaScript it still reloads the page with `?q=`, where a <noscript> note explains.
 * Traditional characters in the query are mapped to Simplified first (`src/lib/search/traditional-map.ts`).
 * A large site's index comes in parts (`src/integrations/pagefind.ts`): the first is `pagefind/`, the
 * others are listed in `pagefind/parts.json` and merged into it, so one query searches them all. A very
 * large index is cut by province (`src/lib/search/scopes.ts`): the page then asks which province to
 * search (`?scope=`) and loads only its parts — or all of them for 全国.
 * Pagefind returns loose matches from a part that lacks a query term, so each result's text is checked
 * for every term before it is shown (`src/lib/search/match.ts`).
 */
import { decodeMap, normaliseQuery, type CharMap } from '../lib/search/traditional-map.ts';
import { containsTerms, matchCount, queryTerms, resultText, takeMatching } from '../lib/search/match.ts';
import { PLACEHOLDER_VALUE, readPartsManifest, type PartsManifest } from '../lib/search/index-parts.ts';
import { COMMON_SCOPE, SCOPE_KEY } from '../lib/search/scopes.ts';
import { searchStrings } from '../i18n/search-strings.ts';

interface PagefindData {
  url: string;
  /** The page's whole text. */
  content: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[] | undefined>;
  sub_results: { title: string; url: string; excerpt: string }[];
}
type Filters = Record<string, string | { any: string[] }>;
interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  mergeIndex(path: string, o: Record<string, unknown>): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
  search(
    q: string | null,
    o?: { filters?: Filters },
  ): Promise<{ results: { id: string; data(): Promise<PagefindData> }[] }>;
  destroy(): Promise<void>;
}
interface PagefindModule {
  createInstance(o: Record<string, unknown>): Pagefind;
}

const BASE = import.meta.env.BASE_URL.replace(/\/?$/, '/');
/** Results shown at once: each costs its page's text (a report's is ~30 KB gzip), so ten, then ten more. */
const PAGE_SIZE = 10;
/** An index of at most this many parts is searched whole by default, even when it is cut by province. */
const ALL_BY_DEFAULT = 6;
/** Results whose text is fetched at once while looking for PAGE_SIZE that contain the query. */
const CHECK_BATCH = 10;
/** Pagefind's query words: it segments with the index's language, Chinese (`zh-CN`). */
const words = new Intl.Segmenter('zh-CN', { granularity: 'word' });
const segment = (s: string): string[] => [...words.segment(s)].map((w) => w.segment);
const T = searchStrings(document.documentElement.lang);

const root = document.querySelector<HTMLElement>('[data-search]');
const form = root?.querySelector<HTMLFormElement>('form');
const input = form?.querySelector<HTMLInputElement>('input[name="q"]');
const status = root?.querySelector<HTMLElement>('[data-status]');
const list = root?.querySelector<HTMLOListElement>('[data-results]');
const selects = [...(form?.querySelectorAll<HTMLSelectElement>('select[data-filter]') ?? [])];

/** Where the index is cut: every part, and per province the parts to load (none listed: not cut). */
async function manifest(): Promise<PartsManifest> {
  const response = await fetch(`${BASE}pagefind/parts.json`);
  if (!response.ok) throw new Error(`pagefind/parts.json: HTTP ${response.status}`);
  return readPartsManifest(await response.json());
}

/** The extra parts a search in `scope` loads: all of them for 全国 or an index not cut by province. */
function partsFor(m: PartsManifest, scope: string): readonly string[] {
  if (!m.scopes.length || scope === COMMON_SCOPE) return m.parts;
  return m.scopes.find((s) => s.name === scope)?.parts ?? [];
}

let pagefindModule: Promise<PagefindModule> | undefined;
let loaded: { key: string; instance: Promise<Pagefind> } | undefined;

/** A Pagefind instance over the first part and `parts`; a new one (the old one closed) when they change. */
function load(parts: readonly string[]): Promise<Pagefind> {
  const key = parts.join();
  if (loaded?.key === key) return loaded.instance;
  const previous = loaded?.instance;
  pagefindModule ??= import(/* @vite-ignore */ `${BASE}pagefind/pagefind.js`) as Promise<PagefindModule>;
  const instance = (async () => {
    await previous?.then((p) => p.destroy()).catch(() => undefined);
    // Every part gets the same options: a merged index does not inherit the first one's.
    const options = { baseUrl: BASE, excerptLength: 40 };
    const pf = (await pagefindModule).createInstance({});
    await pf.options(options);
    await Promise.all(parts.map((part) => pf.mergeIndex(`${BASE}pagefind/${part}`, options)));
    return pf;
  })();
  loaded = { key, instance };
  return instance;
}

const el = <K extends keyof HTMLElementTagNameMap>(tag: K, cls?: string, text?: string): HTMLElementTagNameMap[K] => {
  const e = document.createElement(tag);
  if (cls) e.className = cls;
  if (text !== undefined) e.textContent = text;
  return e;
};

/** Pagefind's excerpts are page text (HTML-escaped by Pagefind) with <mark> around the hits. */
function excerpt(html: string): HTMLParagraphElement {
  const p = el('p', 'excerpt');
  p.innerHTML = html;
  return p;
}

function render(data: PagefindData): HTMLLIElement {
  const li = el('li');
  const h = el('h2', 'result-title');
  const a = el('a', undefined, data.meta['title'] ?? data.url);
  a.href = data.url;
  h.append(a);
  li.append(h);
  const tags = [...(data.filters['library'] ?? []), ...(data.filters['year'] ?? []).map(T.year)];
  if (tags.length) li.append(el('p', 'tags small muted', tags.join(' · ')));
  li.append(excerpt(data.excerpt));
  const subs = data.sub_results.filter((s) => s.url !== data.url).slice(0, 3);
  if (subs.length) {
    const ul = el('ul', 'subs small');
    for (const s of subs) {
      const item = el('li');
      const link = el('a', undefined, s.title);
      link.href = s.url;
      item.append(link, excerpt(s.excerpt));
      ul.append(item);
    }
    li.append(ul);
  }
  return li;
}

let map: CharMap = {};
let run = 0;
let index: PartsManifest = { parts: [], scopes: [] };
let scopeSelect: HTMLSelectElement | undefined;
let moreButton: HTMLButtonElement | undefined;
/** The results of the last search and how far they were checked, for "more". */
let current:
  | {
      run: number;
      results: Result[];
      query: string;
      terms: string[];
      next: number;
      kept: PagefindData[];
      converted: string;
    }
  | undefined;
type Result = Awaited<ReturnType<Pagefind['search']>>['results'][number];

/** The province chosen; 全国 when the index is not cut by province; '' when none is chosen yet. */
const scope = (): string => (scopeSelect ? scopeSelect.value : COMMON_SCOPE);

/**
 * A control made by this script, styled like the page's own: Astro scopes a page's CSS with a
 * `data-astro-cid-*` attribute, which the new element copies from `like`.
 */
function likeThe<K extends keyof HTMLElementTagNameMap>(
  like: Element | null | undefined,
  tag: K,
): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  for (const a of like?.attributes ?? []) if (a.name.startsWith('data-astro-cid')) e.setAttribute(a.name, a.value);
  return e;
}

async function search(): Promise<void> {
  if (!input || !status || !list) return;
  const raw = input.value;
  const query = normaliseQuery(raw, map);
  const filters: Filters = Object.fromEntries(
    selects.filter((s) => s.value).map((s) => [s.dataset['filter'] ?? '', s.value]),
  );
  const params = new URLSearchParams();
  if (raw.trim()) params.set('q', raw.trim());
  for (const s of [...(scopeSelect ? [scopeSelect] : []), ...selects]) if (s.value) params.set(s.name, s.value);
  history.replaceState(null, '', `${location.pathname}${params.size ? `?${params}` : ''}`);
  const mine = ++run;
  current = undefined;
  if (moreButton) moreButton.hidden = true;
  if (!query && Object.keys(filters).length === 0) {
    list.replaceChildren();
    status.textContent = T.prompt;
    return;
  }
  if (!scope()) {
    list.replaceChildren();
    status.textContent = T.chooseScope;
    return;
  }
  // A province's parts may hold other provinces too: keep its pages and the cross-library ones. A chosen
  // library already names one province.
  if (index.scopes.length && scope() !== COMMON_SCOPE && !filters['library'])
    filters[SCOPE_KEY] = { any: [scope(), COMMON_SCOPE] };
  status.textContent = T.searching;
  const pf = await load(partsFor(index, scope()));
  const found = await pf.search(query || null, { filters });
  if (mine !== run) return;
  const converted = query !== raw.trim() && query ? T.converted(query) : '';
  current = {
    run: mine,
    results: found.results,
    query,
    terms: queryTerms(query, segment),
    next: 0,
    kept: [],
    converted,
  };
  list.replaceChildren();
  await showMore();
}

/** The next PAGE_SIZE results that contain the query, added to the list. */
async function showMore(): Promise<void> {
  const c = current;
  if (!c || !status || !list) return;
  const taken = await takeMatching(
    c.results,
    (r) => r.data(),
    (d) => containsTerms(resultText(d), c.terms),
    PAGE_SIZE,
    CHECK_BATCH,
    c.next,
  );
  if (c.run !== run) return;
  c.next = taken.next;
  c.kept.push(...taken.kept);
  list.append(...taken.kept.map(render));
  // Results not checked may be loose matches: then only a range of the count is known.
  const count = matchCount({ kept: c.kept, exhausted: taken.exhausted }, c.results.length, c.terms.length > 0);
  status.textContent = !c.kept.length
    ? T.none(c.query, c.converted)
    : 'exact' in count
      ? T.found(count.exact, c.kept.length, c.converted)
      : T.foundAtLeast(count.atLeast, count.atMost, c.converted);
  if (moreButton) moreButton.hidden = taken.exhausted;
}

/** Fills the library and year lists with the values of the parts loaded for the chosen province. */
async function fillFilters(): Promise<void> {
  const params = new URLSearchParams(location.search);
  const available = scope() ? await (await load(partsFor(index, scope()))).filters() : {};
  for (const s of selects) {
    const keep = s.value || params.get(s.name) || '';
    s.replaceChildren(s.options[0] ?? new Option(''));
    const values = Object.keys(available[s.dataset['filter'] ?? ''] ?? {})
      .filter((v) => v !== PLACEHOLDER_VALUE)
      .sort((a, b) => a.localeCompare(b, 'zh-CN'));
    for (const v of values) s.append(new Option(s.name === 'year' ? T.year(v) : v, v));
    s.value = values.includes(keep) ? keep : '';
  }
}

/** The province list of an index cut by province, before the other filters. */
function addScopeSelect(): void {
  const first = selects[0];
  const row = first?.parentElement;
  if (!first || !row || !index.scopes.length) return;
  const label = likeThe(row.querySelector('label'), 'label');
  label.htmlFor = 'search-scope';
  label.textContent = T.scope;
  const select = likeThe(first, 'select');
  select.id = 'search-scope';
  select.name = 'scope';
  select.append(
    new Option(T.chooseScopeOption, ''),
    new Option(T.allScopes, COMMON_SCOPE),
    ...index.scopes.map((s) => new Option(s.name, s.name)),
  );
  const asked = new URLSearchParams(location.search).get('scope');
  select.value = asked === COMMON_SCOPE || index.scopes.some((s) => s.name === asked) ? (asked ?? '') : '';
  // An index of a few parts is searched whole unless the reader chose (`?scope=`, even empty) otherwise.
  if (asked === null && index.parts.length + 1 <= ALL_BY_DEFAULT) select.value = COMMON_SCOPE;
  row.prepend(label, select);
  select.addEventListener('change', () => void fillFilters().then(search));
  scopeSelect = select;
}

/** The "more results" button under the list. */
function addMoreButton(): void {
  const like = form?.querySelector('button');
  const row = likeThe(form?.querySelector('.row'), 'p');
  row.className = 'row more';
  const button = likeThe(like, 'button');
  button.type = 'button';
  button.textContent = T.more;
  button.hidden = true;
  button.addEventListener('click', () => void showMore());
  row.append(button);
  list?.after(row);
  moreButton = button;
}

if (root && form && input) {
  map = decodeMap(root.dataset['t2s'] ?? '');
  for (const e of root.querySelectorAll<HTMLElement>('[data-js-only]')) e.hidden = false;
  input.value = new URLSearchParams(location.search).get('q') ?? '';
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    void search();
  });
  let timer: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => void search(), 250);
  });
  for (const s of selects) s.addEventListener('change', () => void search());
  addMoreButton();
  manifest()
    .then((m) => {
      index = m;
      addScopeSelect();
    })
    .then(fillFilters)
    .then(search)
    .catch(() => {
      if (status) status.textContent = T.failed;
    });
}
