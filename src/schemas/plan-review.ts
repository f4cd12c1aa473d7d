/**
 * Plans vs outcomes: in a report's frontmatter, `planReview` records — as an editor's reading of this
 * report — what became of each item of the previous year's plan (`plans` of last year's report).
 * The cross-file rules (the plan exists last year, the event exists here, the quote is in this text)
 * are checked in `src/check/check-content.ts`; this fragment holds the shape and the per-item rules.
 */
import { z } from 'astro/zod';
import { text } from '../lib/model/messages.ts';
import { PLAN_STATUS_IDS, PLAN_STATUSES, type PlanReview as ModelPlanReview } from '../lib/model/plan-outcomes.ts';
import { addIssue, choicesDescription, choicesMessage } from './issue.ts';

/** One piece of evidence in this report: a dated event (its anchor id) or a sentence copied verbatim. */
export const planEvidenceSchema = z.union(
  [
    z.strictObject({
      event: z
        .string()
        .regex(/^e-\d{4}(?:-\d{2}){0,2}-\d+$/, {
          error: '事件 id 形如 e-2021-03-31-1（见 /data/events.json 或报告页面上事件的锚点）',
        })
        .describe('本报告中一条事件的 id，如 e-2021-03-31-1'),
    }),
    z.strictObject({ quote: z.string().min(4).describe('本报告正文中的一句话（或其中连续的一段），原样复制') }),
  ],
  { error: '证据写成 { event: e-2021-03-31-1 } 或 { quote: "正文中的原句" }' },
);

export const planReviewItemSchema = z
  .strictObject({
    plan: z
      .string()
      .regex(/^[a-z0-9-]+$/, { error: '写上一年度报告 plans 中条目的 id，如 smart-reading-rooms-2021' })
      .describe('上一年度报告 plans 中条目的 id'),
    status: z
      .enum(PLAN_STATUS_IDS, { error: `status 只能是 ${choicesMessage(PLAN_STATUSES)}` })
      .describe(choicesDescription(PLAN_STATUSES)),
    evidence: z.array(planEvidenceSchema).default([]).describe('本报告中的证据：事件 id 或原句'),
    note: z.string().min(1).optional().describe('编者说明：为何如此判断，缺了哪部分'),
  })
  .superRefine((item, ctx) => {
    if (item.status !== 'no-evidence' && item.evidence.length === 0) {
      addIssue(
        ctx,
        item,
        {
          code: 'plan-review/no-evidence',
          message: text(
            `计划条目 ${item.plan} 标为 ${item.status}，但没有给出证据`,
            `plan item ${item.plan} is marked ${item.status} but has no evidence`,
          ),
          hint: text(
            '加上 evidence: [{ event: e-2021-03-31-1 }] 或 [{ quote: "正文中的原句" }]；报告中确实找不到就写 status: no-evidence',
            'add evidence: [{ event: … }] or [{ quote: "…" }]; if the report shows nothing, use status: no-evidence',
          ),
        },
        ['evidence'],
      );
    }
    if (item.status === 'no-evidence' && item.evidence.length > 0) {
      addIssue(
        ctx,
        item,
        {
          code: 'plan-review/evidence-without-status',
          message: text(
            `计划条目 ${item.plan} 标为 no-evidence，却给出了证据`,
            `plan item ${item.plan} is marked no-evidence but lists evidence`,
          ),
          hint: text(
            '有证据就写 status: done 或 partly；没有就删掉 evidence',
            'with evidence use done or partly; otherwise remove evidence',
          ),
        },
        ['status'],
      );
    }
  });

export const planReviewSchema = z.array(planReviewItemSchema).default([]);

export type PlanReviewInput = z.input<typeof planReviewItemSchema>;
export type PlanReview = z.output<typeof planReviewItemSchema>;
export type PlanEvidence = z.output<typeof planEvidenceSchema>;

/** What the schema gives is what the model works on (a compile error here means the two drifted apart). */
export type PlanReviewMatchesModel = PlanReview extends ModelPlanReview ? true : never;
const matches: PlanReviewMatchesModel = true;
void matches;
