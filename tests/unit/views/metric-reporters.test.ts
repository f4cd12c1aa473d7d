import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { reportersByMetric, type ReporterRow } from '../../../src/lib/views/metric-reporters.ts';
import { formerReporters } from '../../../scripts/bench/former-reporters.ts';

const row = (
  library: string,
  year: number,
  metric = 'collection.total',
  libraryName = `${library}馆`,
): ReporterRow => ({
  metric,
  library,
  libraryName,
  year,
});

describe('reportersByMetric', () => {
  it('lists libraries in first-row order with their years in row order', () => {
    const m = reportersByMetric([
      row('b', 2021),
      row('a', 2020),
      row('b', 2020),
      row('b', 2021, 'use.visits'),
      row('b', 2021),
    ]);
    expect(m.get('collection.total')).toEqual(['b馆（2021、2020）', 'a馆（2020）']);
    expect(m.get('use.visits')).toEqual(['b馆（2021）']);
    expect(m.get('use.loans')).toBeUndefined();
  });

  it('merges identical labels of two libraries with the same name', () => {
    expect(reportersByMetric([row('a', 2020, 'x', '同名馆'), row('b', 2020, 'x', '同名馆')]).get('x')).toEqual([
      '同名馆（2020）',
    ]);
  });

  it('equals the per-row filtering it replaces', () => {
    const arb = fc.array(
      fc.record({
        metric: fc.constantFrom('m1', 'm2', 'm3'),
        library: fc.constantFrom('a', 'b', 'c', 'd'),
        libraryName: fc.constantFrom('甲', '乙'),
        year: fc.integer({ min: 2018, max: 2023 }),
      }),
      { maxLength: 40 },
    );
    fc.assert(
      fc.property(arb, (rows) => {
        // A library keeps one name, as in real rows.
        const named = rows.map((r) => ({ ...r, libraryName: r.library === 'a' || r.library === 'b' ? '甲' : '乙' }));
        const m = reportersByMetric(named);
        for (const id of ['m1', 'm2', 'm3']) expect(m.get(id) ?? []).toEqual(formerReporters(named, id));
      }),
    );
  });
});
