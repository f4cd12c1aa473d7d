/**
 * Plans vs outcomes. Pure: reports (their plans, their review of last year's plans, their text and
 * events) in; the cross-report problems, and what a profile shows, out. The statuses are an editor's
 * reading recorded in the later report's `planReview` — nothing here guesses a status.
 */
import { text, type Finding } from './messages.ts';
import type { Sentence } from './sentences.ts';

/** The statuses an editor gives a plan item, with the words a reader sees (never colour alone). */
export const PLAN_STATUSES = {
  done: { zh: '已落实', en: 'done', mark: '✓' },
  partly: { zh: '部分落实', en: 'partly', mark: '◐' },
  'no-evidence': { zh: '报告中未见', en: 'no evidence', mark: '—' },
} as const;
export type PlanStatus = keyof typeof PLAN_STATUSES;

/** The status ids in table order. */
export const PLAN_STATUS_IDS = Object.keys(PLAN_STATUSES) as [PlanStatus, ...PlanStatus[]];

/** One piece of evidence in a report: a dated event (its anchor id) or a sentence copied verbatim. */
export type PlanEvidence = { readonly event: string } | { readonly quote: string };

/** What became of one item of last year's plan, as recorded in this year's `planReview` (src/schemas/plan-review.ts). */
export interface PlanReview {
  readonly plan: string;
  readonly status: PlanStatus;
  readonly evidence: readonly PlanEvidence[];
  readonly note?: string | undefined;
}

/** What the plan-review logic needs of one report. */
export interface PlanReport {
  readonly library: string;
  readonly year: number;
  readonly plans: readonly { id: string; text: string }[];
  readonly planReview: readonly PlanReview[];
}

/** A problem in a `planReview`, located by its path in the frontmatter. */
export interface PlanReviewProblem extends Finding {
  readonly path: (string | number)[];
}

const compact = (s: string): string => s.replace(/[\s\u3000]+/g, '');

/** The sentence of `sentences` that contains `quote` (whitespace ignored), if any. */
export function sentenceWithQuote(sentences: readonly Sentence[], quote: string): Sentence | undefined {
  const q = compact(quote);
  return q ? sentences.find((s) => compact(s.text).includes(q)) : undefined;
}

/**
 * Problems of `report.planReview`: the previous year's report must exist and have the plan item, each
 * event id must be an event of this report, each quote must lie within one sentence of this text; once
 * a review is begun, a plan item of last year left out of it is a warning.
 */
