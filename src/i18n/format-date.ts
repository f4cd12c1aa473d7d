/**
 * Dates in a page's language. Pure. Chinese pages write them as the reports do (`2021年3月31日`,
 * `formatIsoDate`), English pages day, month name and year (`formatDateEn`); both take an ISO date at
 * any precision (`2021-03-31`, `2021-03`, `2021`).
 */
import type { ChronicleEvent } from '../lib/chronicle/events.ts';
import { formatEventEnd as formatEventEndZh, formatIsoDate } from '../lib/views/timeline.ts';
import { formatDateEn } from './format-en.ts';
import type { Locale } from './locales.ts';

/** An ISO date of any precision: `2021年3月31日` / “31 March 2021”, `2021年3月` / “March 2021”. */
export const formatDate = (iso: string, locale: Locale): string =>
  locale === 'en' ? formatDateEn(iso) : formatIsoDate(iso);

/** A month 1–12 on its own: `3月` / “March”. */
export const monthName = (month: number, locale: Locale): string =>
  locale === 'en' ? formatDateEn(`2000-${String(month).padStart(2, '0')}`, true) : `${month}月`;

/**
 * The end of an event's range, or undefined for a single date. Chinese leaves out what the end shares
 * with the start, as the reports do (3月16日至4月18日, 4月25日至28日); English writes it in full.
 */
export const formatEventEnd = (e: ChronicleEvent, locale: Locale): string | undefined =>
  e.end === undefined ? undefined : locale === 'en' ? formatDateEn(e.end) : formatEventEndZh(e);
