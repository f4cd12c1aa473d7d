/**
 * The date at the start of a 大事记 entry, as staff write it: `1月9日`, `1月3日上午`, `2月27号`,
 * `1月12日至1月28日`, `4月25日——28日`, `5月18-5月21日`, `2020年11月6至8日`, `2月-3月`,
 * `10月1日至8日期间`, a bare `2021年`, and the typo `1日27日` (read as 1月27日, with a notice). Pure.
 *
 * The year is the report's unless the text writes one; the start must fall in the report's year.
 */
import type { Lang } from '../model/messages.ts';
import { isRealDate } from '../calendar.ts';
import { CN_DIGITS } from '../model/parse-figure.ts';

/** How precise a date is: a day, a month, or a year only. */
export const PRECISIONS = ['day', 'month', 'year'] as const;
export type Precision = (typeof PRECISIONS)[number];

/** The times of day an entry may name after its date (早上 reads as 上午, 傍晚 as 晚, …). */
export const TIMES_OF_DAY = ['上午', '下午', '晚'] as const;
export type TimeOfDay = (typeof TIMES_OF_DAY)[number];

/** Something accepted but worth telling the author (shown as a build warning). */
export interface DateNotice {
  readonly code: string;
  readonly message: Record<Lang, string>;
}

/** A parsed entry date: ISO `YYYY-MM-DD` / `YYYY-MM` / `YYYY` by precision. */
export interface ChronicleDate {
  readonly start: string;
  /** The last day (month, year) of a range; absent for a single date. */
  readonly end?: string;
  readonly precision: Precision;
  readonly time?: TimeOfDay;
  /** The text the date was read from, e.g. `11月13日下午至11月14日`. */
  readonly matchedText: string;
  readonly notices: DateNotice[];
}

export type ChronicleDateErrorCode = 'impossible-date' | 'out-of-year' | 'reversed-range';

/** A date that is written but cannot be right: no such day, outside the report's year, or a range ending before it starts. */
export class ChronicleDateError extends Error {
  override name = 'ChronicleDateError';
  readonly code: ChronicleDateErrorCode;
  readonly text: Record<Lang, string>;
  readonly hint: Record<Lang, string>;
  readonly matchedText: string;
  constructor(
    code: ChronicleDateErrorCode,
    text: Record<Lang, string>,
    hint: Record<Lang, string>,
    matchedText: string,
  ) {
    super(text.zh);
    this.code = code;
    this.text = text;
    this.hint = hint;
    this.matchedText = matchedText;
  }
}

const SEPARATOR = /^(?:至|到|~|～|-+|－+|—+|–+|－)/;
const TIMES: readonly [RegExp, TimeOfDay][] = [
  [/^(?:上午|早上|早晨|凌晨)/, '上午'],
  [/^(?:中午|下午)/, '下午'],
  // 晚 alone is a time only when not the start of a word like 晚会 / 晚报.
  [/^(?:晚上|傍晚|晚(?![会报宴餐]))/, '晚'],
];

const pad = (n: number): string => String(n).padStart(2, '0');
const iso = (y: number, m?: number, d?: number): string =>
  m === undefined ? String(y) : d === undefined ? `${y}-${pad(m)}` : `${y}-${pad(m)}-${pad(d)}`;

/**
 * A number written in Chinese numerals at the start of `s`: a year digit by digit (`二〇二二`, when
 * `max` is 4), or a month or day up to 三十一 (`十二`, `二十一`). Undefined when there is none.
 */
function chineseNumber(s: string, max: number): { n: number; length: number } | undefined {
  if (max === 4) {
    const y = /^[〇零一二三四五六七八九]{4}/.exec(s)?.[0];
    return y ? { n: Number([...y].map((c) => CN_DIGITS[c] ?? 0).join('')), length: 4 } : undefined;
  }
  const m = /^(?:([一二三])?十([一二三四五六七八九])?|([一二三四五六七八九]))(?![〇零一二两三四五六七八九十])/.exec(s);
  if (!m) return undefined;
  const n = m[3]
    ? (CN_DIGITS[m[3]] ?? 0)
    : (m[1] ? (CN_DIGITS[m[1]] ?? 0) : 1) * 10 + (m[2] ? (CN_DIGITS[m[2]] ?? 0) : 0);
  return n <= 31 ? { n, length: m[0].length } : undefined;
}

