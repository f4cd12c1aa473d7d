import { describe, expect, it } from 'vitest';
import Decimal from 'decimal.js';
import {
  impliedPrior,
  ratio,
  RATIOS,
  renewalRate,
  reportIndicators,
  yearOverYear,
  type IndicatorInput,
} from '../../../src/lib/model/indicators.ts';
import { roundSig, sigDigits, zhNumber } from '../../../src/lib/model/precision.ts';

const exact = (value: number): IndicatorInput => ({ value, qualifier: 'exact', written: String(value) });
const def = (id: string) => {
  const d = RATIOS.find((r) => r.id === id);
  if (!d) throw new Error(id);
  return d;
};

describe('sigDigits', () => {
  it.each([
    ['364565', 364565, 'exact', Infinity],
    ['126.38万', 1263800, 'exact', 5],
    ['42万多', 420000, 'more-than', 2],
    ['20多万', 200000, 'more-than', 2],
    ['约20万', 200000, 'about', 2],
    ['1000余', 1000, 'more-than', 1],
    ['约327', 327, 'about', 3],
    ['1万2千多', 12000, 'more-than', 2],
    ['近1.5万', 15000, 'nearly', 2],
  ] as const)('%s → %s', (written, value, q, n) => {
    expect(sigDigits(written, value, q)).toBe(n);
  });
});

describe('rounding helpers', () => {
  it('rounds half up, or down for a lower bound', () => {
    expect(roundSig(new Decimal('0.5486'), 2).toString()).toBe('0.55');
    expect(roundSig(new Decimal('0.5486'), 2, true).toString()).toBe('0.54');
  });
  it.each([
    [1142000, '114.2万'],
    [364565, '36.4565万'],
    [670, '670'],
    [350000000, '3.5亿'],
  ])('zhNumber(%s) = %s', (n, s) => expect(zhNumber(new Decimal(n))).toBe(s));
});

describe('impliedPrior', () => {
  it('南海 流通量 126.38万 +10.66% ⇒ 2022 ≈ 114.2万', () => {
    const i = impliedPrior('use.circulation', 2023, {
      value: 1263800,
      qualifier: 'exact',
      written: '126.38万',
      change: '+10.66%',
    });
    expect(i.present).toBe(true);
    expect(i.value).toBe(1142000);
    expect(i.text).toBe('≈114.2万');
    expect(i.qualifier).toBe('about');
    expect(i.label).toBe('2022年文献流通量（推算）');
    expect(i.formula).toContain('126.38万 ÷ (1 + 10.66%)');
    expect(i.formula).toContain('4 位有效数字');
  });
  it('handles a decrease', () => {
    const i = impliedPrior('use.visits', 2021, { value: 90000, qualifier: 'exact', written: '9万', change: '-10%' });
    expect(i.value).toBe(100000);
  });
  it('is absent with a reason when no change is stated', () => {
    const i = impliedPrior('use.visits', 2021, exact(5));
    expect(i.present).toBe(false);
    expect(i.reason).toBe('报告没有写明同比变化');
    expect(i.value).toBeUndefined();
  });
});

describe('yearOverYear', () => {
  it('computes exact change from two exact years, to 0.1 percentage point', () => {
    const i = yearOverYear(
      'collection.total',
      { year: 2020, figure: exact(349940) },
      { year: 2021, figure: exact(364565) },
    );
    expect(i.text).toBe('+4.2%');
    expect(
      yearOverYear('events.total', { year: 2020, figure: exact(300) }, { year: 2021, figure: exact(301) }).text,
    ).toBe('+0.3%');
    expect(i.qualifier).toBe('exact');
    expect(i.formula).toContain('(364565 − 349940) ÷ 349940');
  });
  it('is approximate when an input is, with the inputs’ precision', () => {
    const i = yearOverYear(
      'use.visits',
      { year: 2020, figure: { value: 500000, qualifier: 'more-than', written: '50万多' } },
      { year: 2021, figure: { value: 420000, qualifier: 'more-than', written: '42万多' } },
    );
    expect(i.text).toBe('约 −16%');
    expect(i.qualifier).toBe('about');
  });
  it('a lower bound over an exact count is a lower bound, rounded down', () => {
    const i = yearOverYear(
      'use.loans',
      { year: 2020, figure: { value: 189000, qualifier: 'exact', written: '18.9万' } },
      { year: 2021, figure: { value: 200000, qualifier: 'more-than', written: '20多万' } },
    );
    expect(i.text).toBe('超过 +5.8%');
    expect(i.qualifier).toBe('more-than');
  });
  it('says 约持平 for equal approximate values', () => {
    const a = { value: 200000, qualifier: 'about', written: '约20万' } as const;
    expect(yearOverYear('events.participants', { year: 2020, figure: a }, { year: 2021, figure: a }).text).toBe(
      '约持平',
    );
  });
  it.each([
    [{ year: 2019, figure: exact(1) }, { year: 2021, figure: exact(2) }, '不是相邻年度'],
    [{ year: 2020 }, { year: 2021, figure: exact(2) }, '2020年的报告没有给出'],
    [{ year: 2020, figure: { ...exact(1), period: '2020-01/2020-06' } }, { year: 2021, figure: exact(2) }, '非全年'],
    [{ year: 2020, figure: exact(0) }, { year: 2021, figure: exact(2) }, '为 0'],
  ])('absent: %j → %j', (prev, cur, reason) => {
    const i = yearOverYear('use.visits', prev, cur);
    expect(i.present).toBe(false);
    expect(i.reason).toContain(reason);
    expect(i.text).toBe('—');
  });
});

