/**
 * Per-capita indicators: a figure divided by the library's service population (per resident, or per
 * 10,000 residents). Computed only from a population with a cited source — never an estimate. Each keeps
 * its inputs' qualifier (a lower bound stays one) and precision (366.72万 is precise to the hundred), and
 * says which scope it divides: a network figure over the district's residents pairs like with like, a
 * library-alone figure over a whole city's residents is said to be one. Pure; arithmetic exact (decimal.js).
 */
import Decimal from 'decimal.js';
import { getMetric } from './catalog.ts';
import { labelText } from './definition-labels.ts';
import type { FigureRow } from './figure-rows.ts';
import type { ParsedFigure, Qualifier } from './parse-figure.ts';
import type { ServicePopulation } from './population.ts';
import { MAX_SIG_DIGITS, roundSig, roundingNote, sigDigits, zhNumber } from './precision.ts';
import { SCOPES, type Scope } from './scope.ts';

/** One per-capita indicator as the catalog of indicators defines it. */
export interface PerCapitaDef {
  readonly id: string;
  readonly label: string;
  readonly labelEn: string;
  readonly unit: string;
  readonly unitEn: string;
  /** The metric divided. */
  readonly metric: string;
  /** 1 (per resident) or 10000 (per 10,000 residents). */
  readonly per: 1 | 10000;
}

/** The per-capita indicators, in display order. Ids are public (the `indicator` column of /data/indicators.*). */
export const PER_CAPITA: readonly PerCapitaDef[] = [
  {
    id: 'visitsPerCapita',
    label: '人均到馆',
    labelEn: 'Visits per resident',
    unit: '人次/人',
    unitEn: 'visits per resident',
    metric: 'use.visits',
    per: 1,
  },
  {
    id: 'loansPerCapita',
    label: '人均外借',
    labelEn: 'Loans per resident',
    unit: '册次/人',
    unitEn: 'loans per resident',
    metric: 'use.loans',
    per: 1,
  },
  {
    id: 'circulationPerCapita',
    label: '人均文献流通',
    labelEn: 'Circulation per resident',
    unit: '册次/人',
    unitEn: 'items circulated per resident',
    metric: 'use.circulation',
    per: 1,
  },
  {
    id: 'collectionPerCapita',
    label: '人均馆藏',
    labelEn: 'Collection per resident',
    unit: '册/人',
    unitEn: 'items per resident',
    metric: 'collection.total',
    per: 1,
  },
  {
    id: 'eventsPer10k',
    label: '每万人读者活动',
    labelEn: 'Events per 10,000 residents',
    unit: '场次/万人',
    unitEn: 'events per 10,000 residents',
    metric: 'events.total',
    per: 10000,
  },
  {
    id: 'participantsPer10k',
    label: '每万人活动参与',
    labelEn: 'Event participants per 10,000 residents',
    unit: '人次/万人',
    unitEn: 'participants per 10,000 residents',
    metric: 'events.participants',
    per: 10000,
  },
];

/** The figure a per-capita indicator divides. */
export interface PerCapitaInput extends ParsedFigure {
  /** Number, qualifier and unit as the sentence writes them; the written form when empty. */
  readonly wording?: string | undefined;
  readonly scope: Scope;
  readonly labels: readonly string[];
  /** Part-year period as written; empty for a full year. */
  readonly period?: string | undefined;
}

/** A per-capita indicator of one report: present with its value, or absent with the reason. */
export interface PerCapita {
  readonly def: PerCapitaDef;
  readonly present: boolean;
  readonly value?: number | undefined;
  readonly qualifier: Qualifier;
  /** The value as shown, with its qualifier: "超过 0.26 人次/人", "约 0.892 场次/万人". */
  readonly text: string;
  /** The formula with the inputs as written and the rounding applied. */
  readonly formula: string;
  /** Scope of the figure divided, and its labels: they travel with the indicator. */
  readonly scope?: Scope | undefined;
  readonly labels: readonly string[];
  /** What is divided by what, in words: "本馆数字 ÷ 北海市常住人口". */
  readonly divides: string;
  readonly dividesEn: string;
  readonly reason?: string | undefined;
}

/** Shown where a library has no population with a source. */
export const NO_POPULATION = '服务人口未注明来源，不计算人均';
export const NO_POPULATION_EN = 'No service population with a cited source: per-capita figures are not computed';

