/** Display helpers for numbers and qualifiers. Pure. */
import type { Qualifier } from './parse-figure.ts';

export const QUALIFIER_LABELS: Record<Qualifier, { zh: string; en: string; mark: string }> = {
  exact: { zh: '确数', en: 'exact', mark: '' },
  about: { zh: '约数', en: 'approximate', mark: '≈' },
  'more-than': { zh: '多于', en: 'more than', mark: '>' },
  'at-least': { zh: '不少于', en: 'at least', mark: '≥' },
  nearly: { zh: '接近', en: 'nearly', mark: '≲' },
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
