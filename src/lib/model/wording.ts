/**
 * A figure's wording: its number, qualifier and unit exactly as the sentence writes them (`3.5万余人`,
 * `约327场`, `379.42 万册`), cut from the sentence itself so it can never say what the report does not.
 * The labels that follow from the wording (原文单位：人) and from a part-year period (上半年) are derived
 * here too, so authors never write them. Pure.
 */
import { compact, indexOfCompact } from './sentences.ts';
import { KNOWN_UNITS } from './parse-figure.ts';

/** Units a sentence may write after a figure, longest first (the parser's, plus counting words it lacks). */
const UNITS = [...new Set([...KNOWN_UNITS, '间', '位', '座', '份', '部', '张', '所'])].sort(
  (a, b) => b.length - a.length,
);

/** Index in `text` of each character of `compact(text)`. */
function compactMap(text: string): number[] {
  const map: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const ch = text.charAt(i);
    if (/[\s\u3000]/.test(ch)) continue;
    if (ch === '\\' && /[{}<>*_#[\]]/.test(text.charAt(i + 1))) continue;
    map.push(i);
  }
  return map;
}

/**
 * The figure's wording in `sentence`: the text spanning the written figure (`written`, matched ignoring
 * whitespace as sentences are) and the unit right after it, spaces kept. Inside `quote`, when the quote
 * is in the sentence, so a number that occurs twice is cut where the author pointed. Undefined when the
 * written figure is not in the sentence.
 */
export function deriveWording(sentence: string, written: string, quote?: string): string | undefined {
  const c = compact(sentence);
  const w = compact(written);
  let at = -1;
  const q = quote ? compact(quote) : '';
  const qAt = q ? c.indexOf(q) : -1;
  if (qAt >= 0) {
    const inQuote = indexOfCompact(q, w);
    if (inQuote >= 0) at = qAt + inQuote;
  }
  if (at < 0) at = indexOfCompact(c, w);
  if (at < 0) return undefined;
  const map = compactMap(sentence);
  const start = map[at] ?? 0;
  const end = (map[at + w.length - 1] ?? start) + 1;
  const rest = sentence.slice(end);
  const unit = /^[ \t\u3000]*/.exec(rest)?.[0] ?? '';
  const after = rest.slice(unit.length);
  const u = UNITS.find((x) => after.startsWith(x));
  return sentence.slice(start, u ? end + unit.length + u.length : end);
}

/** The unit a wording ends with (`3.5万余人` → 人), or '' when it ends with the number. */
export function wordingUnit(wording: string): string {
  // The unit follows the number (or its 余/多/万), not just any text ending in a unit character.
  const numberEnd = /[\d〇一二两三四五六七八九十百千万亿余多\s]$/;
  return UNITS.find((u) => wording.endsWith(u) && numberEnd.test(wording.slice(0, -u.length))) ?? '';
}

/** Counting words that mean the same as a metric's unit, so they need no label (123名 = 123人). */
const SAME_UNIT: Readonly<Record<string, readonly string[]>> = {
  人: ['名', '位'],
  个: ['间', '家', '所', '处', '座'],
};

/**
 * `source-unit:<unit>` when the wording counts in another unit than the metric (17期 for a 场次 metric,
 * 3.5万余人 for a 人次 metric); undefined when the units agree or the wording has none.
 */
export function sourceUnitLabel(wording: string, metricUnit: string): string | undefined {
  const u = wordingUnit(wording);
  if (!u || u === metricUnit || SAME_UNIT[metricUnit]?.includes(u)) return undefined;
  return `source-unit:${u}`;
}

/** The label a part-year period implies: 上半年, 下半年, or its months or days (`part-year:1–9月`). */
export function periodLabel(period: { from: string; to: string } | undefined): string | undefined {
  if (!period) return undefined;
  const [fy = '', fm = '', fd] = period.from.split('-');
  const [ty = '', tm = '', td] = period.to.split('-');
  const lastDay = new Date(Date.UTC(Number(ty), Number(tm), 0)).getUTCDate();
  const wholeMonths = (fd === undefined || fd === '01') && (td === undefined || Number(td) === lastDay);
  const [m1, m2] = [Number(fm), Number(tm)];
  if (fy === ty && wholeMonths) {
    if (m1 === 1 && m2 === 6) return 'first-half';
    if (m1 === 7 && m2 === 12) return 'second-half';
    return `part-year:${m1 === m2 ? `${m1}月` : `${m1}–${m2}月`}`;
  }
  const day = (y: string, m: number, d: string | undefined, withYear: boolean): string =>
    `${withYear ? `${y}年` : ''}${m}月${d ? `${Number(d)}日` : ''}`;
  return `part-year:${day(fy, m1, fd, fy !== ty)}–${day(ty, m2, td, fy !== ty)}`;
}
