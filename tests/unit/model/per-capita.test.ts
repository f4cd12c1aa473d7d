/**
 * Per-capita indicators: only with a population that has a source; qualifiers and precision carried; the
 * scope divided said in words. Inputs here are the reports' own forms, not the corpus read from disk.
 */
import { describe, expect, it } from 'vitest';
import {
  NO_POPULATION,
  PER_CAPITA,
  perCapitaIndicators,
  perCapitaOf,
  type PerCapitaInput,
} from '../../../src/lib/model/per-capita.ts';
import type { ServicePopulation } from '../../../src/lib/model/population.ts';

const city: ServicePopulation = {
  value: 1853227,
  qualifier: 'exact',
  written: '1853227',
  year: 2020,
  source: '某市第七次全国人口普查主要数据公报',
  area: '某市',
};
const district: ServicePopulation = {
  value: 3667200,
  qualifier: 'exact',
  written: '366.72万',
  year: 2020,
  source: '某市第七次全国人口普查主要数据解读',
  area: '某区',
};
const fig = (p: Partial<PerCapitaInput> & Pick<PerCapitaInput, 'value' | 'written'>): PerCapitaInput => ({
  qualifier: 'exact',
  scope: 'library',
  labels: [],
  ...p,
});
const def = (id: string) => {
  const d = PER_CAPITA.find((x) => x.id === id);
  if (!d) throw new Error(id);
  return d;
};

describe('per-capita indicators', () => {
  it('a lower bound over an exact population stays a lower bound, rounded down to its digits', () => {
    const i = perCapitaOf(
      def('visitsPerCapita'),
      fig({ value: 500000, qualifier: 'more-than', written: '50万多', wording: '50万多人次' }),
      city,
    );
    // 500000 / 1853227 = 0.2698…: two significant digits (50万多), rounded down.
    expect(i).toMatchObject({ present: true, value: 0.26, qualifier: 'more-than', text: '超过 0.26 人次/人' });
    expect(i.formula).toContain('50万多人次[本馆] ÷ 1853227（某市，2020年，某市第七次全国人口普查主要数据公报）');
    expect(i.formula).toContain('向下取 2 位有效数字，仍为下限');
    expect(i.divides).toBe('本馆数字 ÷ 某市常住人口');
  });

  it('a population written to the hundred limits the digits; a network figure says it is one', () => {
    const i = perCapitaOf(
      def('circulationPerCapita'),
      fig({ value: 1263800, written: '126.38万', scope: 'network', labels: ['district-network-total'] }),
      district,
    );
    // 1263800 / 3667200 = 0.34462…: at most 3 digits shown, rounded half up.
    expect(i).toMatchObject({ value: 0.345, qualifier: 'exact', text: '0.345 册次/人', scope: 'network' });
    expect(i.formula).toContain('≈');
    expect(i.formula).toContain('（全区总分馆合计）[总分馆体系] ÷ 366.72万');
    expect(i.divides).toBe('总分馆体系合计 ÷ 某区常住人口');
    expect(i.labels).toEqual(['district-network-total']);
  });

  it('per 10,000 residents, approximate input', () => {
    const i = perCapitaOf(def('eventsPer10k'), fig({ value: 327, qualifier: 'about', written: '约327' }), district);
    // 327 / 3667200 × 10000 = 0.89168…: 3 digits (约327).
    expect(i).toMatchObject({ value: 0.892, qualifier: 'about', text: '约 0.892 场次/万人' });
    expect(i.formula).toContain('× 1万');
  });

  it('is never computed without a population with a source, and says so', () => {
    const list = perCapitaIndicators(
      { 'use.visits': fig({ value: 35000, qualifier: 'more-than', written: '3.5万余' }) },
      undefined,
    );
    expect(list).toHaveLength(PER_CAPITA.length);
    for (const i of list) {
      expect(i.present).toBe(false);
      expect(i.value).toBeUndefined();
      expect(i.reason).toBe(NO_POPULATION);
    }
  });

  it('is absent, never zero, for a missing or part-year figure', () => {
    expect(perCapitaOf(def('loansPerCapita'), undefined, city).reason).toContain('报告没有给出“外借册次”');
    const part = perCapitaOf(def('eventsPer10k'), fig({ value: 8, written: '8', period: '2021-01/2021-06' }), city);
    expect(part.present).toBe(false);
    expect(part.reason).toContain('非全年');
  });
});
