/**
 * A report: `content/reports/<library>/<year>.mdx`. The shape is composed in `content.config.ts`
 * (with `library` as a reference) and in the fast checker (with `library` as a plain id).
 */
import { z } from 'astro/zod';
import { AWARD_KIND_IDS } from '../lib/model/awards.ts';
import { checkConsistency, describeViolation } from '../lib/model/consistency.ts';
import { text } from '../lib/model/messages.ts';
import { figuresSchema } from './figures.ts';
import { addIssue, choicesDescription, choicesMessage } from './issue.ts';
import { AWARD_LEVEL_IDS, AWARD_LEVELS } from '../lib/model/awards.ts';
import { TEXT_SCRIPT_IDS, TEXT_SCRIPTS } from '../lib/model/text-scripts.ts';
import { planReviewSchema } from './plan-review.ts';
import { changelogSchema } from './changelog.ts';
import { isoDate, partialDate } from './date-fields.ts';

export const leaderSchema = z.strictObject({
  body: z.string().min(1).describe('所在领导班子，如 行政领导、党组织'),
  name: z.string().min(1),
  gender: z.enum(['男', '女']).optional(),
  role: z.string().min(1).describe('职务，照原文写'),
  term: z.string().optional().describe('任职时间，照原文写，如 2017年2月-'),
});

export const awardSchema = z.strictObject({
  title: z.string().min(1).describe('荣誉名称，照原文写'),
  kind: z
    .enum(AWARD_KIND_IDS, {
      error: (issue) =>
        `${issue.input === undefined ? '缺少 kind' : `kind 不能写 ${JSON.stringify(issue.input)}`}：按原文措辞填写 title 荣誉称号 / prize 奖项 / selection 入选、示范、基地 / case 案例分享、交流 / other 其他，如 kind: prize`,
    })
    .describe(
      '类别，按原文措辞：title 荣誉称号（原文称“称号”）/ prize 奖项（奖、优秀奖、获评优秀案例）/ selection 入选、命名为基地或示范 / case 在会议上分享、交流的案例 / other 其他（如“首张”“第一家”）。只有前三类计入荣誉数',
    ),
  date: partialDate.optional().describe('获得日期（原文只写年份就只填年份）'),
  body: z.string().optional().describe('授予单位（原文写明时才填）'),
  level: z
    .enum(AWARD_LEVEL_IDS)
    .optional()
    .describe(`级别：${choicesDescription(AWARD_LEVELS)}`),
  quote: z.string().optional().describe('原文中提到该荣誉的句子片段'),
});

export const planItemSchema = z.strictObject({
  id: z
    .string()
    .regex(/^[a-z0-9-]+$/, { error: 'id 用小写字母、数字和连字符' })
    .describe('计划条目的标识，在本报告内唯一'),
  text: z.string().min(1).describe('计划内容，照原文写'),
});

export const editorNoteSchema = z.strictObject({
  text: z.string().min(1).describe('编者所做的改动和理由'),
  original: z.string().optional().describe('原文（改动前）'),
});

/** The report's own fields, except `library`, whose type depends on where the schema is used. */
export const reportShape = {
  year: z.number({ error: 'year 要写成四位数字，如 2021' }).int().min(1900).max(2100).describe('报告年度'),
  title: z.string().min(2).describe('报告标题，照原文写'),
  published: isoDate.optional().describe('报告落款日期（原文有才填）'),
  dataAsOf: isoDate.optional().describe('数据截止日期（原文写明时）'),
  source: z.string().min(1).describe('原始文件名'),
  script: z
    .enum(TEXT_SCRIPT_IDS, { error: `script 只能是 ${choicesMessage(TEXT_SCRIPTS)}` })
    .default('simplified')
    .describe(`正文用字：${choicesDescription(TEXT_SCRIPTS)}（默认简体；繁体只在馆的报告原本就用繁体发布时填写）`),
  conversion: z.array(z.string()).default([]).describe('转换时所做的处理（删除的误入标题、繁简转换等）'),
  editorNotes: z.array(editorNoteSchema).default([]).describe('编者注：修复乱码等，每处写明原文'),
  figures: figuresSchema.describe('报告中的数字，按组填写，见 /metrics/'),
  leadership: z.array(leaderSchema).default([]).describe('领导班子名单'),
  awards: z.array(awardSchema).default([]).describe('荣誉与奖项'),
  problems: z.array(z.string().min(1)).default([]).describe('报告列出的存在问题，照原文写'),
  plans: z.array(planItemSchema).default([]).describe('下一年度工作计划条目，照原文写'),
  planReview: planReviewSchema.describe('上一年度计划的落实情况（编者据本报告判断），每条写明证据'),
  changelog: changelogSchema,
};

