/**
 * Dates in a page's language. Pure. Chinese pages write them as the reports do (`2021年3月31日`,
 * `formatIsoDate`), English pages day, month name and year (`formatDateEn`); both take an ISO date at
 * any precision (`2021-03-31`, `2021-03`, `2021`).
 */
import type { ChronicleEvent } from '../lib/chronicle/event-schema.ts';
import { formatDateEn } from './format-en.ts';
import type { Locale } from './locales.ts';
import { formatIsoDate } from '../lib/calendar.ts';

/**
 * An ISO date of any precision: “31 March 2021” on English pages; on Chinese pages `2021年3月31日`, or
 * as `zh` writes it (the report page's own publication dates stay ISO).
 */
export const formatDate = (iso: string, locale: Locale, zh: (iso: string) => string = formatIsoDate): string =>
  locale === 'en' ? formatDateEn(iso) : zh(iso);

/** A month 1–12 on its own: `3月` / “March”. */
export const monthName = (month: number, locale: Locale): string =>
  locale === 'en' ? formatDateEn(`2000-${String(month).padStart(2, '0')}`, true) : `${month}月`;

/**
 * The end of an event's range, or undefined for a single date. Chinese leaves out what the end shares
 * with the start, as the reports do (3月16日至4月18日, 4月25日至28日); English writes it in full.
 */
export function formatEventEnd(e: ChronicleEvent, locale: Locale): string | undefined {
  if (!e.end) return undefined;
  if (locale === 'en') return formatDateEn(e.end);
  const sameYear = e.end.slice(0, 4) === e.start.slice(0, 4);
  const sameMonth = sameYear && e.precision === 'day' && e.end.slice(0, 7) === e.start.slice(0, 7);
  return formatIsoDate(e.end, sameYear, sameMonth);
}
