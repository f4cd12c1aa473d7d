import { describe, expect, it } from 'vitest';
import {
  budgetFrom,
  DEFAULT_BUDGET,
  filterKeysIn,
  htmlLang,
  pageUrl,
  partsManifest,
  readPartsManifest,
  searchParts,
  unitOf,
  usedByMerge,
  type IndexedFile,
  type PartBudget,
} from '../../../src/lib/search/index-parts.ts';

/** A synthetic site: per library 4 reports, a profile and a timeline; plus cross-library sections. */
function site(libraries: number, { pageBytes = 100_000, firstId = 0 } = {}): IndexedFile[] {
  const files: IndexedFile[] = [
    { path: 'awards/index.html', bytes: pageBytes },
    { path: 'metrics/index.html', bytes: pageBytes },
    ...Array.from({ length: 10 }, (_, i) => ({ path: `compare/metric-${i}/index.html`, bytes: pageBytes * 2 })),
  ];
  for (let l = firstId; l < firstId + libraries; l++) {
    const id = `lib-${String(l).padStart(4, '0')}`;
    for (const year of [2020, 2021, 2022, 2023])
      files.push({ path: `reports/${id}/${year}/index.html`, bytes: pageBytes });
    files.push(
      { path: `libraries/${id}/index.html`, bytes: pageBytes * 3 },
      { path: `timeline/${id}/index.html`, bytes: pageBytes },
    );
  }
  return files;
}

const bytesOf = (files: readonly IndexedFile[]) => new Map(files.map((f) => [f.path, f.bytes]));
const sum = (paths: readonly string[], sizes: Map<string, number>) =>
  paths.reduce((s, p) => s + (sizes.get(p) ?? 0), 0);

/** A deterministic shuffle (no Math.random: the test must not be flaky). */
const shuffled = <T>(xs: readonly T[]): T[] =>
  xs
    .map((x, i) => ({ x, k: (i * 7919) % 104729 }))
    .sort((a, b) => a.k - b.k)
    .map(({ x }) => x);

describe('unitOf', () => {
  it.each([
    ['reports/beihai/2021/index.html', 'library:beihai'],
    ['libraries/beihai/index.html', 'library:beihai'],
    ['timeline/beihai/index.html', 'library:beihai'],
    ['compare/collection/total/index.html', 'section:compare'],
    ['awards/index.html', 'section:awards'],
    ['libraries/index.html', 'section:libraries'],
  ])('%s → %s', (path, unit) => expect(unitOf(path)).toBe(unit));
});

describe('searchParts', () => {
  it('keeps a site that fits the budget in one part (the real four-report site)', () => {
    const files = site(3);
    expect(searchParts(files, DEFAULT_BUDGET)).toHaveLength(1);
    expect(searchParts(files, DEFAULT_BUDGET)[0]).toHaveLength(files.length);
  });

  it('gives an empty site one empty part, so the first bundle always exists', () => {
    expect(searchParts([], DEFAULT_BUDGET)).toEqual([[]]);
  });

  const budget: PartBudget = { bytes: 5_000_000, pages: 60 };
  const big = site(100);

  it('splits a large site, with every file in exactly one part and every part within the budget', () => {
    const parts = searchParts(big, budget);
    const sizes = bytesOf(big);
    expect(parts.length).toBeGreaterThanOrEqual(Math.ceil(sum([...sizes.keys()], sizes) / budget.bytes));
    expect(parts.flat().sort()).toEqual(big.map((f) => f.path).sort());
    for (const part of parts) {
      expect(part.length).toBeGreaterThan(0);
      expect(part.length).toBeLessThanOrEqual(budget.pages);
      expect(sum(part, sizes)).toBeLessThanOrEqual(budget.bytes);
    }
  });

  it('respects the page budget on its own', () => {
    const parts = searchParts(big, { bytes: 1e12, pages: 25 });
    expect(Math.max(...parts.map((p) => p.length))).toBeLessThanOrEqual(25);
    expect(parts.flat()).toHaveLength(big.length);
  });

  it('is deterministic and independent of the input order', () => {
    expect(searchParts(shuffled(big), budget)).toEqual(searchParts(big, budget));
  });

  it("keeps a library's pages together", () => {
    for (const part of searchParts(big, budget)) {
      const libraries = new Set(part.map(unitOf).filter((u) => u.startsWith('library:')));
      for (const unit of libraries) {
        expect(big.filter((f) => unitOf(f.path) === unit).every((f) => part.includes(f.path))).toBe(true);
      }
    }
  });

  it('gives a file larger than the budget a part of its own', () => {
    const files = [...site(2), { path: 'compare/huge/index.html', bytes: 9_000_000 }];
    const parts = searchParts(files, budget);
    expect(parts).toContainEqual(['compare/huge/index.html']);
    expect(parts.flat()).toHaveLength(files.length);
  });

  it('adding a library changes its own part and few others, not every part after it', () => {
    // 600 libraries of 1.4 MB against the default budget, as on the benchmark corpus; one library added
    // after each of 30 places in turn.
    const many = site(600, { pageBytes: 175_000 });
    const before = searchParts(many, DEFAULT_BUDGET).map((p) => p.join());
    const changed = Array.from({ length: 30 }, (_, k) => {
      const id = `lib-${String(1 + 20 * k).padStart(4, '0')}`;
      const twin = many
        .filter((f) => unitOf(f.path) === `library:${id}`)
        .map((f) => ({ ...f, path: f.path.replace(id, `${id}a`) }));
      const after = searchParts([...many, ...twin], DEFAULT_BUDGET);
      return after.filter((p) => !before.includes(p.join())).length;
    });
    expect(before.length).toBeGreaterThanOrEqual(20);
    // Usually one or two parts; plain greedy packing would change every part after the new library.
    expect(changed.reduce((a, b) => a + b) / changed.length).toBeLessThan(2);
    expect(Math.max(...changed)).toBeLessThanOrEqual(before.length / 3);
  });

  it('rejects a budget that cannot hold anything', () => {
    expect(() => searchParts(big, { bytes: 0, pages: 10 })).toThrow(RangeError);
  });
});

