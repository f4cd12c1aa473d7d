/**
 * A report's data changelog (`changelog:` in its frontmatter): when the report was added to the yearbook
 * and when a published figure or text of it was corrected. Staff write one line per change; `/data/changelog.*`,
 * the `/data/` page and the sitemap's `lastmod` read it. Optional: a report without one has no entry.
 */
import { z } from 'astro/zod';
import { CHANGE_KIND_IDS, CHANGE_KINDS } from '../lib/model/change-kinds.ts';
import { text } from '../lib/model/messages.ts';
import { isoDate } from './date-fields.ts';
import { addIssue, choicesDescription, choicesMessage } from './issue.ts';

/** One change. */
export const changeSchema = z.strictObject({
  date: isoDate.describe('改动日期：收录或更正发布的那一天，写成 YYYY-MM-DD'),
  kind: z
    .enum(CHANGE_KIND_IDS, {
      error: (issue) =>
        `${issue.input === undefined ? '缺少 kind' : `kind 不能写 ${JSON.stringify(issue.input)}`}：只能是 ${choicesMessage(CHANGE_KINDS)}，如 kind: added`,
    })
    .describe(`改动类别：${choicesDescription(CHANGE_KINDS)}`),
  note: z
    .string()
    .trim()
    .min(1)
    .optional()
    .describe('改了什么（更正时必填），如 更正 use.visits：原文是 3.5万余，误填为 35万余'),
});

type Change = z.output<typeof changeSchema>;

/** The rules across entries: one `added`, first; dates in order; a correction says what it corrected. */
function changelogRules(changes: readonly Change[], ctx: { issues: z.core.$ZodRawIssue[] }): void {
  changes.forEach((c, i) => {
    if (c.kind === 'added' && i > 0) {
      addIssue(
        ctx,
        c.kind,
        {
          code: 'changelog/added-first',
          message: text(
            `changelog 第 ${i + 1} 条是 added（收录），收录只能写一次，而且写在第一条`,
            `changelog entry ${i + 1} is "added": a report is added once, in the first entry`,
          ),
          hint: text(
            '把 added 那一条移到最前面；以后的改动写成 kind: corrected',
            'move the "added" entry first; later changes are kind: corrected',
          ),
        },
        [i, 'kind'],
      );
    }
    const before = changes[i - 1];
    if (before && c.date < before.date) {
      addIssue(
        ctx,
        c.date,
        {
          code: 'changelog/order',
          message: text(
            `changelog 第 ${i + 1} 条的日期 ${c.date} 早于上一条的 ${before.date}`,
            `changelog entry ${i + 1} (${c.date}) is earlier than the entry before it (${before.date})`,
          ),
          hint: text('按日期从早到晚排列，新的改动加在最后', 'list the changes oldest first; add a new one at the end'),
        },
        [i, 'date'],
      );
    }
    if (c.kind === 'corrected' && !c.note) {
      addIssue(
        ctx,
        c,
        {
          code: 'changelog/correction-note',
          message: text(
            `changelog 第 ${i + 1} 条是更正（corrected），但没有写 note`,
            `changelog entry ${i + 1} is a correction without a note`,
          ),
          hint: text(
            '写明改了什么，如 note: 更正 use.visits：原文是 3.5万余，误填为 35万余',
            'say what was corrected, e.g. note: use.visits corrected to the source’s 3.5万余',
          ),
        },
        [i, 'note'],
      );
    }
  });
}

/** The whole list, oldest first; none by default. */
export const changelogSchema = z
  .array(changeSchema)
  .default([])
  .superRefine(changelogRules)
  .describe('数据更新记录：收录和更正的日期，从早到晚，每次一条，如 - { date: 2026-11-21, kind: added }');

export type ChangelogInput = z.input<typeof changelogSchema>;
export type Changelog = z.output<typeof changelogSchema>;
