/**
 * Dated events of a report: the entries of its 大事记 (one paragraph per entry, the date first) and the
 * sentences an editor marked with `<Event date="2023-12-15">…</Event>`. Pure: MDX body text in,
 * events and problems out. The remark plugin and the content check both call `extractEvents`, so the
 * anchors on the page and the ids in the open data are the same.
 */
import { categorize } from './categories.ts';
import { ChronicleDateError, parseChronicleDate, parseIsoDate, type ChronicleDate } from './dates.ts';
import type { ChronicleEvent } from './event-schema.ts';
import { namedDate } from './periods.ts';
import type { Lang } from '../model/messages.ts';

/** A problem in a report's dates, with its line in the body. */
export interface ChronicleProblem {
  readonly severity: 'error' | 'warning';
  /** `chronicle/impossible-date`, `chronicle/out-of-year`, … */
  readonly code: string;
  readonly line: number;
  /** `大事记` or `Event`. */
  readonly field: string;
  readonly message: Record<Lang, string>;
  readonly hint?: Record<Lang, string>;
  /** A warning about the source's own wording: a `conversion` note quoting this text acknowledges it. */
  readonly acknowledgedBy?: string;
}

export interface ReportRef {
  readonly library: string;
  readonly year: number;
  /**
   * The file line of the body's first line, for line numbers written inside messages (problems' `line`
   * stays relative to the body). Default 1.
   */
  readonly firstLine?: number | undefined;
}

type Draft = Omit<ChronicleEvent, 'id' | 'categories'>;

