/**
 * How precise a written figure is, and results rounded to that precision. Pure.
 * A derived number may not look more precise than what it was computed from: `42万多` has two
 * significant digits, so a ratio computed from it has at most two.
 */
import Decimal from 'decimal.js';
import type { Qualifier } from './parse-figure.ts';

/** The most significant digits any derived figure shows, however exact its inputs. */
export const MAX_SIG_DIGITS = 3;

const stripTrailingZeros = (digits: string): string => digits.replace(/^0+/, '').replace(/0+$/, '') || '0';

/**
 * Significant digits of a written figure: the digits of the number in front of 万/亿 (`126.38万` → 5,
 * `20多万` → 2), digits without trailing zeros for an approximate count (`1000余` → 1), and `Infinity`
 * for an exact count written in full (`364565`).
 */
export function sigDigits(written: string, value: number, qualifier: Qualifier): number {
  const mantissa = /^\D*?(\d+(?:\.\d+)?)\s*(?:多|余)?\s*[万亿]\D*$/.exec(written.replace(/,/g, ''));
  if (mantissa?.[1]) {
    const digits = mantissa[1].replace('.', '').replace(/^0+/, '');
    return Math.max(1, digits.length);
  }
  if (qualifier === 'exact' && !/[万亿千百十]/.test(written)) return Infinity;
  return Math.max(1, stripTrailingZeros(String(Math.abs(Math.trunc(value)))).length);
}

/** Round to `n` significant digits; `down` keeps a lower bound a lower bound. */
export function roundSig(d: Decimal, n: number, down = false): Decimal {
  const digits = Math.max(1, Math.min(n, 20));
  return d.toSignificantDigits(digits, down ? Decimal.ROUND_DOWN : Decimal.ROUND_HALF_UP);
}

/** A rounded number the way the reports write large numbers: 1142000 → "114.2万", 0.5486 → "0.5486". */
export function zhNumber(d: Decimal): string {
  const abs = d.abs();
  if (abs.gte(1e8)) return `${d.div(1e8).toFixed()}亿`;
  if (abs.gte(1e4)) return `${d.div(1e4).toFixed()}万`;
  return d.toFixed();
}

/** "取 3 位有效数字" — the rounding stated in every formula line. */
export function roundingNote(n: number, down = false): string {
  return down ? `向下取 ${n} 位有效数字，仍为下限` : `四舍五入取 ${n} 位有效数字`;
}

/**
 * The place value of a written figure's last significant digit: `2.47万` → 100, `20多万` → 10000, `1000余` →
 * 1000, `364565` → 1, `98.5` → 0.1. An exact figure written in full is precise to its last written digit.
 */
export function writtenPrecision(written: string, value: number, qualifier: Qualifier): number {
  const sig = sigDigits(written, value, qualifier);
  if (sig === Infinity || value === 0) {
    const decimals = /\.(\d+)/.exec(written)?.[1]?.length ?? 0;
    return new Decimal(10).pow(-decimals).toNumber();
  }
  // The exponent of the leading digit, ⌊log10 |value|⌋ exactly: what `abs().log(10).floor()` gives, without
  // computing a logarithm to 20 digits for every row of the downloads (seconds at 4,000 reports).
  const magnitude = new Decimal(value).e;
  return new Decimal(10).pow(magnitude + 1 - sig).toNumber();
}

/** Qualifiers that make the value a lower bound (余, 多, 超过, 以上, 至少): the true figure is at least this. */
export const LOWER_BOUND_QUALIFIERS: readonly Qualifier[] = ['more-than', 'at-least'];
