/**
 * 大事记 entries dated by a holiday or a part of the year instead of a calendar date: `国庆期间`, `春节期间`,
 * `寒假`, `暑假期间`, `上半年`, `第三季度`, `世界读书日`, `中秋节`, and `同日` / `次日` after a dated entry.
 * Each becomes an honest date: a festival on its day (`中秋节` → the 15th of the 8th lunar month of the
 * report's year, from the Chinese calendar of `Intl`), a period around it at month precision
 * (`国庆期间` → 2022-10, `春节期间` → the months from 除夕 to 初六), a part of the year as a month range
 * (`上半年` → 2022-01/2022-06). A phrase that reads like a date but is none of these (`年初`, `五一前后` …
 * anything ending in 期间/前后/之际/上旬/假期 …) is reported, never merged into the entry before it. Pure.
 */
import type { ChronicleDate, Precision } from './dates.ts';

/** A date relative to the entry before (`同日`, `次日`). */
export interface PreviousEntry {
  readonly start: string;
  readonly end?: string | undefined;
  readonly precision: Precision;
}

const pad = (n: number): string => String(n).padStart(2, '0');
const day = (y: number, m: number, d: number): string => `${y}-${pad(m)}-${pad(d)}`;
const month = (y: number, m: number): string => `${y}-${pad(m)}`;

const lunarFormat = new Intl.DateTimeFormat('en-u-ca-chinese', { month: 'numeric', day: 'numeric', timeZone: 'UTC' });
const lunarMemo = new Map<string, Date | undefined>();

/** The Gregorian day of year `y` that is day `d` of lunar month `m` (leap months excluded). */
function lunarDay(y: number, m: number, d: number): Date | undefined {
  const key = `${y}-${m}-${d}`;
  if (lunarMemo.has(key)) return lunarMemo.get(key);
  let found: Date | undefined;
  for (let t = Date.UTC(y, 0, 1); new Date(t).getUTCFullYear() === y; t += 864e5) {
    const parts = Object.fromEntries(lunarFormat.formatToParts(new Date(t)).map((p) => [p.type, p.value]));
    if (parts['month'] === String(m) && parts['day'] === String(d)) {
      found = new Date(t);
      break;
    }
  }
  lunarMemo.set(key, found);
  return found;
}

interface Named {
  /** The words that name it, longest first within the alternation. */
  readonly re: RegExp;
  /** Its day, or undefined when it has none (a season). */
  readonly day?: (y: number) => [number, number] | undefined;
  /** Months it spans when written as a period (`期间`) or when it has no day. */
  readonly months: (y: number) => [number, number] | undefined;
}

const fixed = (m: number, d: number): Pick<Named, 'day' | 'months'> => ({ day: () => [m, d], months: () => [m, m] });
const lunar = (m: number, d: number): Pick<Named, 'day' | 'months'> => ({
  day: (y) => {
    const t = lunarDay(y, m, d);
    return t ? [t.getUTCMonth() + 1, t.getUTCDate()] : undefined;
  },
  months: (y) => {
    const t = lunarDay(y, m, d);
    return t ? [t.getUTCMonth() + 1, t.getUTCMonth() + 1] : undefined;
  },
});

/** Holidays and observances a 大事记 names, most specific first. */
const NAMED: readonly Named[] = [
  {
    // 春节期间 runs from 除夕 to 初六, which may straddle two months.
    re: /^(?:春节|新春|农历新年)/,
    day: (y) => {
      const t = lunarDay(y, 1, 1);
      return t ? [t.getUTCMonth() + 1, t.getUTCDate()] : undefined;
    },
    months: (y) => {
      const t = lunarDay(y, 1, 1);
      if (!t) return undefined;
      const eve = new Date(t.getTime() - 864e5);
      const sixth = new Date(t.getTime() + 5 * 864e5);
      const from = eve.getUTCFullYear() === y ? eve.getUTCMonth() + 1 : 1;
      return [from, sixth.getUTCMonth() + 1];
    },
  },
  { re: /^(?:元宵节?|正月十五)/, ...lunar(1, 15) },
  { re: /^(?:端午节?)/, ...lunar(5, 5) },
  { re: /^(?:七夕节?)/, ...lunar(7, 7) },
  { re: /^(?:中秋节?)/, ...lunar(8, 15) },
  { re: /^(?:重阳节?)/, ...lunar(9, 9) },
  { re: /^(?:元旦)/, ...fixed(1, 1) },
  { re: /^(?:“三八”妇女节|三八妇女节|国际妇女节|“三八”|三八|妇女节)/, ...fixed(3, 8) },
  { re: /^(?:植树节)/, ...fixed(3, 12) },
  { re: /^(?:“?4[·.]23”?|“?四二三”?)?(?:世界读书日|读书日)/, ...fixed(4, 23) },
  { re: /^(?:五一国际劳动节|五一劳动节|“五一”劳动节|“五一”|五一|劳动节)/, ...fixed(5, 1) },
  { re: /^(?:“六一”儿童节|六一儿童节|“六一”|六一|儿童节)/, ...fixed(6, 1) },
  { re: /^(?:“七一”|七一|建党节)/, ...fixed(7, 1) },
  { re: /^(?:“八一”|八一|建军节)/, ...fixed(8, 1) },
  { re: /^(?:教师节)/, ...fixed(9, 10) },
  { re: /^(?:国庆节?|“十一”|十一)/, ...fixed(10, 1) },
  // 清明 falls on 4 or 5 April: its month only.
  { re: /^(?:清明节?)/, months: () => [4, 4] },
  { re: /^(?:寒假)/, months: () => [1, 2] },
  { re: /^(?:暑假|暑期)/, months: () => [7, 8] },
  { re: /^(?:上半年)/, months: () => [1, 6] },
  { re: /^(?:下半年)/, months: () => [7, 12] },
  { re: /^(?:第?[一1]季度)/, months: () => [1, 3] },
  { re: /^(?:第?[二2]季度)/, months: () => [4, 6] },
  { re: /^(?:第?[三3]季度)/, months: () => [7, 9] },
  { re: /^(?:第?[四4]季度)/, months: () => [10, 12] },
];

