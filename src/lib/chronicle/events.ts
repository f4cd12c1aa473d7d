/**
 * Dated events of a report: the entries of its 大事记 (one paragraph per entry, the date first) and the
 * sentences an editor marked with `<Event date="2023-12-15">…</Event>`. Pure: MDX body text in,
 * events and problems out. The remark plugin and the content check both call `extractEvents`, so the
 * anchors on the page and the ids in the open data are the same.
 */
import { categorize } from './categories.ts';
import { ChronicleDateError, parseChronicleDate, parseIsoDate } from './dates.ts';
import type { ChronicleEvent } from './event-schema.ts';
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
}

export interface ReportRef {
  readonly library: string;
  readonly year: number;
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

/** Paragraphs of the section whose heading contains 大事记, until the next heading of the same or a higher level. */
function chronicleParagraphs(lines: readonly string[]): { text: string; line: number }[] {
  const start = lines.findIndex((l) => HEADING.exec(l)?.[2]?.includes('大事记'));
  if (start < 0) return [];
  const depth = HEADING.exec(lines[start] ?? '')?.[1]?.length ?? 1;
  const out: { text: string; line: number }[] = [];
  let current: { parts: string[]; line: number } | undefined;
  const flush = (): void => {
    if (current) out.push({ text: current.parts.join(''), line: current.line });
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
    if (current) current.parts.push(t);
    else current = { parts: [t], line: i + 1 };
  }
  flush();
  return out;
}

function dateProblem(e: ChronicleDateError, line: number, field: string): ChronicleProblem {
  return { severity: 'error', code: `chronicle/${e.code}`, line, field, message: e.text, hint: e.hint };
}

function fromChronicle(lines: readonly string[], ref: ReportRef, problems: ChronicleProblem[]): Draft[] {
  const drafts: Draft[] = [];
  let previous: Draft | undefined;
  let seenDate = false;
  for (const p of chronicleParagraphs(lines)) {
    let date;
    try {
      date = parseChronicleDate(p.text, ref.year);
    } catch (e) {
      if (!(e instanceof ChronicleDateError)) throw e;
      problems.push(dateProblem(e, p.line, '大事记'));
      previous = undefined;
      seenDate = true;
      continue;
    }
    if (!date) {
      if (previous) {
        previous = { ...previous, text: previous.text + p.text };
        drafts[drafts.length - 1] = previous;
      } else if (!seenDate) {
        problems.push({
          severity: 'warning',
          code: 'chronicle/no-date',
          line: p.line,
          field: '大事记',
          message: {
            zh: `大事记的这一段不以日期开头：“${p.text.slice(0, 20)}…”，未列入时间线`,
            en: `This 大事记 paragraph does not start with a date ("${p.text.slice(0, 20)}…") and is left out of the timeline`,
          },
          hint: {
            zh: '每条大事记以日期开头，如 “3月5日，北海市图书馆……”',
            en: 'Start each entry with its date, e.g. “3月5日，北海市图书馆……”',
          },
        });
      }
      continue;
    }
    seenDate = true;
    for (const n of date.notices) {
      problems.push({
        severity: 'warning',
        code: `chronicle/${n.code}`,
        line: p.line,
        field: '大事记',
        message: n.message,
        hint: {
          zh: '原文的笔误照原样保留即可（可在 conversion 中注明）；若是录入时打错，改成 “1月27日，……”',
          en: 'A typo of the source may stay as written (note it under conversion); a typing error should become “1月27日，……”',
        },
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
