/**
 * Derived indicators: numbers the reports do not state but that follow from the ones they do.
 * Pure. Every indicator carries its formula with the inputs as written and the rounding applied;
 * an indicator whose inputs are approximate is approximate (a lower bound stays a lower bound);
 * one whose inputs are missing is absent with the reason — never zero. Arithmetic is exact (decimal.js).
 */
import Decimal from 'decimal.js';
import { getMetric } from './catalog.ts';
import type { ParsedFigure, Qualifier } from './parse-figure.ts';
import { MAX_SIG_DIGITS, roundSig, roundingNote, sigDigits, zhNumber } from './precision.ts';
import { SCOPES, type Scope } from './scope.ts';

/** The view of a figure an indicator needs. */
export interface IndicatorInput extends ParsedFigure {
  /** Part-year period as written; empty or absent for a full year. */
  readonly period?: string | undefined;
  /** Year-over-year change as the report writes it, e.g. `+10.66%`. */
  readonly change?: string | undefined;
  /** Who the figure counts (src/lib/model/scope.ts); library alone when absent. */
  readonly scope?: Scope | undefined;
}

/** Figures of one report, keyed by metric id. */
export type InputFigures = Readonly<Record<string, IndicatorInput | undefined>>;

/** A derived indicator: present with its value, or absent with the reason. */
export interface Indicator {
  readonly id: string;
  readonly label: string;
  readonly unit: string;
  /** Metric ids the indicator is computed from. */
  readonly inputs: readonly string[];
  readonly present: boolean;
  /** The rounded value (present only). */
  readonly value?: number;
  /** exact, about, or more-than (a lower bound). */
  readonly qualifier: Qualifier;
  /** The value as shown, with its qualifier: "约 670"、"超过 0.54"、"≈114.2万". */
  readonly text: string;
  /** The formula with the inputs as written and the rounding applied, or the general formula when absent. */
  readonly formula: string;
  /** Why the indicator is absent. */
  readonly reason?: string;
}

const LOWER: readonly Qualifier[] = ['more-than', 'at-least'];
const label = (id: string): string => getMetric(id)?.label ?? id;
const isPartYear = (f: IndicatorInput): boolean => Boolean(f.period);

/** The qualifier of a/b: exact when both are; a lower bound over an exact count stays a lower bound. */
function ratioQualifier(a: Qualifier, b: Qualifier): Qualifier {
  if (a === 'exact' && b === 'exact') return 'exact';
  if (LOWER.includes(a) && b === 'exact') return 'more-than';
  return 'about';
}

function showValue(d: Decimal, q: Qualifier, unit: string): string {
  const n = zhNumber(d);
  const u = unit === '%' ? '%' : unit ? ` ${unit}` : '';
  if (q === 'exact') return `${n}${u}`;
  if (q === 'more-than') return `超过 ${n}${u}`;
  return `约 ${n}${u}`;
}

function absent(
  id: string,
  lbl: string,
  unit: string,
  inputs: readonly string[],
  formula: string,
  reason: string,
): Indicator {
  return { id, label: lbl, unit, inputs, present: false, qualifier: 'exact', text: '—', formula, reason };
}

/** Names of missing inputs, or of part-year ones, as a reason; undefined when all are usable. */
function unusable(fig: InputFigures, ids: readonly string[]): string | undefined {
  const missing = ids.filter((id) => !fig[id]);
  if (missing.length) return `报告没有给出${missing.map((id) => `“${label(id)}”`).join('、')}`;
  const part = ids.filter((id) => isPartYear(fig[id] as IndicatorInput));
  if (part.length)
    return `${part.map((id) => `“${label(id)}”`).join('、')}是非全年数据（${part.map((id) => fig[id]?.period).join('、')}），不能与全年数据相除`;
  return undefined;
}

interface RatioDef {
  readonly id: string;
  readonly label: string;
  readonly unit: string;
  readonly num: string;
  readonly den: string;
  readonly percent?: boolean;
}

