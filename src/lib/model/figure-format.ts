/** Display helpers for numbers and qualifiers. Pure. */
import Decimal from 'decimal.js';
import type { Qualifier } from './parse-figure.ts';
import { zhNumber } from './precision.ts';

/**
 * The words of each qualifier: ONE table, read by the pages and the English number forms (src/i18n/format-en.ts).
 * `zh` and `en` name the kind of figure; `mark` is its sign; `enBefore` goes before a number in an English
 * reading (“about 200,000”; exact has none).
 */
export const QUALIFIER_LABELS: Readonly<
  Record<Qualifier, { readonly zh: string; readonly en: string; readonly mark: string; readonly enBefore: string }>
> = {
  exact: { zh: '确数', en: 'exact', mark: '', enBefore: '' },
  about: { zh: '约数', en: 'approximate', mark: '≈', enBefore: 'about' },
  'more-than': { zh: '多于', en: 'more than', mark: '>', enBefore: 'more than' },
  'at-least': { zh: '不少于', en: 'at least', mark: '≥', enBefore: 'at least' },
  nearly: { zh: '接近', en: 'nearly', mark: '≲', enBefore: 'nearly' },
};

/** An exact value written in full with no rounding, digits grouped for reading: 1263800 → "1,263,800". */
export function fullNumber(value: number): string {
  const [int = '', frac] = String(value).split('.');
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return frac ? `${grouped}.${frac}` : grouped;
}

/** A figure as the report wrote it, plus its unit unless the written form already ends with it. */
export function withUnit(written: string, unit: string): string {
  return written.endsWith(unit) ? written : `${written}${unit}`;
}

/** A qualifier in Chinese words, as it goes before a number in a plain reading (约 20万); exact has none. */
const QUALIFIER_WORDS_ZH: Readonly<Record<Qualifier, string>> = {
  exact: '',
  about: '约',
  'more-than': '多于',
  'at-least': '不少于',
  nearly: '近',
};

/**
 * The plain reading of a figure in Chinese, in 万 or 亿 when large, never rounded: 364565 → "36.4565万",
 * (420000, more-than) → "多于42万". Lets 364565 and 379.42万 be read side by side.
 */
export function readingZh(value: number, qualifier: Qualifier): string {
  return `${QUALIFIER_WORDS_ZH[qualifier]}${zhNumber(new Decimal(value))}`;
}
