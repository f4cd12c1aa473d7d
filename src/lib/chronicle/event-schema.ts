/**
 * One dated event of a report: ONE declaration, a zod shape with each field's meaning. The extractor
 * (events.ts) produces `ChronicleEvent`s, the type this schema outputs; `/data/events.json` publishes them
 * with `libraryName` added (src/lib/open-data/event-rows.ts). Events are not written by authors as data —
 * they come from the 大事记 paragraphs and `<Event date="…">` tags — so the schema checks code, not authors:
 * tests hold every event of the content and of a built site to it.
 */
import { z } from 'astro/zod';
import { CATEGORY_IDS } from './categories.ts';
import { PRECISIONS, TIMES_OF_DAY } from './dates.ts';

const ISO_BY_PRECISION = {
  day: /^\d{4}-\d{2}-\d{2}$/,
  month: /^\d{4}-\d{2}$/,
  year: /^\d{4}$/,
} as const satisfies Record<(typeof PRECISIONS)[number], RegExp>;

/** The fields of one event, each with its meaning (read by Astro's JSON schema and by the open data's users). */
export const eventShape = {
  id: z
    .string()
    .regex(/^e-\d{4}(?:-\d{2}){0,2}-\d+$/, { error: 'id 写成 e-<开始日期>-<序号>，如 e-2021-03-31-1' })
    .describe('锚点 id，在报告内唯一：e-<开始日期>-<同一天的第几条>，报告页上 #e-2021-03-31-1 即此条'),
  library: z
    .string()
    .regex(/^[a-z][a-z0-9-]*$/)
    .describe('馆的标识，如 beihai'),
  year: z.number().int().min(1900).max(2100).describe('所在报告的年度'),
  start: z.string().describe('开始日期，ISO 格式，精度见 precision：2021-03-31、2021-03 或 2021'),
  end: z.string().exactOptional().describe('时间段的结束日期（与 start 同精度）；单日事件没有'),
  precision: z.enum(PRECISIONS).describe('日期精度：day 日 / month 月 / year 年（原文只写了年份）'),
  time: z.enum(TIMES_OF_DAY).exactOptional().describe('原文写明的时段'),
  text: z.string().min(1).describe('大事记条目的原文（断行的续段已接上），或 <Event> 标出的句子'),
  categories: z
    .array(z.enum(CATEGORY_IDS))
    .describe('活动类别（按关键词表 src/lib/chronicle/categories.ts 归类，可有多个）'),
  line: z.number().int().positive().describe('条目在报告正文中的行号（从 frontmatter 之后算起，从 1 起）'),
  source: z.enum(['chronicle', 'text']).describe('来源：chronicle 大事记 / text 正文中用 <Event> 标出的句子'),
};

type EventCore = Pick<z.output<z.ZodObject<typeof eventShape>>, 'id' | 'year' | 'start' | 'end' | 'precision'>;

/** Dates match their precision, the range runs forward, the id names the start, the start is in the year. */
export function eventRules(e: EventCore, ctx: { issues: z.core.$ZodRawIssue[] }): void {
  const pattern = ISO_BY_PRECISION[e.precision];
  const fail = (path: string, message: string): void => {
    ctx.issues.push({ code: 'custom', input: e, path: [path], message });
  };
  if (!pattern.test(e.start)) fail('start', `start ${e.start} 与精度 ${e.precision} 不符`);
  if (e.end !== undefined && !pattern.test(e.end)) fail('end', `end ${e.end} 与精度 ${e.precision} 不符`);
  if (e.end !== undefined && e.end < e.start) fail('end', `end ${e.end} 早于 start ${e.start}`);
  if (!e.id.startsWith(`e-${e.start}-`)) fail('id', `id ${e.id} 应以 e-${e.start}- 开头`);
  if (!e.start.startsWith(String(e.year))) fail('start', `start ${e.start} 不在报告年度 ${e.year} 内`);
}

/** One event as the extractor produces it. */
export const eventSchema = z.strictObject(eventShape).superRefine(eventRules);

/** One dated event of one report (what `eventSchema` outputs). */
export type ChronicleEvent = Readonly<z.output<typeof eventSchema>>;