const LOWER: readonly Qualifier[] = ['more-than', 'at-least'];

/** What the figure counts, in the words of its scope: 本馆数字 / 总分馆体系合计 / 全地区合计. */
const SCOPE_WORDS: Readonly<Record<Scope, { zh: string; en: string }>> = {
  library: { zh: '本馆数字', en: 'the library’s own figure' },
  network: { zh: '总分馆体系合计', en: 'the whole network’s figure' },
  area: { zh: '全地区合计', en: 'the whole area’s figure' },
};

function showValue(d: Decimal, q: Qualifier, unit: string): string {
  const n = `${zhNumber(d)} ${unit}`;
  return q === 'exact' ? n : q === 'more-than' ? `超过 ${n}` : `约 ${n}`;
}

/** Every per-capita indicator of one report (figures keyed by metric id). */
export function perCapitaIndicators(
  figures: Readonly<Record<string, PerCapitaInput | undefined>>,
  population: ServicePopulation | undefined,
): PerCapita[] {
  return PER_CAPITA.map((def) => perCapitaOf(def, figures[def.metric], population));
}

/** One per-capita indicator. */
export function perCapitaOf(
  def: PerCapitaDef,
  f: PerCapitaInput | undefined,
  population: ServicePopulation | undefined,
): PerCapita {
  const metricLabel = getMetric(def.metric)?.label ?? def.metric;
  const times = def.per === 1 ? '' : ' × 1万';
  const general = `${def.label} = ${metricLabel} ÷ 服务人口${times}`;
  const area = population?.area ? `${population.area}常住人口` : '服务人口';
  const areaEn = population?.area ? `the residents of ${population.area}` : 'the service population';
  const scope = f?.scope;
  const divides = scope ? `${SCOPE_WORDS[scope].zh} ÷ ${area}` : '';
  const dividesEn = scope ? `${SCOPE_WORDS[scope].en} ÷ ${areaEn}` : '';
  const absent = (reason: string): PerCapita => ({
    def,
    present: false,
    qualifier: 'exact',
    text: '—',
    formula: general,
    scope,
    labels: f?.labels ?? [],
    divides,
    dividesEn,
    reason,
  });
  if (!population) return absent(NO_POPULATION);
  if (!f) return absent(`报告没有给出“${metricLabel}”`);
  if (f.period) return absent(`“${metricLabel}”是非全年数据（${f.period}），不能按全年人口计算人均`);
  const q: Qualifier =
    f.qualifier === 'exact' && population.qualifier === 'exact'
      ? 'exact'
      : LOWER.includes(f.qualifier) && population.qualifier === 'exact'
        ? 'more-than'
        : 'about';
  const sig = Math.min(
    MAX_SIG_DIGITS,
    sigDigits(f.written, f.value, f.qualifier),
    sigDigits(population.written, population.value, population.qualifier),
  );
  const raw = new Decimal(f.value).div(population.value).times(def.per);
  const rounded = roundSig(raw, sig, q === 'more-than');
  const shown = showValue(rounded, q, def.unit);
  const labels = f.labels.length ? `（${f.labels.map((l) => labelText(l)).join('，')}）` : '';
  const inputs = `${f.wording || f.written}${labels}[${SCOPES[f.scope].zh}] ÷ ${population.written}（${population.area ?? '服务人口'}，${population.year}年，${population.source}）`;
  return {
    def,
    present: true,
    value: rounded.toNumber(),
    qualifier: q,
    text: shown,
    formula: `${general} = ${inputs}${times} ${rounded.eq(raw) ? '=' : '≈'} ${shown}（${roundingNote(sig, q === 'more-than')}）`,
    scope: f.scope,
    labels: f.labels,
    divides,
    dividesEn,
  };
}

/** The figure rows of one report as per-capita inputs, keyed by metric id. */
export function perCapitaInputs(
  rows: readonly Pick<
    FigureRow,
    'metric' | 'value' | 'qualifier' | 'written' | 'wording' | 'scope' | 'labels' | 'period'
  >[],
): Record<string, PerCapitaInput> {
  return Object.fromEntries(
    rows.map((r) => [
      r.metric,
      {
        value: r.value,
        qualifier: r.qualifier as Qualifier,
        written: r.written,
        wording: r.wording,
        scope: r.scope,
        labels: r.labels,
        period: r.period,
      },
    ]),
  );
}
