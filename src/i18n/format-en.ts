/**
 * Figures and dates for English pages. Pure. A figure is shown as the report writes it (Chinese) plus a
 * plain-number reading of the parsed value — `约20万` → “about 200,000” — with the qualifier in words.
 * The value is the one the parser gives: written out in full, never rounded.
 */
import { fullNumber, QUALIFIER_LABELS } from '../lib/model/figure-format.ts';
import type { Qualifier } from '../lib/model/parse-figure.ts';
import type { Locale } from './locales.ts';

/**
 * The plain-number reading of a figure: (200000, 'about', 'visits') → “about 200,000 visits”; a value
 * of exactly one takes the singular unit word when given: (1, 'exact', 'people', 'person') → “1 person”.
 */
export function readingEn(value: number, qualifier: Qualifier, unitEn: string, unitEnOne: string = unitEn): string {
  const words = QUALIFIER_LABELS[qualifier].enBefore;
  const unit = value === 1 ? unitEnOne : unitEn;
  return `${words ? `${words} ` : ''}${fullNumber(value)}${unit ? ` ${unit}` : ''}`;
}

/** A count with its noun in the right number: (1, 'report', 'reports') → “1 report”, (5342, …) → “5,342 reports”. */
export function countEn(n: number, one: string, many: string): string {
  return `${fullNumber(n)} ${n === 1 ? one : many}`;
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

/**
 * An ISO date at any precision in English: `2021-09-22` → “22 September 2021”, `2021-05` → “May 2021”,
 * `2021` → “2021”. `omitYear` drops the year (the end of a range in the same year).
 */
export function formatDateEn(iso: string, omitYear = false): string {
  const [y, m, d] = iso.split('-');
  const month = m ? MONTHS[Number(m) - 1] : undefined;
  const parts = [d ? String(Number(d)) : '', month ?? '', omitYear ? '' : (y ?? '')];
  return parts.filter(Boolean).join(' ');
}

/**
 * A year-over-year change in English from its rounded value (percent) and qualifier: `+4.2%`,
 * `about −16%`, `more than +5.8%`, `unchanged`, `about the same`. Never re-rounded.
 */
export function changeEn(value: number, qualifier: Qualifier): string {
  if (value === 0) return qualifier === 'exact' ? 'unchanged' : 'about the same';
  const words = QUALIFIER_LABELS[qualifier].enBefore;
  const signed = `${value > 0 ? '+' : '−'}${fullNumber(Math.abs(value))}%`;
  return words ? `${words} ${signed}` : signed;
}

/** A derived value as shown: its own (Chinese) text, or in English from its value and qualifier. */
interface Derived {
  readonly text: string;
  readonly value?: number;
  readonly qualifier: Qualifier;
}

/** A computed year-over-year change in the page's language. */
export const formatChange = (d: Derived, locale: Locale): string =>
  locale === 'en' && d.value !== undefined ? changeEn(d.value, d.qualifier) : d.text;

/** A derived amount (e.g. the prior-year value a stated change implies) in the page's language. */
export const formatAmount = (d: Derived, unitEn: string, locale: Locale): string =>
  locale === 'en' && d.value !== undefined ? readingEn(d.value, d.qualifier, unitEn) : d.text;
