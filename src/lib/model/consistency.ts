/**
 * Consistency rules between figures of one report, declared once. A violated rule fails the build unless
 * one of the figures involved carries a `discrepancy` note; then it is shown as a data-quality flag.
 * Rules are checked only when every figure involved is exact and full-year: a 约/余/多 value or a
 * part-year figure cannot prove a contradiction.
 */
import { metric } from './catalog.ts';

/** The minimal view of a figure the rules need. */
export interface RuleFigure {
  readonly value: number;
  readonly qualifier: string;
  readonly period?: unknown;
  readonly discrepancy?: string | undefined;
}

/** A rule: the sum of `parts` must equal (or not exceed) `whole`. */
export interface Rule {
  readonly id: string;
  readonly parts: readonly string[];
  readonly whole: string;
  /** `equal`: the parts add up to the whole when all are given, and do not exceed it when only some are. */
  readonly relation: 'equal' | 'at-most';
  readonly description: { zh: string; en: string };
}

export const RULES: readonly Rule[] = [
  {
    id: 'events-by-type',
    relation: 'equal',
    whole: 'events.total',
    parts: ['events.lectures', 'events.exhibitions', 'events.outreach', 'events.training', 'events.other'],
    description: {
      zh: '各类活动场次之和等于读者活动总场次（只填了部分类别时，不超过总场次）',
      en: 'events by type add up to the total (when only some types are given, they do not exceed it)',
    },
  },
  {
    id: 'titles-within-professional',
    relation: 'at-most',
    whole: 'staff.professional',
    parts: ['staff.senior', 'staff.intermediate', 'staff.junior'],
    description: {
      zh: '高级、中级、初级职称人数之和不超过专业技术人员',
      en: 'staff by title do not exceed professional staff',
    },
  },
  {
    id: 'titles-within-staff',
    relation: 'at-most',
    whole: 'staff.actual',
    parts: ['staff.senior', 'staff.intermediate', 'staff.junior'],
    description: { zh: '职称人数之和不超过实际在编人数', en: 'staff by title do not exceed staff in post' },
  },
  {
    id: 'professional-within-staff',
    relation: 'at-most',
    whole: 'staff.actual',
    parts: ['staff.professional'],
    description: { zh: '专业技术人员不超过实际在编人数', en: 'professional staff do not exceed staff in post' },
  },
  {
    id: 'education-within-staff',
    relation: 'at-most',
    whole: 'staff.actual',
    parts: ['staff.eduCollege', 'staff.eduBachelor', 'staff.eduPostgrad'],
    description: {
      zh: '大专、本科、研究生学历人数之和不超过实际在编人数',
      en: 'staff by education do not exceed staff in post',
    },
  },
  {
    id: 'print-within-new',
    relation: 'at-most',
    whole: 'collection.newVolumes',
    parts: ['collection.newPrintVolumes'],
    description: { zh: '新增纸质图书册数不超过新增藏量', en: 'new print volumes do not exceed all new volumes' },
  },
  {
    id: 'new-within-total',
    relation: 'at-most',
    whole: 'collection.total',
    parts: ['collection.newVolumes'],
    description: { zh: '新增藏量不超过馆藏总量', en: 'new volumes do not exceed the collection' },
  },
  {
    id: 'branches-within-members',
    relation: 'at-most',
    whole: 'network.members',
    parts: ['network.branches'],
    description: { zh: '分馆数不超过总分馆体系成员馆数', en: 'branches do not exceed members of the system' },
  },
];

/** One violated rule in one report. */
export interface Violation {
  readonly rule: Rule;
  readonly partsSum: number;
  readonly wholeValue: number;
  readonly present: readonly string[];
  /** The discrepancy notes that acknowledge this violation; empty means the build must fail. */
  readonly acknowledgedBy: readonly { id: string; note: string }[];
}

const usable = (f: RuleFigure | undefined): f is RuleFigure =>
  f !== undefined && f.qualifier === 'exact' && f.period === undefined;

/** Check every rule against one report's figures. */
export function checkConsistency(figures: Readonly<Record<string, RuleFigure>>): Violation[] {
  const violations: Violation[] = [];
  for (const rule of RULES) {
    const whole = figures[rule.whole];
    const present = rule.parts.filter((id) => figures[id] !== undefined);
    if (!usable(whole) || present.length === 0) continue;
    if (!present.every((id) => usable(figures[id]))) continue;
    const complete = present.length === rule.parts.length;
    const partsSum = present.reduce((sum, id) => sum + (figures[id]?.value ?? 0), 0);
    const ok = rule.relation === 'equal' && complete ? partsSum === whole.value : partsSum <= whole.value;
    if (ok) continue;
    const acknowledgedBy = [rule.whole, ...present].flatMap((id) => {
      const note = figures[id]?.discrepancy;
      return note ? [{ id, note }] : [];
    });
    violations.push({ rule, partsSum, wholeValue: whole.value, present, acknowledgedBy });
  }
  return violations;
}

/** A one-line description of a violation, naming the figures and their values. */
export function describeViolation(
  v: Violation,
  figures: Readonly<Record<string, RuleFigure>>,
): { zh: string; en: string } {
  const partsZh = v.present.map((id) => `${metric(id).label} ${figures[id]?.value}`).join(' + ');
  const partsEn = v.present.map((id) => `${id} ${figures[id]?.value}`).join(' + ');
  const op = v.partsSum > v.wholeValue ? '>' : '<';
  return {
    zh: `不符合“${v.rule.description.zh}”：${partsZh} = ${v.partsSum} ${op} ${metric(v.rule.whole).label} ${v.wholeValue}`,
    en: `breaks "${v.rule.description.en}": ${partsEn} = ${v.partsSum} ${op} ${v.rule.whole} ${v.wholeValue}`,
  };
}