type ReportCore = {
  year: number;
  figures: z.output<typeof figuresSchema>;
};

/** Cross-field rules of one report: consistency of figures, part-year periods within the year. */
export function reportRules(data: ReportCore, ctx: { issues: z.core.$ZodRawIssue[] }): void {
  for (const v of checkConsistency(data.figures)) {
    if (v.acknowledgedBy.length > 0) continue;
    const d = describeViolation(v, data.figures);
    addIssue(
      ctx,
      data.figures,
      {
        code: 'figure/inconsistent',
        message: text(d.zh, d.en),
        hint: text(
          `先核对原文。若原文就是这样写的，不要改数字，在其中一个数字上写明 discrepancy，例如 ${v.rule.whole}: { value: ${v.wholeValue}, discrepancy: "原文各项之和为 ${v.partsSum}，与总数 ${v.wholeValue} 不符" }`,
          `Check the source first. If it really says so, keep the numbers and add a discrepancy note to one of them, e.g. ${v.rule.whole}: { value: ${v.wholeValue}, discrepancy: "the parts add up to ${v.partsSum}, not ${v.wholeValue}" }`,
        ),
      },
      ['figures', ...v.rule.whole.split('.')],
    );
  }
  for (const f of Object.values(data.figures)) {
    if (!f.period) continue;
    const inYear = f.period.from.startsWith(String(data.year)) && f.period.to.startsWith(String(data.year));
    if (!inYear) {
      addIssue(
        ctx,
        f.period.written,
        {
          code: 'figure/period-year',
          message: text(
            `${f.metric}：时段 ${f.period.written} 不在报告年度 ${data.year} 内`,
            `${f.metric}: period ${f.period.written} is outside the report year ${data.year}`,
          ),
          hint: text(
            `写成 ${data.year}-01/${data.year}-06 这样的本年度时段`,
            `use a period within ${data.year}, e.g. ${data.year}-01/${data.year}-06`,
          ),
        },
        ['figures', ...f.metric.split('.'), 'period'],
      );
    }
  }
  const ids = new Set<string>();
  for (const [i, p] of (data as { plans?: { id: string }[] }).plans?.entries() ?? []) {
    if (ids.has(p.id)) {
      addIssue(
        ctx,
        p.id,
        {
          code: 'plan/duplicate-id',
          message: text(`计划条目 id “${p.id}” 重复`, `plan item id "${p.id}" is used twice`),
          hint: text('每个计划条目的 id 在本报告内必须唯一', 'each plan item id must be unique within the report'),
        },
        ['plans', i, 'id'],
      );
    }
    ids.add(p.id);
  }
  const reviewed = new Set<string>();
  for (const [i, r] of (data as { planReview?: { plan: string }[] }).planReview?.entries() ?? []) {
    if (reviewed.has(r.plan)) {
      addIssue(
        ctx,
        r.plan,
        {
          code: 'plan-review/duplicate',
          message: text(
            `planReview 中计划条目 “${r.plan}” 出现了两次`,
            `plan item "${r.plan}" is reviewed twice in planReview`,
          ),
          hint: text(
            '每个计划条目只写一次，把证据合并到同一条',
            'review each plan item once; merge the evidence into one entry',
          ),
        },
        ['planReview', i, 'plan'],
      );
    }
    reviewed.add(r.plan);
  }
}
