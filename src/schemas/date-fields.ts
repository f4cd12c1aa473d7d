/** Dates as authors write them in YAML frontmatter: a whole day, or a day that may be only a year or a month. */
import { z } from 'astro/zod';
import { isRealIsoDate } from '../lib/calendar.ts';

const NO_SUCH_DATE = '没有这一天：月份是 01–12，日不超过这个月的天数（如 2021-02-28）';

/** A date as written in YAML (`2022-01-15`, which YAML may already have turned into a Date) → `YYYY-MM-DD`. */
export const isoDate = z
  .union([
    z.date(),
    z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/, { error: '日期写成 YYYY-MM-DD，如 2022-01-15' })
      .refine(isRealIsoDate, { error: NO_SUCH_DATE }),
  ])
  .transform((d) => (typeof d === 'string' ? d : d.toISOString().slice(0, 10)));

/** A date that may be only a year or a month: `2021`, `2021-09`, `2021-09-22`. */
export const partialDate = z
  .union([
    z.number().int(),
    z.date(),
    z
      .string()
      .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, { error: '日期写成 YYYY、YYYY-MM 或 YYYY-MM-DD' })
      .refine(isRealIsoDate, { error: NO_SUCH_DATE }),
  ])
  .transform((d) => (typeof d === 'number' ? String(d) : typeof d === 'string' ? d : d.toISOString().slice(0, 10)));
