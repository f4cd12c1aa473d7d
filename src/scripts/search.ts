/**
 * The search page's script: runs the query in `?q=` (and the `library`/`year` filters) through
 * Pagefind's JS API and lists the results. Progressive enhancement: the form is a plain GET form, so
 * without JavaScript it still reloads the page with `?q=`, where a <noscript> note explains.
 * Traditional characters in the query are mapped to Simplified first (`src/lib/search-query.ts`).
 */
import { decodeMap, normaliseQuery, type CharMap } from '../lib/search-query.ts';
import { searchStrings } from '../i18n/search.ts';

interface PagefindData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[] | undefined>;
  sub_results: { title: string; url: string; excerpt: string }[];
}
interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
  search(
    q: string | null,
    o?: { filters?: Record<string, string> },
  ): Promise<{ results: { id: string; data(): Promise<PagefindData> }[] }>;
}

const BASE = import.meta.env.BASE_URL.replace(/\/?$/, '/');
const MAX_RESULTS = 30;
const T = searchStrings(document.documentElement.lang);

const root = document.querySelector<HTMLElement>('[data-search]');
const form = root?.querySelector<HTMLFormElement>('form');
const input = form?.querySelector<HTMLInputElement>('input[name="q"]');
const status = root?.querySelector<HTMLElement>('[data-status]');
const list = root?.querySelector<HTMLOListElement>('[data-results]');
const selects = [...(form?.querySelectorAll<HTMLSelectElement>('select[data-filter]') ?? [])];

let pagefind: Promise<Pagefind> | undefined;
function load(): Promise<Pagefind> {
  pagefind ??= (import(/* @vite-ignore */ `${BASE}pagefind/pagefind.js`) as Promise<Pagefind>).then(async (pf) => {
    await pf.options({ baseUrl: BASE, excerptLength: 40 });
    return pf;
  });
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
  const data = await Promise.all(found.results.slice(0, MAX_RESULTS).map((r) => r.data()));
  if (mine !== run) return;
  list.replaceChildren(...data.map(render));
  const converted = query !== raw.trim() && query ? T.converted(query) : '';
  status.textContent = found.results.length
    ? T.found(found.results.length, MAX_RESULTS, converted)
    : T.none(query, converted);
}

async function fillFilters(): Promise<void> {
  const available = await (await load()).filters();
  const params = new URLSearchParams(location.search);
  for (const s of selects) {
    const values = Object.keys(available[s.dataset['filter'] ?? ''] ?? {}).sort((a, b) => a.localeCompare(b, 'zh-CN'));
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
