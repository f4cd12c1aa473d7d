/**
 * A synthetic 大事记: 100–250 entries, each a real entry's text behind a generated date written in one of
 * the forms staff use (1月9日, 1月3日上午, 2月27号, 1月12日至1月28日, 3月16日-4月18日, 4月25日——28日,
 * 5月18-5月21日, 10月1日至8日期间, 2月-3月, 5月). Every date exists and lies within the report's year.
 */
import { daysInMonth } from '../../src/lib/calendar.ts';
import type { Rng } from './prng.ts';

/** A generated entry date: its sort key and its written form. */
export interface EntryDate {
  /** Month and day of the start (day 0 for a month-precision date), for sorting. */
  readonly month: number;
  readonly day: number;
  readonly written: string;
}

type Form = (rng: Rng, year: number, m: number, d: number) => string | undefined;

/** Forms and their weights; a form returns undefined when it does not fit the drawn start date. */
const FORMS: readonly (readonly [number, Form])[] = [
  [50, (_r, _y, m, d) => `${m}月${d}日`],
  [10, (r, _y, m, d) => `${m}月${d}日${r.pick(['上午', '下午', '晚'])}`],
  [5, (_r, _y, m, d) => `${m}月${d}号`],
  [8, (r, y, m, d) => range(r, y, m, d, (m2, d2) => `${m}月${d}日至${m2}月${d2}日`)],
  [5, (r, y, m, d) => range(r, y, m, d, (m2, d2) => `${m}月${d}日-${m2}月${d2}日`)],
  [3, (r, y, m, d) => range(r, y, m, d, (m2, d2) => `${m}月${d}-${m2}月${d2}日`)],
  [5, (r, y, m, d) => sameMonth(r, y, m, d, (d2) => `${m}月${d}日——${d2}日`)],
  [4, (r, y, m, d) => sameMonth(r, y, m, d, (d2) => `${m}月${d}日至${d2}日`)],
  [2, (r, y, m, d) => sameMonth(r, y, m, d, (d2) => `${m}月${d}日至${d2}日期间`)],
  [5, (r, _y, m) => (m < 12 ? `${m}月-${r.int(m + 1, Math.min(12, m + 3))}月` : undefined)],
  [3, (_r, _y, m) => `${m}月`],
];
const TOTAL = FORMS.reduce((n, [w]) => n + w, 0);

/** An end date after (m, d) within the year, no more than ~40 days later. */
function range(
  rng: Rng,
  year: number,
  m: number,
  d: number,
  write: (m2: number, d2: number) => string,
): string | undefined {
  const start = Date.UTC(year, m - 1, d);
  const end = new Date(start + rng.int(1, 40) * 86_400_000);
  if (end.getUTCFullYear() !== year) return undefined;
  return write(end.getUTCMonth() + 1, end.getUTCDate());
}

function sameMonth(rng: Rng, year: number, m: number, d: number, write: (d2: number) => string): string | undefined {
  const last = daysInMonth(year, m);
  return d < last ? write(rng.int(d + 1, Math.min(last, d + 10))) : undefined;
}

/** `count` entry dates in `year`, in chronological order (a month-only date before that month's days). */
export function entryDates(rng: Rng, year: number, count: number): EntryDate[] {
  const out: EntryDate[] = [];
  while (out.length < count) {
    const m = rng.int(1, 12);
    const d = rng.int(1, daysInMonth(year, m));
    let roll = rng.next() * TOTAL;
    const form = FORMS.find(([w]) => (roll -= w) < 0)?.[1] ?? FORMS[0]![1];
    const written = form(rng, year, m, d);
    if (!written) continue;
    out.push({ month: m, day: /^\d+月(?:[-，]|$)/.test(written) ? 0 : d, written });
  }
  return out.sort((a, b) => a.month - b.month || a.day - b.day);
}

/** The 大事记 section: one paragraph per entry, a generated date then a reused entry text. */
export function chronicleSection(
  rng: Rng,
  year: number,
  texts: readonly string[],
  count: number,
  /** Paragraphs already in the report, compacted (no spaces or backslashes): none is written again. */
  taken: ReadonlySet<string> = new Set(),
): string {
  const dates = entryDates(rng, year, count);
  let pool = rng.shuffle(texts);
  let next = 0;
  // No entry twice: a report repeats no paragraph, and the content check stops one that does (a text
  // drawn again after the pool runs out may meet the same date).
  const seen = new Set<string>();
  const lines = dates.map((date) => {
    for (let tries = 0; ; tries++) {
      if (next > 0 && next % pool.length === 0) pool = rng.shuffle(texts);
      const line = `${date.written}，${pool[next % pool.length]}`;
      const key = line.replace(/[\\\s]/g, '');
      next++;
      if ((!seen.has(key) && !taken.has(key)) || tries > pool.length) {
        seen.add(key);
        return line;
      }
    }
  });
  return `## 大事记\n\n${lines.join('\n\n')}\n`;
}
