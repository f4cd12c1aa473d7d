/**
 * The search page's script: runs the query in `?q=` (and the `library`/`year` filters) through
 * Pagefind's JS API and lists the results. Progressive enhancement: the form is a plain GET form, so
 * without JavaScript it still reloads the page with `?q=`, where a <noscript> note explains.
 * Traditional characters in the query are mapped to Simplified first (`src/lib/search/traditional-map.ts`).
 * A large site's index comes in parts (`src/integrations/pagefind.ts`): the first is `pagefind/`, the
 * others are listed in `pagefind/parts.json` and merged into it, so one query searches them all.
 * Pagefind returns loose matches from a part that lacks a query term, so each result's text is checked
 * for every term before it is shown (`src/lib/search/match.ts`).
 */
import { decodeMap, normaliseQuery, type CharMap } from '../lib/search/traditional-map.ts';
import { containsTerms, matchCount, queryTerms, resultText, takeMatching } from '../lib/search/match.ts';
import { PLACEHOLDER_VALUE, readPartsManifest } from '../lib/search/index-parts.ts';
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
interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  mergeIndex(path: string, o: Record<string, unknown>): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
  search(
    q: string | null,
    o?: { filters?: Record<string, string> },
  ): Promise<{ results: { id: string; data(): Promise<PagefindData> }[] }>;
}

const BASE = import.meta.env.BASE_URL.replace(/\/?$/, '/');
const MAX_RESULTS = 30;
/** Results whose text is fetched at once while looking for MAX_RESULTS that contain the query. */
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

/** The extra parts of the index (folders under `pagefind/`); none for a small site. */
async function extraParts(): Promise<string[]> {
  const response = await fetch(`${BASE}pagefind/parts.json`);
  if (!response.ok) throw new Error(`pagefind/parts.json: HTTP ${response.status}`);
  return readPartsManifest(await response.json());
}

let pagefind: Promise<Pagefind> | undefined;
function load(): Promise<Pagefind> {
  pagefind ??= (async () => {
    const [pf, parts] = await Promise.all([
      import(/* @vite-ignore */ `${BASE}pagefind/pagefind.js`) as Promise<Pagefind>,
      extraParts(),
    ]);
    // Every part gets the same options: a merged index does not inherit the first one's.
    const options = { baseUrl: BASE, excerptLength: 40 };
    await pf.options(options);
    await Promise.all(parts.map((part) => pf.mergeIndex(`${BASE}pagefind/${part}`, options)));
    return pf;
  })();
  return pagefind;
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

async function search(): Promise<void> {
  if (!input || !status || !list) return;
  const raw = input.value;
  const query = normaliseQuery(raw, map);
  const filters = Object.fromEntries(selects.filter((s) => s.value).map((s) => [s.dataset['filter'] ?? '', s.value]));
  const params = new URLSearchParams();
  if (raw.trim()) params.set('q', raw.trim());
  for (const s of selects) if (s.value) params.set(s.name, s.value);
  history.replaceState(null, '', `${location.pathname}${params.size ? `?${params}` : ''}`);
  const mine = ++run;
  if (!query && Object.keys(filters).length === 0) {
    list.replaceChildren();
    status.textContent = T.prompt;
    return;
  }
  status.textContent = T.searching;
  const pf = await load();
  const found = await pf.search(query || null, { filters });
  const terms = queryTerms(query, segment);
  const taken = await takeMatching(
    found.results,
    (r) => r.data(),
    (d) => containsTerms(resultText(d), terms),
    MAX_RESULTS,
    CHECK_BATCH,
  );
  if (mine !== run) return;
  list.replaceChildren(...taken.kept.map(render));
  const converted = query !== raw.trim() && query ? T.converted(query) : '';
  // Results not checked may be loose matches: then only a range of the count is known.
  const count = matchCount(taken, found.results.length, terms.length > 0);
  status.textContent = !taken.kept.length
    ? T.none(query, converted)
    : 'exact' in count
      ? T.found(count.exact, MAX_RESULTS, converted)
      : T.foundAtLeast(count.atLeast, count.atMost, converted);
}

async function fillFilters(): Promise<void> {
  const available = await (await load()).filters();
  const params = new URLSearchParams(location.search);
  for (const s of selects) {
    const values = Object.keys(available[s.dataset['filter'] ?? ''] ?? {})
      .filter((v) => v !== PLACEHOLDER_VALUE)
      .sort((a, b) => a.localeCompare(b, 'zh-CN'));
    for (const v of values) s.append(new Option(s.name === 'year' ? T.year(v) : v, v));
    s.value = params.get(s.name) ?? '';
  }
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
  fillFilters()
    .then(search)
    .catch(() => {
      if (status) status.textContent = T.failed;
    });
}