/** A tiny cursor over the entry text. */
class Cursor {
  pos = 0;
  readonly s: string;
  constructor(s: string) {
    this.s = s;
  }
  /**
   * Read 1–`max` ASCII digits (or the same number in Chinese numerals, `十二月`, `二〇二二年`) followed by
   * one of `suffixes` (consumed; '' = no suffix needed).
   */
  num(max: number, suffixes: readonly string[]): { n: number; suffix: string } | undefined {
    const rest = this.s.slice(this.pos);
    const m = new RegExp(`^(\\d{1,${max}})`).exec(rest);
    let found: { n: number; length: number } | undefined;
    if (m?.[1]) {
      if (/^\d/.test(rest.slice(m[1].length))) return undefined;
      found = { n: Number(m[1]), length: m[1].length };
    } else found = chineseNumber(rest, max);
    if (!found) return undefined;
    const after = rest.slice(found.length);
    const suffix = suffixes.find((x) => after.startsWith(x));
    if (suffix === undefined) return undefined;
    // A bare Chinese numeral is a date only with its 年/月/日: `三至五日` is not read as a day range.
    if (suffix === '' && !m?.[1]) return undefined;
    this.pos += found.length + suffix.length;
    return { n: found.n, suffix };
  }
  match(re: RegExp): string | undefined {
    const m = re.exec(this.s.slice(this.pos));
    if (!m) return undefined;
    this.pos += m[0].length;
    return m[0];
  }
  /** Run `f`; restore the position when it returns undefined. */
  try<T>(f: () => T | undefined): T | undefined {
    const at = this.pos;
    const r = f();
    if (r === undefined) this.pos = at;
    return r;
  }
}

function time(c: Cursor): TimeOfDay | undefined {
  for (const [re, t] of TIMES) if (c.match(re)) return t;
  return undefined;
}

interface Point {
  y: number;
  yWritten: boolean;
  m?: number;
  d?: number;
}

const SEP_AHEAD = /^(?:至|到|~|～|-|－|—|–)/;

/** The start point: `[YYYY年]M月[D日|D号|D (before a separator)]`, or `M日D日` (typo), or `YYYY年` alone. */
function startPoint(c: Cursor, year: number, notices: DateNotice[]): Point | undefined {
  const y = c.try(() => c.num(4, ['年']));
  const typo = c.try(() => {
    const a = c.num(2, ['日']);
    const b = a && c.num(2, ['日', '号']);
    return a && b ? { m: a.n, d: b.n } : undefined;
  });
  if (typo) {
    notices.push({
      code: 'day-for-month',
      message: {
        zh: `“${c.s.slice(0, c.pos)}”按 ${typo.m}月${typo.d}日 读取（“月”误写成了“日”）`,
        en: `"${c.s.slice(0, c.pos)}" is read as ${typo.m}月${typo.d}日 (月 mistyped as 日)`,
      },
    });
    return { y: y?.n ?? year, yWritten: !!y, ...typo };
  }
  const m = c.try(() => c.num(2, ['月']));
  if (!m) return y && !/^\d/.test(c.s.slice(c.pos)) ? { y: y.n, yWritten: true } : undefined;
  // `5月18-5月21日`, `2020年11月6至8日`: the first day of a range may go without 日.
  const d =
    c.try(() => c.num(2, ['日', '号'])) ??
    c.try(() => {
      const bare = c.num(2, ['']);
      return bare && SEP_AHEAD.test(c.s.slice(c.pos)) ? bare : undefined;
    });
  return { y: y?.n ?? year, yWritten: !!y, m: m.n, ...(d ? { d: d.n } : {}) };
}

/** The end point after a separator, at the start's precision: `[YYYY年][M月]D日`, `D` or `M月`. */
function endPoint(c: Cursor, start: Point): Point | undefined {
  const y = c.try(() => c.num(4, ['年']));
  if (start.d === undefined) {
    const m = c.try(() => c.num(2, ['月']));
    // `2月-3月` only; `2月-3月5日` would mix precisions.
    return m && !c.try(() => c.num(2, ['日', '号'])) ? { y: y?.n ?? start.y, yWritten: !!y, m: m.n } : undefined;
  }
  const md = c.try(() => {
    const m = c.num(2, ['月']);
    const d = m && c.num(2, ['日', '号', '']);
    return m && d ? { m: m.n, d: d.n } : undefined;
  });
  if (md) return { y: y?.n ?? start.y, yWritten: !!y, ...md };
  if (y) return undefined;
  const d =
    c.try(() => c.num(2, ['日', '号'])) ??
    c.try(() => {
      // `6月20日至30，`: a bare last day, only where the date visibly ends (not `至10余家`).
      const bare = c.num(2, ['']);
      return bare && /^(?:[，,。；;、\s]|期间|$)/.test(c.s.slice(c.pos)) ? bare : undefined;
    });
  return d ? { y: start.y, yWritten: false, m: start.m ?? 1, d: d.n } : undefined;
}