/** A ratio indicator: num ÷ den (× 100 % when `percent`). */
export function ratio(def: RatioDef, fig: InputFigures, den?: IndicatorInput, denLabel?: string): Indicator {
  const dLabel = denLabel ?? label(def.den);
  const times = def.percent ? ' × 100%' : '';
  const general = `${def.label} = ${label(def.num)} ÷ ${dLabel}${times}`;
  const d = den ?? fig[def.den];
  const inputs = [def.num, def.den];
  const reason = unusable({ [def.num]: fig[def.num], [def.den]: d }, inputs);
  if (reason || !d) return absent(def.id, def.label, def.unit, inputs, general, reason ?? '');
  const a = fig[def.num] as IndicatorInput;
  const [sa, sd] = [a.scope ?? 'library', d.scope ?? 'library'];
  // A network total over a library-alone count (or the reverse) divides unlike things.
  if (sa !== sd)
    return absent(
      def.id,
      def.label,
      def.unit,
      inputs,
      general,
      `“${label(def.num)}”（${SCOPES[sa].zh}）与“${dLabel}”（${SCOPES[sd].zh}）统计范围不同，不能相除`,
    );
  if (d.value === 0) return absent(def.id, def.label, def.unit, inputs, general, `“${dLabel}”为 0，不能作除数`);
  const q = ratioQualifier(a.qualifier, d.qualifier);
  const sig = Math.min(
    MAX_SIG_DIGITS,
    sigDigits(a.written, a.value, a.qualifier),
    sigDigits(d.written, d.value, d.qualifier),
  );
  const raw = new Decimal(a.value).div(d.value).times(def.percent ? 100 : 1);
  const rounded = roundSig(raw, sig, q === 'more-than');
  const sign = rounded.eq(raw) ? '=' : '≈';
  const shown = showValue(rounded, q, def.unit);
  return {
    id: def.id,
    label: def.label,
    unit: def.unit,
    inputs,
    present: true,
    value: rounded.toNumber(),
    qualifier: q,
    text: shown,
    formula: `${general} = ${a.written} ÷ ${d.written}${times} ${sign} ${shown}（${roundingNote(sig, q === 'more-than')}）`,
  };
}

/** The ratio indicators computed for every report. */
export const RATIOS: readonly RatioDef[] = [
  { id: 'turnover', label: '藏书外借周转', unit: '册次/册', num: 'use.loans', den: 'collection.total' },
  { id: 'attendancePerEvent', label: '场均参与人次', unit: '人次/场', num: 'events.participants', den: 'events.total' },
  { id: 'eventsPerStaff', label: '人均举办活动', unit: '场次/人', num: 'events.total', den: 'staff.actual' },
  {
    id: 'professionalShare',
    label: '专业技术人员占比',
    unit: '%',
    num: 'staff.professional',
    den: 'staff.actual',
    percent: true,
  },
];

/**
 * Collection renewal rate: new items ÷ collection. Uses all new items (`collection.newVolumes`) when
 * given, else new print books (`collection.newPrintVolumes`), and says which in its label.
 */
export function renewalRate(fig: InputFigures): Indicator {
  const num = fig['collection.newVolumes'] ? 'collection.newVolumes' : 'collection.newPrintVolumes';
  const which = num === 'collection.newVolumes' ? '按全部载体新增' : '按新增纸质图书';
  return ratio(
    { id: 'renewal', label: `馆藏更新率（${which}）`, unit: '%', num, den: 'collection.total', percent: true },
    fig,
  );
}

/**
 * Every derived indicator of one report that needs no population (and no other year): per-capita
 * indicators are in src/lib/model/per-capita.ts, year-over-year change below.
 */
export function reportIndicators(fig: InputFigures): Indicator[] {
  return [renewalRate(fig), ...RATIOS.map((r) => ratio(r, fig))];
}