/** After the name: a period around it (month precision), or the day itself (`节` already consumed). */
const PERIOD = /^(?:假期期间|假期间|期间|前后|前夕|假期|之际|来临之际|到来之际|黄金周期间|黄金周)/;
const AFTER = /^(?:当天|当日|节当天)?[，,、：:\s]/;

function finishMonths(y: number, [a, b]: [number, number], matchedText: string): ChronicleDate {
  return {
    start: month(y, a),
    ...(b !== a ? { end: month(y, b) } : {}),
    precision: 'month',
    matchedText,
    notices: [],
  };
}

/** What `namedDate` found: a date, or a phrase that reads like one but is not recognised. */
export type NamedDateResult = ChronicleDate | { readonly unknown: string } | undefined;

/**
 * A date-like phrase at the start of an entry that names no calendar date (`年初`, `节假日期间`, `周末`):
 * reported, never merged. `活动期间，…` is not date-like (no word of time in it): it continues the entry.
 */
const DATE_LIKE =
  /^[^，,。；;：:、]{0,8}?(?:期间|前后|前夕|之际|上旬|中旬|下旬|月初|月中|月底|月末|年初|年中|年底|年末|季度|假期|节日|周末|黄金周)(?=[，,、：:\s]|$)/;
const TIME_WORD = /[年月日节假季旬周春夏秋冬寒暑]/;

/**
 * The date of an entry that starts with a holiday, a part of the year or `同日`/`次日`, for a report of
 * `year`; `{ unknown }` for a phrase that reads like a date but is not one of those; `undefined` when the
 * entry does not start with anything date-like (a continuation of the entry before).
 */
export function namedDate(entry: string, year: number, previous?: PreviousEntry): NamedDateResult {
  const s = entry.replace(/^[\s\u3000]+/, '');
  const rel = /^(?:同日|同天|当日|当天|次日|翌日|第二天)(?=[，,、\s上下晚])/.exec(s);
  if (rel) {
    const next = !/^(?:同日|同天|当日|当天)/.test(rel[0]);
    if (!previous || (next && previous.precision !== 'day')) return { unknown: rel[0] };
    if (!next)
      return {
        start: previous.start,
        ...(previous.end ? { end: previous.end } : {}),
        precision: previous.precision,
        matchedText: rel[0],
        notices: [],
      };
    const [y = year, m = 1, d = 1] = (previous.end ?? previous.start).split('-').map(Number);
    const t = new Date(Date.UTC(y, m - 1, d + 1));
    if (t.getUTCFullYear() !== year) return { unknown: rel[0] };
    return {
      start: day(year, t.getUTCMonth() + 1, t.getUTCDate()),
      precision: 'day',
      matchedText: rel[0],
      notices: [],
    };
  }
  for (const n of NAMED) {
    const m = n.re.exec(s);
    if (!m) continue;
    const rest = s.slice(m[0].length);
    const period = PERIOD.exec(rest);
    if (period) {
      const months = n.months(year);
      return months ? finishMonths(year, months, m[0] + period[0]) : { unknown: m[0] + period[0] };
    }
    const on = AFTER.exec(rest) ?? (rest === '' ? [''] : null);
    if (!on) continue; // `国庆节目`, `十一个` …: not the holiday.
    const matchedText = m[0] + on[0].replace(/[，,、：:\s]$/, '');
    const d = n.day?.(year);
    if (d) return { start: day(year, d[0], d[1]), precision: 'day', matchedText, notices: [] };
    const months = n.months(year);
    return months ? finishMonths(year, months, matchedText) : { unknown: matchedText };
  }
  const like = DATE_LIKE.exec(s);
  return like && TIME_WORD.test(like[0]) ? { unknown: like[0] } : undefined;
}