describe('ratios', () => {
  it('turnover with a lower-bound numerator is a lower bound, rounded down', () => {
    const i = ratio(def('turnover'), {
      'use.loans': { value: 200000, qualifier: 'more-than', written: '20多万' },
      'collection.total': exact(364565),
    });
    expect(i.qualifier).toBe('more-than');
    expect(i.value).toBe(0.54);
    expect(i.text).toBe('超过 0.54 册次/册');
    expect(i.formula).toContain('20多万 ÷ 364565');
    expect(i.formula).toContain('向下取 2 位有效数字');
  });
  it('attendance per event from 约20万 and 300 is approximate', () => {
    const i = ratio(def('attendancePerEvent'), {
      'events.participants': { value: 200000, qualifier: 'about', written: '约20万' },
      'events.total': exact(300),
    });
    expect(i.text).toBe('约 670 人次/场');
  });
  it('professional share, exact inputs, 3 significant digits', () => {
    const i = ratio(def('professionalShare'), { 'staff.professional': exact(36), 'staff.actual': exact(43) });
    expect(i.text).toBe('83.7%');
    expect(i.qualifier).toBe('exact');
    expect(i.formula).toContain('≈ 83.7%');
  });
  it('is absent, never zero, when an input is missing', () => {
    const i = ratio(def('eventsPerStaff'), { 'events.total': exact(301) });
    expect(i.present).toBe(false);
    expect(i.reason).toBe('报告没有给出“实际在编”');
    expect(i.value).toBeUndefined();
  });
  it('is absent when the inputs count different scopes (a network total over one library’s count)', () => {
    const i = ratio(def('turnover'), {
      'use.loans': exact(200000),
      'collection.total': { value: 3794200, qualifier: 'exact', written: '379.42万', scope: 'network' },
    });
    expect(i.present).toBe(false);
    expect(i.reason).toBe('“外借册次”（本馆）与“馆藏总量”（总分馆体系）统计范围不同，不能相除');
  });
  it('is absent when an input is part-year', () => {
    const i = ratio(def('eventsPerStaff'), {
      'events.total': { ...exact(12), period: '2021-01/2021-06' },
      'staff.actual': exact(43),
    });
    expect(i.present).toBe(false);
    expect(i.reason).toContain('非全年');
  });
  it('renewal rate says which new-items figure it used', () => {
    expect(
      renewalRate({ 'collection.newPrintVolumes': exact(14162), 'collection.total': exact(364565) }).label,
    ).toContain('纸质');
    const all = renewalRate({
      'collection.newVolumes': { value: 88700, qualifier: 'exact', written: '8.87万' },
      'collection.total': { value: 3794200, qualifier: 'exact', written: '379.42万' },
    });
    expect(all.label).toContain('全部载体');
    expect(all.text).toBe('2.34%');
  });
});

describe('reportIndicators', () => {
  it('lists every indicator that needs no population', () => {
    expect(reportIndicators({}).map((i) => i.id)).toEqual([
      'renewal',
      'turnover',
      'attendancePerEvent',
      'eventsPerStaff',
      'professionalShare',
    ]);
  });
});