/** Change between two consecutive years of one metric, in percent. */
export function yearOverYear(
  metricId: string,
  prev: { year: number; figure?: IndicatorInput | undefined },
  cur: { year: number; figure?: IndicatorInput | undefined },
): Indicator {
  const lbl = `${label(metricId)}同比变化`;
  const general = `${lbl} = (${cur.year}年 − ${prev.year}年) ÷ ${prev.year}年 × 100%`;
  const inputs = [metricId];
  const no = (reason: string): Indicator => absent(`yoy:${metricId}`, lbl, '%', inputs, general, reason);
  if (cur.year - prev.year !== 1) return no(`${prev.year}年与${cur.year}年不是相邻年度`);
  if (!prev.figure || !cur.figure)
    return no(`${!prev.figure ? prev.year : cur.year}年的报告没有给出“${label(metricId)}”`);
  if (prev.figure.period || cur.figure.period) return no('其中一年是非全年数据，不能比较');
  if (prev.figure.value === 0) return no(`${prev.year}年为 0，不能计算变化率`);
  const p = prev.figure;
  const c = cur.figure;
  const q = ratioQualifier(c.qualifier, p.qualifier);
  const sig = Math.min(
    MAX_SIG_DIGITS,
    sigDigits(p.written, p.value, p.qualifier),
    sigDigits(c.written, c.value, c.qualifier),
  );
  const raw = new Decimal(c.value).minus(p.value).div(p.value).times(100);
  // Exact counts: one decimal place of a percent. Approximate ones: no more digits than the inputs have.
  const rounded = q === 'exact' ? raw.toDecimalPlaces(1, Decimal.ROUND_HALF_UP) : roundSig(raw, sig, q === 'more-than');
  const signed = rounded.isZero() ? '持平' : `${rounded.gt(0) ? '+' : '−'}${zhNumber(rounded.abs())}%`;
  const text =
    q === 'exact' ? signed : q === 'more-than' ? `超过 ${signed}` : rounded.isZero() ? '约持平' : `约 ${signed}`;
  const note = q === 'exact' ? '四舍五入到 0.1 个百分点' : roundingNote(sig, q === 'more-than');
  return {
    id: `yoy:${metricId}`,
    label: lbl,
    unit: '%',
    inputs,
    present: true,
    value: rounded.toNumber(),
    qualifier: q,
    text,
    formula: `${general} = (${c.written} − ${p.written}) ÷ ${p.written} × 100% ${rounded.eq(raw) ? '=' : '≈'} ${text}（${note}）`,
  };
}

/**
 * The prior-year value a stated change implies: value ÷ (1 + change). Always approximate and derived:
 * 126.38万 at +10.66% ⇒ ≈114.2万. Rounded to the significant digits of the less precise input.
 */
export function impliedPrior(metricId: string, year: number, figure: IndicatorInput | undefined): Indicator {
  const lbl = `${year - 1}年${label(metricId)}（推算）`;
  const general = `${year - 1}年 = ${year}年 ÷ (1 + 同比变化)`;
  const inputs = [metricId];
  if (!figure) return absent(`prior:${metricId}`, lbl, '', inputs, general, `报告没有给出“${label(metricId)}”`);
  const m = /^([+\-−])\s*(\d+(?:\.\d+)?)\s*[%％]$/.exec(figure.change?.trim() ?? '');
  if (!m?.[2]) return absent(`prior:${metricId}`, lbl, '', inputs, general, '报告没有写明同比变化');
  const pct = new Decimal(m[2]).times(m[1] === '+' ? 1 : -1);
  const factor = pct.div(100).plus(1);
  if (factor.lte(0))
    return absent(`prior:${metricId}`, lbl, '', inputs, general, `同比变化 ${figure.change} 不能用来推算`);
  const pctSig = m[2].replace('.', '').replace(/^0+/, '').length || 1;
  const sig = Math.min(MAX_SIG_DIGITS + 1, sigDigits(figure.written, figure.value, figure.qualifier), pctSig);
  const rounded = roundSig(new Decimal(figure.value).div(factor), sig);
  const unit = getMetric(metricId)?.unit ?? '';
  const text = `≈${zhNumber(rounded)}`;
  return {
    id: `prior:${metricId}`,
    label: lbl,
    unit,
    inputs,
    present: true,
    value: rounded.toNumber(),
    qualifier: 'about',
    text,
    formula: `${general} = ${figure.written} ÷ (1 ${pct.gte(0) ? '+' : '−'} ${pct.abs().toFixed()}%) ${text}（推算值，非报告所写；${roundingNote(sig)}）`,
  };
}
