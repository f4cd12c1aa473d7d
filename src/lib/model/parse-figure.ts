/**
 * Parse a figure the way a Chinese report writes it (`42万多`, `约20万`, `126.38万`, `1万2千多`, `七千多`)
 * into an exact value and a qualifier. Pure; decimal arithmetic is exact (126.38万 → 1263800).
 */
import Decimal from 'decimal.js';

/** How a value relates to the true figure, as the report qualifies it. */
export const QUALIFIERS = ['exact', 'about', 'more-than', 'at-least', 'nearly'] as const;
export type Qualifier = (typeof QUALIFIERS)[number];

/** A parsed figure: the exact value, its qualifier, and the text as the report wrote it. */
export interface ParsedFigure {
  readonly value: number;
  readonly qualifier: Qualifier;
  readonly written: string;
}

/** Why a written figure was rejected; `code` selects the message shown to authors. */
export type FigureErrorCode =
  | 'empty'
  | 'no-number'
  | 'negative'
  | 'not-finite'
  | 'bad-grouping'
  | 'double-qualifier'
  | 'bad-order'
  | 'unexpected-text'
  | 'unit-mismatch'
  | 'not-whole'
  | 'ambiguous';

/** Thrown for any written figure that is not one of the accepted forms. */
export class FigureFormatError extends Error {
  readonly code: FigureErrorCode;
  readonly written: string;
  readonly detail: string;
  constructor(code: FigureErrorCode, written: string, detail = '') {
    super(`${code}: "${written}"${detail ? ` (${detail})` : ''}`);
    this.name = 'FigureFormatError';
    this.code = code;
    this.written = written;
    this.detail = detail;
  }
}

/** Accepted written forms, shown to authors in error messages. */
export const FIGURE_EXAMPLES = [
  '364565',
  '126.38万',
  '42万多',
  '20多万',
  '约20万',
  '3.5万余',
  '1000余',
  '近1.5万',
  '1万2千多',
  '七千多',
  '5000以上',
];

const PREFIX_QUALIFIERS: readonly [string, Qualifier][] = [
  ['大约', 'about'],
  ['约', 'about'],
  ['将近', 'nearly'],
  ['接近', 'nearly'],
  ['近', 'nearly'],
  ['超过', 'more-than'],
  ['逾', 'more-than'],
  ['不少于', 'at-least'],
  ['不低于', 'at-least'],
  ['至少', 'at-least'],
];
const SUFFIX_QUALIFIERS: readonly [string, Qualifier][] = [
  ['左右', 'about'],
  ['以上', 'at-least'],
  ['余', 'more-than'],
  ['多', 'more-than'],
];
/** Units a figure may carry when copied from the text with its unit (`13024册`); longest first. */
export const KNOWN_UNITS = [
  '小时',
  '册次',
  '人次',
  '场次',
  '万元',
  '元',
  '册',
  '种',
  '人',
  '场',
  '次',
  '个',
  '件',
  '家',
  '所',
  '处',
  '期',
  '条',
  '篇',
  '台',
  '项',
  '名',
];

/** Chinese numerals 0–9 (〇 and 零 both zero, 两 a two): the figure parser's and the 大事记 dates'. */
export const CN_DIGITS: Readonly<Record<string, number>> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
const SMALL_UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };
const BIG_UNITS: Record<string, number> = { 万: 1e4, 亿: 1e8 };

function toHalfWidth(s: string): string {
  return s
    .replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/．/g, '.')
    .replace(/，/g, ',')
    .replace(/[－−–]/g, '-');
}

function stripPrefix(s: string, list: readonly [string, Qualifier][]): [string, Qualifier | undefined] {
  for (const [word, q] of list) if (s.startsWith(word)) return [s.slice(word.length), q];
  return [s, undefined];
}

function stripSuffix(s: string, list: readonly [string, Qualifier][]): [string, Qualifier | undefined] {
  for (const [word, q] of list) if (s.endsWith(word)) return [s.slice(0, -word.length), q];
  return [s, undefined];
}

