/** English names of the all-library timeline's pages (see `src/lib/views/timeline-pages.ts`). Pure. */
import { formatDateEn } from './format-en.ts';

/** `March`, or `month not stated` for events dated by year only (month 0). */
export const monthLabelEn = (month: number): string =>
  month === 0 ? 'month not stated' : formatDateEn(`2000-${String(month).padStart(2, '0')}`, true);

/** `Timeline: 2021`, `Timeline: March 2021`, `Timeline: 2021, month not stated (part 2 of 3)`. */
export function pageTitleEn(page: { year: number; month?: number; part?: number; parts?: number }): string {
  const when =
    page.month === undefined
      ? String(page.year)
      : page.month === 0
        ? `${page.year}, ${monthLabelEn(0)}`
        : `${monthLabelEn(page.month)} ${page.year}`;
  return `Timeline: ${when}${page.parts ? ` (part ${page.part} of ${page.parts})` : ''}`;
}