describe('pageUrl', () => {
  it.each([
    ['reports/beihai/2021/index.html', '/reports/beihai/2021/'],
    ['awards/index.html', '/awards/'],
    ['compare/x.html', '/compare/x.html'],
  ])('%s → %s', (path, url) => expect(pageUrl(path)).toBe(url));
});

describe('budgetFrom', () => {
  it('is the default without the variable', () => {
    expect(budgetFrom(undefined)).toEqual(DEFAULT_BUDGET);
    expect(budgetFrom('')).toEqual(DEFAULT_BUDGET);
  });
  it('takes a whole number of bytes', () => expect(budgetFrom('2000000').bytes).toBe(2_000_000));
  it.each(['abc', '-5', '0', '1.5'])('rejects %s', (v) =>
    expect(() => budgetFrom(v)).toThrow(/YEARBOOK_SEARCH_PART_BYTES/),
  );
});

describe('usedByMerge', () => {
  it.each([
    ['pagefind-entry.json', true],
    ['pagefind.zh-cn_36b61dc18ddeb.pf_meta', true],
    ['index/zh-cn_3a1b.pf_index', true],
    ['fragment/zh-cn_0c9d.pf_fragment', true],
    ['filter/zh-cn_77aa.pf_filter', true],
    ['pagefind.js', false],
    ['pagefind-worker.js', false],
    ['pagefind-ui.css', false],
    ['wasm.unknown.pagefind', false],
  ])('%s → %s', (path, used) => expect(usedByMerge(path)).toBe(used));
});

describe('parts manifest', () => {
  it('lists the extra parts only, and no provinces for an index not cut by province', () => {
    expect(partsManifest([[]])).toEqual({ parts: [], scopes: [] });
    expect(partsManifest([[], [], []])).toEqual({ parts: ['part-2/', 'part-3/'], scopes: [] });
  });
  it('lists each province with the extra parts that hold it, provinces in name order', () => {
    const m = partsManifest([[], ['广东省', '广西壮族自治区'], ['江苏省'], ['江苏省']]);
    expect(m.parts).toEqual(['part-2/', 'part-3/', 'part-4/']);
    expect(m.scopes).toEqual([
      { name: '广东省', parts: ['part-2/'] },
      { name: '广西壮族自治区', parts: ['part-2/'] },
      { name: '江苏省', parts: ['part-3/', 'part-4/'] },
    ]);
  });
  it('round-trips through JSON', () => {
    const m = partsManifest([[], ['广东省'], ['江苏省', '浙江省']]);
    expect(readPartsManifest(JSON.parse(JSON.stringify(m)))).toEqual(m);
  });
  it('reads a manifest of an earlier build (no scopes) as not cut by province', () => {
    expect(readPartsManifest({ parts: ['part-2/'] })).toEqual({ parts: ['part-2/'], scopes: [] });
  });
  it.each([
    null,
    {},
    { parts: 'part-2/' },
    { parts: ['../evil/'] },
    { parts: ['https://example.org/'] },
    { parts: ['part-2/'], scopes: [{ name: '广东省', parts: ['part-3/'] }] },
    { parts: ['part-2/'], scopes: [{ name: 1, parts: ['part-2/'] }] },
    { parts: ['part-2/'], scopes: 'all' },
  ])('refuses %j', (json) => expect(() => readPartsManifest(json)).toThrow(TypeError));
});

describe('filterKeysIn / htmlLang', () => {
  const page =
    '<!doctype html><html dir="ltr" lang="zh-CN"><body data-pagefind-body>' +
    '<span data-pagefind-filter="library:北海市图书馆"></span><span data-pagefind-filter="year:2021"></span>' +
    '<span data-pagefind-filter="year:2020"></span><span data-pagefind-filter="topic"></span></body></html>';
  it('finds each filter key once', () => expect(filterKeysIn(page)).toEqual(['library', 'year', 'topic']));
  it('finds none on a page without filters', () => expect(filterKeysIn('<html lang="zh-CN"></html>')).toEqual([]));
  it('reads the language as Pagefind files it', () => expect(htmlLang(page)).toBe('zh-cn'));
  it('has no language without a lang attribute', () => expect(htmlLang('<html><body></body></html>')).toBeUndefined());
});