function check(p: Point, written: string): string {
  const ok = (p.d === undefined || p.m !== undefined) && isRealDate(p.y, p.m, p.d);
  if (!ok) {
    throw new ChronicleDateError(
      'impossible-date',
      {
        zh: `日期“${written}”不存在（${p.y}年${p.m ?? ''}${p.m ? '月' : ''}${p.d ?? ''}${p.d ? '日' : ''}）`,
        en: `The date "${written}" does not exist`,
      },
      { zh: '检查月、日是否写错，例如 2月28日、4月30日', en: 'Check the month and day, e.g. 2月28日, 4月30日' },
      written,
    );
  }
  return iso(p.y, p.m, p.d);
}

/** Validate a start (and end) point and build the result; shared by written and ISO dates. */
function finish(
  start: Point,
  end: Point | undefined,
  year: number,
  t: TimeOfDay | undefined,
  matchedText: string,
  notices: DateNotice[],
): ChronicleDate {
  const startIso = check(start, matchedText);
  const endIso = end ? check(end, matchedText) : undefined;
  if (start.y !== year) {
    throw new ChronicleDateError(
      'out-of-year',
      {
        zh: `日期“${matchedText}”在 ${start.y} 年，不在本报告的 ${year} 年内`,
        en: `The date "${matchedText}" is in ${start.y}, not in this report's year ${year}`,
      },
      {
        zh: `大事记只记本年度的事：改正年份（如 ${year}年3月5日），或不写年份（如 3月5日，按 ${year} 年读取）`,
        en: `Write a date in ${year} (e.g. ${year}年3月5日), or leave the year out (3月5日 is read as ${year})`,
      },
      matchedText,
    );
  }
  if (endIso !== undefined && endIso < startIso) {
    throw new ChronicleDateError(
      'reversed-range',
      { zh: `日期范围“${matchedText}”的结束早于开始`, en: `The range "${matchedText}" ends before it starts` },
      {
        zh: `检查起止日期；跨年的范围要写出结束的年份，如 12月30日至${year + 1}年1月2日`,
        en: `Check both ends; a range into the next year names it, e.g. 12月30日至${year + 1}年1月2日`,
      },
      matchedText,
    );
  }
  const precision: Precision = start.d !== undefined ? 'day' : start.m !== undefined ? 'month' : 'year';
  return {
    start: startIso,
    ...(endIso !== undefined && endIso !== startIso ? { end: endIso } : {}),
    precision,
    ...(t ? { time: t } : {}),
    matchedText,
    notices,
  };
}

/**
 * Read the date at the start of `text` for a report of `year`. Returns `undefined` when the text does
 * not start with a date (a continuation of the previous entry); throws {@link ChronicleDateError} when
 * it starts with a date that cannot be right.
 */
export function parseChronicleDate(text: string, year: number): ChronicleDate | undefined {
  // Full-width digits (`３月５日`) read as ASCII; one character for one, so matchedText keeps its length.
  const c = new Cursor(
    text.replace(/^[\s\u3000]+/, '').replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0)),
  );
  const notices: DateNotice[] = [];
  const start = startPoint(c, year, notices);
  if (!start) return undefined;
  const t = time(c);
  const end = c.try(() => (c.match(SEPARATOR) ? endPoint(c, start) : undefined));
  if (end) {
    time(c);
    c.match(/^期间/);
  }
  return finish(start, end, year, t, c.s.slice(0, c.pos), notices);
}

const ISO = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** Parse a date as authors write it in `<Event date="…">`: `2023-12-15`, `2023-12`, `2023`, or `start/end`. */
export function parseIsoDate(value: string, year: number): ChronicleDate {
  const parts = value
    .trim()
    .split('/')
    .map((p) => ISO.exec(p.trim()));
  const points = parts.map((m): Point | undefined =>
    m
      ? { y: Number(m[1]), yWritten: true, ...(m[2] ? { m: Number(m[2]) } : {}), ...(m[3] ? { d: Number(m[3]) } : {}) }
      : undefined,
  );
  const [s, e] = points;
  const samePrecision =
    !e || ((e.m === undefined) === (s?.m === undefined) && (e.d === undefined) === (s?.d === undefined));
  if (!s || points.length > 2 || (points.length === 2 && !e) || !samePrecision) {
    throw new ChronicleDateError(
      'impossible-date',
      { zh: `date="${value}" 不是可识别的日期`, en: `date="${value}" is not a recognisable date` },
      {
        zh: '写成 YYYY-MM-DD、YYYY-MM 或 YYYY；范围两端同样精确，用 / 连接，如 date="2021-06-20/2021-06-30"',
        en: 'Write YYYY-MM-DD, YYYY-MM or YYYY; a range as start/end of the same precision, e.g. date="2021-06-20/2021-06-30"',
      },
      value,
    );
  }
  return finish(s, e, year, undefined, value, []);
}