const HEADING = /^(#{1,6})\s+(.*?)\s*#*\s*$/;
const EVENT_TAG = /<Event\b([^>]*)>([\s\S]*?)<\/Event>/g;

/** Text of a Markdown/MDX line as a reader sees it. */
const plain = (s: string): string =>
  s
    .replace(/^\s*(?:[-*+]|>)\s+/, '')
    .replace(/<\/?[A-Za-z][^>]*>/g, '')
    .replace(/\\([\\`*_{}[\]()#+\-.!<>|])/g, '$1')
    .replace(/\*\*|__/g, '')
    .trim();

/** Blank out a leading `---` frontmatter block, keeping line numbers. */
export function blankFrontmatter(text: string): string {
  const m = /^---\r?\n[\s\S]*?\r?\n---[ \t]*(?:\r?\n|$)/.exec(text);
  return m ? m[0].replace(/[^\n]/g, '') + text.slice(m[0].length) : text;
}

/** A paragraph of the 大事记: its text (lines joined), the line it starts at, and each of its lines. */
interface Paragraph {
  readonly text: string;
  readonly line: number;
  readonly lines: readonly { readonly text: string; readonly line: number }[];
  /** It is an `<Event date="…">` of its own: the tag dates it, not the chronicle. */
  readonly tagged: boolean;
}

/** Paragraphs of the section whose heading contains 大事记, until the next heading of the same or a higher level. */
function chronicleParagraphs(lines: readonly string[]): Paragraph[] {
  const start = lines.findIndex((l) => HEADING.exec(l)?.[2]?.includes('大事记'));
  if (start < 0) return [];
  const depth = HEADING.exec(lines[start] ?? '')?.[1]?.length ?? 1;
  const out: Paragraph[] = [];
  let current: { parts: { text: string; line: number }[]; tagged: boolean } | undefined;
  const flush = (): void => {
    const first = current?.parts[0];
    if (current && first)
      out.push({
        text: current.parts.map((p) => p.text).join(''),
        line: first.line,
        lines: current.parts,
        tagged: current.tagged,
      });
    current = undefined;
  };
  for (let i = start + 1; i < lines.length; i++) {
    const l = lines[i] ?? '';
    const h = HEADING.exec(l);
    if (h && (h[1]?.length ?? 0) <= depth) break;
    if (h || l.trim() === '') {
      flush();
      continue;
    }
    const t = plain(l);
    if (!t) continue;
    if (current) current.parts.push({ text: t, line: i + 1 });
    else current = { parts: [{ text: t, line: i + 1 }], tagged: /^\s*<Event\b/.test(l) };
  }
  flush();
  return out;
}

function dateProblem(e: ChronicleDateError, line: number, field: string): ChronicleProblem {
  return { severity: 'error', code: `chronicle/${e.code}`, line, field, message: e.text, hint: e.hint };
}

/** The date at the start of an entry: a calendar date, or a holiday or period (src/lib/chronicle/periods.ts). */
function entryDate(
  text: string,
  ref: ReportRef,
  previous: Draft | undefined,
): ChronicleDate | { unknown: string } | undefined {
  const date = parseChronicleDate(text, ref.year);
  // `2022年春节期间`: a year alone, then a named period, is the period.
  if (date && date.precision === 'year') {
    const named = namedDate(text.slice(text.indexOf(date.matchedText) + date.matchedText.length), ref.year, previous);
    if (named && 'start' in named) return { ...named, matchedText: date.matchedText + named.matchedText };
  }
  return date ?? namedDate(text, ref.year, previous);
}

/**
 * Several lines of one paragraph that each start with a date: entries pasted with single line breaks
 * (from Word), which Markdown joins into one paragraph. Reported, and read as separate entries.
 */
function joinedEntries(p: Paragraph, ref: ReportRef): Paragraph[] | undefined {
  if (p.lines.length < 2) return undefined;
  const starts = p.lines.map((l, i) => {
    if (i === 0) return true;
    try {
      return parseChronicleDate(l.text, ref.year) !== undefined;
    } catch {
      return true;
    }
  });
  if (starts.filter(Boolean).length < 2) return undefined;
  const out: Paragraph[] = [];
  p.lines.forEach((l, i) => {
    const last = out[out.length - 1];
    if (starts[i] || !last) out.push({ text: l.text, line: l.line, lines: [l], tagged: false });
    else out[out.length - 1] = { ...last, text: last.text + l.text, lines: [...last.lines, l] };
  });
  return out;
}

function fromChronicle(lines: readonly string[], ref: ReportRef, problems: ChronicleProblem[]): Draft[] {
  const drafts: Draft[] = [];
  let previous: Draft | undefined;
  let seenDate = false;
  /** The entry before was reported as an error: its continuation paragraphs belong to it, nothing to add. */
  let failed = false;
  const paragraphs = chronicleParagraphs(lines).flatMap((p) => {
    const split = joinedEntries(p, ref);
    if (!split) return [p];
    const at = split.map((e) => e.line + (ref.firstLine ?? 1) - 1);
    problems.push({
      severity: 'error',
      code: 'chronicle/joined-entries',
      line: p.line,
      field: '大事记',
      message: {
        zh: `第 ${at.join('、')} 行各以日期开头，却在同一段里（行与行之间没有空行）：网站会把这 ${at.length} 条大事记当成一条`,
        en: `Lines ${at.join(', ')} each start with a date but form one paragraph (no blank line between them): the site would read these ${at.length} entries as one`,
      },
      hint: {
        zh: '每条大事记之间空一行（从 Word 粘贴时常常只有换行，没有空行）',
        en: 'Leave a blank line between entries (text pasted from Word often has single line breaks)',
      },
    });
    return split;
  });
  for (const p of paragraphs) {
    if (p.tagged) {
      // Dated by its own <Event date="…"> (fromEventTags): not an entry of the chronicle, nor a continuation.
      previous = undefined;
      seenDate = true;
      failed = false;
      continue;
    }
    let date;
    try {
      date = entryDate(p.text, ref, previous);
    } catch (e) {
      if (!(e instanceof ChronicleDateError)) throw e;
      problems.push(dateProblem(e, p.line, '大事记'));
      previous = undefined;
      seenDate = true;
      failed = true;
      continue;
    }
    if (date && 'unknown' in date) {
      problems.push({
        severity: 'error',
        code: 'chronicle/unknown-date',
        line: p.line,
        field: '大事记',
        message: {
          zh: `大事记的这一段以“${date.unknown}”开头，网站算不出它的日期，也不能把它接到上一条后面`,
          en: `This 大事记 entry starts with "${date.unknown}", which names no date the site can place, and it cannot be joined to the entry before`,
        },
        hint: {
          zh: `原文不改：用 <Event date="…"> 和 </Event> 把这一段包起来，写明日期，如 <Event date="${ref.year}-01">${date.unknown}，……</Event>（只知道月份写到月，只知道年份写 ${ref.year}）；若它是上一条的后半段，删掉两段之间的空行`,
          en: `Keep the text: wrap this paragraph in <Event date="…">…</Event> with its date, e.g. date="${ref.year}-01" (or "${ref.year}" when only the year is known); if it continues the entry before, remove the blank line between them`,
        },
      });
      previous = undefined;
      seenDate = true;
      failed = true;
      continue;
    }
    if (!date) {
      if (failed) continue;
      if (previous) {
        previous = { ...previous, text: previous.text + p.text };
        drafts[drafts.length - 1] = previous;
      } else {
        // Nothing to continue: the first paragraph, or one after an entry that could not be read.
        problems.push({
          severity: seenDate ? 'error' : 'warning',
          code: 'chronicle/no-date',
          line: p.line,
          field: '大事记',
          message: {
            zh: `大事记的这一段不以日期开头：“${p.text.slice(0, 20)}…”，未列入时间线`,
            en: `This 大事记 paragraph does not start with a date ("${p.text.slice(0, 20)}…") and is left out of the timeline`,
          },
          hint: {
            zh: '每条大事记以日期开头，如 “3月5日，北海市图书馆……”；原文没有日期时，用 <Event date="…">…</Event> 包住这一段并写明日期',
            en: 'Start each entry with its date, e.g. “3月5日，北海市图书馆……”; without one, wrap it in <Event date="…">…</Event>',
          },
        });
      }
      continue;
    }
    seenDate = true;
    failed = false;
    for (const n of date.notices) {
      problems.push({
        severity: 'warning',
        code: `chronicle/${n.code}`,
        line: p.line,
        field: '大事记',
        message: n.message,
        hint: {
          zh: `原文的笔误照原样保留，在 conversion 中注明（引用“${date.matchedText}”，这条提醒就不再出现）；若是录入时打错，改成正确的日期`,
          en: `Keep a typo of the source as written and note it under conversion, quoting “${date.matchedText}” (this warning then stops); fix a typing error`,
        },
        acknowledgedBy: date.matchedText,
      });
    }
    previous = {
      library: ref.library,
      year: ref.year,
      start: date.start,
      ...(date.end ? { end: date.end } : {}),
      precision: date.precision,
      ...(date.time ? { time: date.time } : {}),
      text: p.text,
      line: p.line,
      source: 'chronicle',
    };
    drafts.push(previous);
  }
  return drafts;
}

function fromEventTags(body: string, ref: ReportRef, problems: ChronicleProblem[]): Draft[] {
  const drafts: Draft[] = [];
  for (const m of body.matchAll(EVENT_TAG)) {
    const line = body.slice(0, m.index).split('\n').length;
    const date = /\bdate\s*=\s*(?:"([^"]*)"|'([^']*)')/.exec(m[1] ?? '');
    const value = date?.[1] ?? date?.[2];
    if (value === undefined) {
      problems.push({
        severity: 'error',
        code: 'chronicle/event-no-date',
        line,
        field: 'Event',
        message: { zh: '<Event> 缺少 date', en: '<Event> has no date' },
        hint: {
          zh: '写成 <Event date="2023-12-15">原文句子</Event>',
          en: 'Write <Event date="2023-12-15">the sentence</Event>',
        },
      });
      continue;
    }
    try {
      const d = parseIsoDate(value, ref.year);
      const text = plain((m[2] ?? '').replace(/\s*\n\s*/g, ''));
      drafts.push({
        library: ref.library,
        year: ref.year,
        start: d.start,
        ...(d.end ? { end: d.end } : {}),
        precision: d.precision,
        text,
        line,
        source: 'text',
      });
    } catch (e) {
      if (!(e instanceof ChronicleDateError)) throw e;
      problems.push(dateProblem(e, line, 'Event'));
    }
  }
  return drafts;
}

/** Blank out MDX and HTML comments (`{/* … *\/}`, `<!-- … -->`), keeping line numbers: they are not text. */
const blankComments = (s: string): string =>
  s.replace(/\{\/\*[\s\S]*?\*\/\}|<!--[\s\S]*?-->/g, (c) => c.replace(/[^\n]/g, ''));

/** All dated events of one report body, in the order written (ids numbered in that order). */
export function extractEvents(
  text: string,
  ref: ReportRef,
): { events: ChronicleEvent[]; problems: ChronicleProblem[] } {
  const problems: ChronicleProblem[] = [];
  const body = blankComments(text);
  const lines = body.split(/\r?\n/);
  const drafts = [...fromChronicle(lines, ref, problems), ...fromEventTags(body, ref, problems)]
    .map((d, i) => ({ d, i }))
    .sort((a, b) => a.d.line - b.d.line || a.i - b.i)
    .map(({ d }) => d);
  const seen = new Map<string, number>();
  const events = drafts.map((d): ChronicleEvent => {
    const n = (seen.get(d.start) ?? 0) + 1;
    seen.set(d.start, n);
    return { id: `e-${d.start}-${n}`, ...d, categories: categorize(d.text) };
  });
  return { events, problems: problems.sort((a, b) => a.line - b.line) };
}

/** Timeline order: by start date (a month before its days), then library, year and line. */
export function compareEvents(a: ChronicleEvent, b: ChronicleEvent): number {
  return (
    (a.start < b.start ? -1 : a.start > b.start ? 1 : 0) ||
    a.library.localeCompare(b.library) ||
    a.year - b.year ||
    a.line - b.line
  );
}

/** A sorted copy of `events` for timelines. */
export function sortEvents(events: readonly ChronicleEvent[]): ChronicleEvent[] {
  return [...events].sort(compareEvents);
}