/** Parse the numeric core (`126.38万`, `1万2千`, `七千`, `1,234`) exactly. */
function parseCore(core: string, written: string): Decimal {
  if (core === '') throw new FigureFormatError('no-number', written);
  let result = new Decimal(0);
  let section = new Decimal(0);
  let pending: Decimal | null = null;
  let lastSmall = Infinity;
  let lastBig = Infinity;
  let sawNumber = false;
  /** The unit character just before the pending number (`3万5`: 万), to catch colloquial abbreviations. */
  let unitBeforePending = '';
  let lastChar = '';
  let i = 0;
  while (i < core.length) {
    const rest = core.slice(i);
    const arabic = /^\d+(?:,\d{3})*(?:\.\d+)?/.exec(rest);
    if (arabic) {
      if (pending !== null) throw new FigureFormatError('unexpected-text', written, 'two numbers in a row');
      const text = arabic[0];
      if (text.includes(',') && !/^\d{1,3}(,\d{3})+(\.\d+)?$/.test(text))
        throw new FigureFormatError('bad-grouping', written);
      if (/^\d+,/.test(rest) && !text.includes(',')) throw new FigureFormatError('bad-grouping', written);
      pending = new Decimal(text.replace(/,/g, ''));
      unitBeforePending = lastChar;
      sawNumber = true;
      i += text.length;
      lastChar = text.slice(-1);
      continue;
    }
    const ch = core.charAt(i);
    if ((ch === '零' || ch === '〇') && pending === null && i < core.length - 1) {
      // 一百零五: 零 only marks a skipped place.
    } else if (ch in CN_DIGITS) {
      if (pending !== null) throw new FigureFormatError('unexpected-text', written, 'two numbers in a row');
      pending = new Decimal(CN_DIGITS[ch] ?? 0);
      unitBeforePending = lastChar;
      sawNumber = true;
    } else if (ch in SMALL_UNITS) {
      const unit = SMALL_UNITS[ch] ?? 1;
      if (unit >= lastSmall) throw new FigureFormatError('bad-order', written);
      lastSmall = unit;
      section = section.plus((pending ?? new Decimal(ch === '十' ? 1 : NaN)).times(unit));
      if (section.isNaN()) throw new FigureFormatError('no-number', written);
      pending = null;
    } else if (ch in BIG_UNITS) {
      const unit = BIG_UNITS[ch] ?? 1;
      if (unit >= lastBig) throw new FigureFormatError('bad-order', written);
      lastBig = unit;
      section = section.plus(pending ?? 0);
      if (section.isZero() && pending === null) throw new FigureFormatError('no-number', written);
      result = result.plus(section.times(unit));
      section = new Decimal(0);
      pending = null;
      lastSmall = Infinity;
    } else {
      throw new FigureFormatError('unexpected-text', written, `“${ch}”`);
    }
    lastChar = ch;
    i += 1;
  }
  if (!sawNumber) throw new FigureFormatError('no-number', written);
  // `3万5` or `两千五` mean 35000 / 2500 in speech but 30005 / 2005 by the rules; never guess.
  if (pending !== null && /[万亿千百]/.test(unitBeforePending)) throw new FigureFormatError('ambiguous', written);
  return result.plus(section).plus(pending ?? 0);
}

/**
 * Parse a figure written as a number or as the report writes it.
 * @param input a YAML number (exact) or a string such as `42万多`
 * @param options.unit the metric's unit; a written unit must match it (`13024册` for a 册 metric)
 * @param options.wholeNumber reject values that are not whole numbers (counts)
 * @throws FigureFormatError for anything that is not an accepted form
 */
export function parseFigure(
  input: number | string,
  options: { unit?: string; wholeNumber?: boolean } = {},
): ParsedFigure {
  if (typeof input === 'number') {
    const written = String(input);
    if (!Number.isFinite(input)) throw new FigureFormatError('not-finite', written);
    if (input < 0) throw new FigureFormatError('negative', written);
    if (options.wholeNumber && !Number.isInteger(input)) throw new FigureFormatError('not-whole', written);
    return { value: input, qualifier: 'exact', written };
  }
  const written = input.trim();
  if (written === '') throw new FigureFormatError('empty', written);
  let s = toHalfWidth(written).replace(/\s+/g, '');
  if (/^(-|负)/.test(s)) throw new FigureFormatError('negative', written);

  const qualifiers: Qualifier[] = [];
  let q: Qualifier | undefined;
  [s, q] = stripPrefix(s, PREFIX_QUALIFIERS);
  if (q) qualifiers.push(q);

  const unit = KNOWN_UNITS.find((u) => s.endsWith(u) && s.length > u.length);
  if (unit) {
    if (options.unit !== undefined && unit !== options.unit)
      throw new FigureFormatError('unit-mismatch', written, `${unit} ≠ ${options.unit}`);
    s = s.slice(0, -unit.length);
  }
  [s, q] = stripSuffix(s, SUFFIX_QUALIFIERS);
  if (q) qualifiers.push(q);
  if (q && /(多|余|左右|以上)$/.test(s)) throw new FigureFormatError('double-qualifier', written);
  // `20多万`, `3千余万`: the qualifier sits before the last magnitude.
  const inner = /^(.*[\d一二两三四五六七八九十百千])(多|余)([万亿千百])$/.exec(s);
  if (inner) {
    qualifiers.push('more-than');
    s = `${inner[1] ?? ''}${inner[3] ?? ''}`;
  }
  if (qualifiers.length > 1) throw new FigureFormatError('double-qualifier', written);
  if (/^(-|负)/.test(s)) throw new FigureFormatError('negative', written);

  const value = parseCore(s, written);
  if (!value.isFinite()) throw new FigureFormatError('not-finite', written);
  if (options.wholeNumber && !value.isInteger()) throw new FigureFormatError('not-whole', written);
  return { value: value.toNumber(), qualifier: qualifiers[0] ?? 'exact', written };
}