export function checkPlanReview(
  report: PlanReport,
  previous: PlanReport | undefined,
  eventIds: ReadonlySet<string>,
  sentences: readonly Sentence[],
): PlanReviewProblem[] {
  const out: PlanReviewProblem[] = [];
  // A report without planReview is simply not reviewed yet (the profile says so); no warning.
  if (report.planReview.length === 0) return out;
  const prevYear = report.year - 1;
  if (!previous) {
    out.push({
      severity: 'error',
      code: 'plan-review/no-previous-report',
      path: ['planReview'],
      message: text(
        `有 planReview，但没有 ${report.library} 的 ${prevYear} 年报告可对照`,
        `planReview is given, but ${report.library} has no ${prevYear} report to review`,
      ),
      hint: text(
        `planReview 记录的是上一年（${prevYear} 年）报告 plans 的落实情况：先添加 ${prevYear} 年报告，或删掉 planReview`,
        `planReview reviews the plans of the ${prevYear} report: add that report or remove planReview`,
      ),
    });
    return out;
  }
  const planIds = previous.plans.map((p) => p.id);
  report.planReview.forEach((r, i) => {
    if (!planIds.includes(r.plan)) {
      out.push({
        severity: 'error',
        code: 'plan-review/unknown-plan',
        path: ['planReview', i, 'plan'],
        message: text(
          `${prevYear} 年报告的 plans 中没有 id 为 “${r.plan}” 的条目`,
          `The ${prevYear} report has no plan item with id "${r.plan}"`,
        ),
        hint: text(
          `可用的 id：${planIds.join('、') || '（该报告没有 plans）'}`,
          `Known ids: ${planIds.join(', ') || '(that report has no plans)'}`,
        ),
      });
    }
    r.evidence.forEach((e, j) => {
      if ('event' in e && !eventIds.has(e.event)) {
        out.push({
          severity: 'error',
          code: 'plan-review/unknown-event',
          path: ['planReview', i, 'evidence', j, 'event'],
          message: text(`本报告中没有 id 为 ${e.event} 的事件`, `This report has no event with id ${e.event}`),
          hint: text(
            `事件 id 见生成网站后的 /data/events.json（本报告的事件以 e-${report.year}- 开头），或报告页面上事件的锚点；也可改用 { quote: "正文中的原句" }`,
            `Event ids are listed in /data/events.json after a build (this report's start with e-${report.year}-); or use { quote: "…" }`,
          ),
        });
      }
      if ('quote' in e && !sentenceWithQuote(sentences, e.quote)) {
        out.push({
          severity: 'error',
          code: 'plan-review/quote-not-found',
          path: ['planReview', i, 'evidence', j, 'quote'],
          message: text(
            `quote “${e.quote}” 在本报告正文的任何一句中都找不到`,
            `quote "${e.quote}" is not found within any sentence of this report`,
          ),
          hint: text(
            '从正文原样复制一句话或其中连续的一段（不跨句号），不要改写',
            'Copy a sentence, or a continuous part of one, verbatim from the text',
          ),
        });
      }
    });
  });
  const reviewed = new Set(report.planReview.map((r) => r.plan));
  for (const p of previous.plans) {
    if (reviewed.has(p.id)) continue;
    out.push({
      severity: 'warning',
      code: 'plan-review/missing',
      path: ['planReview'],
      message: text(
        `${prevYear} 年计划条目 “${p.id}” 还没有记录落实情况`,
        `Plan item "${p.id}" of ${prevYear} has no review yet`,
      ),
      hint: text(
        `在 planReview 中加一条：{ plan: ${p.id}, status: done | partly | no-evidence, evidence: [...] }`,
        `Add to planReview: { plan: ${p.id}, status: done | partly | no-evidence, evidence: [...] }`,
      ),
    });
  }
  return out;
}

/** One plan item with what the next year's report says of it. */
export interface PlanOutcome {
  readonly id: string;
  readonly text: string;
  /** Absent when the next report exists but the item has not been reviewed yet. */
  readonly review?: PlanReview | undefined;
}

/** The plan of one report, for the year after it. */
export interface PlanBlock {
  /** The report that states the plan. */
  readonly planYear: number;
  /** The year the plan is for. */
  readonly forYear: number;
  /** The year of the report that reviews it; absent when there is no such report yet. */
  readonly reviewedIn?: number | undefined;
  readonly items: PlanOutcome[];
}

/** Every report's plan with its outcome, newest plan first; reports without plans are left out. */
export function planBlocks(reports: readonly PlanReport[]): PlanBlock[] {
  const byYear = new Map(reports.map((r) => [r.year, r]));
  return [...reports]
    .filter((r) => r.plans.length > 0)
    .sort((a, b) => b.year - a.year)
    .map((r) => {
      const next = byYear.get(r.year + 1);
      return {
        planYear: r.year,
        forYear: r.year + 1,
        reviewedIn: next?.year,
        items: r.plans.map((p) => ({ id: p.id, text: p.text, review: next?.planReview.find((x) => x.plan === p.id) })),
      };
    });
}

/** Counts of each status in a block (unreviewed items counted as `pending`). */
export function statusCounts(block: PlanBlock): Record<PlanReview['status'] | 'pending', number> {
  const out = Object.fromEntries([...PLAN_STATUS_IDS, 'pending'].map((s) => [s, 0])) as Record<
    PlanStatus | 'pending',
    number
  >;
  for (const i of block.items) out[i.review?.status ?? 'pending'] += 1;
  return out;
}
