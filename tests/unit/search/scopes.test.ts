import { describe, expect, it } from 'vitest';
import { DEFAULT_BUDGET, searchParts, type IndexedFile, type PartBudget } from '../../../src/lib/search/index-parts.ts';
import { COMMON_SCOPE, pageScope, searchPlan } from '../../../src/lib/search/scopes.ts';

const PROVINCES = ['广东省', '广西壮族自治区', '江苏省', '内蒙古自治区', '浙江省'];

/** Per library 4 reports and a profile, in one of PROVINCES (library i in PROVINCES[i % 5]); awards, metrics. */
function site(libraries: number, pageBytes = 100_000): { files: IndexedFile[]; scopeOf: (id: string) => string } {
  const files: IndexedFile[] = [
    { path: 'awards/index.html', bytes: pageBytes },
    { path: 'metrics/index.html', bytes: pageBytes },
  ];
  const province = new Map<string, string>();
  for (let l = 0; l < libraries; l++) {
    const id = `lib-${String(l).padStart(4, '0')}`;
    province.set(id, PROVINCES[l % PROVINCES.length] ?? '');
    for (const year of [2020, 2021, 2022, 2023])
      files.push({ path: `reports/${id}/${year}/index.html`, bytes: pageBytes });
    files.push({ path: `libraries/${id}/index.html`, bytes: pageBytes * 2 });
  }
  return { files, scopeOf: (id) => province.get(id) ?? '' };
}

const budget: PartBudget = { bytes: 5_000_000, pages: 200 };

describe('searchPlan', () => {
  it('keeps a site that fits one part whole and not cut by province, as searchParts would', () => {
    const { files, scopeOf } = site(3);
    const plan = searchPlan(files, DEFAULT_BUDGET, scopeOf);
    expect(plan.scoped).toBe(false);
    expect(plan.parts.map((p) => p.paths)).toEqual(searchParts(files, DEFAULT_BUDGET));
    expect(plan.parts.every((p) => p.scopes.length === 0)).toBe(true);
  });

  const { files, scopeOf } = site(60);
  const plan = searchPlan(files, budget, scopeOf);

  it('cuts a large site by province: the common part first, then whole provinces', () => {
    expect(plan.scoped).toBe(true);
    expect(plan.parts[0]).toEqual({ paths: ['awards/index.html', 'metrics/index.html'], scopes: [] });
    expect(plan.parts.flatMap((p) => p.paths).sort()).toEqual(files.map((f) => f.path).sort());
    for (const part of plan.parts.slice(1)) {
      expect(part.scopes.length).toBeGreaterThan(0);
      // Every page of the part is of one of its provinces, and every page of those provinces is in it —
      // unless a province fills parts on its own.
      for (const path of part.paths) expect(part.scopes).toContain(pageScope(path, scopeOf));
    }
  });

  it('keeps every part within the budget', () => {
    const sizes = new Map(files.map((f) => [f.path, f.bytes]));
    for (const part of plan.parts) {
      expect(part.paths.reduce((s, p) => s + (sizes.get(p) ?? 0), 0)).toBeLessThanOrEqual(budget.bytes);
      expect(part.paths.length).toBeLessThanOrEqual(budget.pages);
    }
  });

  it('gives a province larger than a part parts of its own', () => {
    // 12 libraries per province × 6 pages × ~0.12 MB ≈ 8.4 MB each: more than one 5 MB part.
    const own = plan.parts.filter((p) => p.scopes.length === 1);
    expect(new Set(own.flatMap((p) => p.scopes))).toEqual(new Set(PROVINCES));
  });

  it('packs small provinces together, in name order', () => {
    const small = site(10);
    const p = searchPlan(small.files, { bytes: 3_000_000, pages: 200 }, small.scopeOf);
    expect(p.parts.some((part) => part.scopes.length > 1)).toBe(true);
    const order = p.parts.flatMap((part) => part.scopes);
    expect(order).toEqual([...order].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
  });

  it('is deterministic whatever the order of the files', () => {
    expect(searchPlan([...files].reverse(), budget, scopeOf)).toEqual(plan);
  });

  it('stops on a library without a province, naming it', () => {
    expect(() => searchPlan(files, budget, (id) => (id === 'lib-0007' ? undefined : scopeOf(id)))).toThrow(/lib-0007/);
  });
});

describe('pageScope', () => {
  const scopeOf = (id: string) => (id === 'beihai' ? '广西壮族自治区' : undefined);
  it.each([
    ['reports/beihai/2021/index.html', '广西壮族自治区'],
    ['libraries/beihai/index.html', '广西壮族自治区'],
    ['metrics/index.html', COMMON_SCOPE],
    ['awards/index.html', COMMON_SCOPE],
  ])('%s → %s', (path, scope) => expect(pageScope(path, scopeOf)).toBe(scope));
});
