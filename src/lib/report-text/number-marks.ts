/**
 * Find where a report's text states its figures, so the report page can mark each number. Pure.
 *
 * Input is the text of one block (a paragraph, heading or table cell) as consecutive pieces — the text
 * nodes of its inline content, which may split a number (`**126.38**万`) — and the figures whose sentence
 * lies in that block. Output is one range per stated number, in offsets of the joined text; the text
 * itself is never changed. Matching follows `findSentence`: whitespace is ignored (PDF text writes
 * `126.38 万`) and a number never matches inside a longer one (`36` is not in `364565`).
 */

/** A figure to find in a block. */
export interface MarkFigure {
  readonly metric: string;
  /** As the report writes it: `126.38万`, `42万多`, `364565`. */
  readonly written: string;
  /** The metric's unit; included in the mark when the text writes it right after the number. */
  readonly unit: string;
  /** The sentence that states the figure (from `findSentence`), to pick the right one of several. */
  readonly sentence?: string | undefined;
  /** The author's `quote`, narrower still. */
  readonly quote?: string | undefined;
}

/** One stated number in a block. */
export interface NumberMark {
  /** The figures stated here: usually one; two when one number states two metrics. */
  readonly metrics: readonly string[];
  /** Offsets in the joined text, end exclusive. */
  readonly start: number;
  readonly end: number;
  /** The marked text exactly as it stands: `126.38 万册次`. */
  readonly text: string;
}

/** Where one piece of a range lies: piece `index`, characters `from`–`to` of it. */
export interface PieceRange {
  readonly index: number;
  readonly from: number;
  readonly to: number;
}

/** Characters that are not text to a reader: whitespace, Markdown emphasis and escapes. */
const IGNORED = /[\s\u3000*_`\\]/;

/** A text without the ignored characters, and where each kept character stood in the original. */
function compactMap(text: string): { compact: string; at: number[] } {
  let compact = '';
  const at: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const ch = text.charAt(i);
    if (IGNORED.test(ch)) continue;
    // A full-width digit stands for its ASCII digit (one character for one, so offsets stay right).
    compact += /[０-９]/.test(ch) ? String.fromCharCode(ch.charCodeAt(0) - 0xfee0) : ch;
    at.push(i);
  }
  return { compact, at };
}

const compactOf = (s: string): string => compactMap(s).compact;

/** Ranges of `needle` in `hay` (both compacted) within [from, to), not glued to other digits. */
function compactHits(hay: string, needle: string, from = 0, to = hay.length): [number, number][] {
  const out: [number, number][] = [];
  if (!needle) return out;
  for (let at = hay.indexOf(needle, from); at >= 0 && at + needle.length <= to; at = hay.indexOf(needle, at + 1)) {
    const before = hay.charAt(at - 1);
    const after = hay.slice(at + needle.length, at + needle.length + 2);
    const digitBefore = /^\d/.test(needle) && /[\d.]/.test(before);
    const digitAfter = /\d$/.test(needle) && /^(\d|\.\d|,\d)/.test(after);
    if (!digitBefore && !digitAfter) out.push([at, at + needle.length]);
  }
  return out;
}

/**
 * Every place `written` stands in `text`, as [start, end) offsets of `text`: whitespace between its
 * characters allowed, never inside a longer number.
 */
export function findNumber(text: string, written: string): [number, number][] {
  const { compact, at } = compactMap(text);
  return compactHits(compact, compactOf(written)).map(([s, e]) => [at[s] ?? 0, (at[e - 1] ?? 0) + 1]);
}

/** True when `part` is in `hay`, ignoring whitespace and Markdown marks (as sentences are compared). */
export const includesText = (hay: string, part: string): boolean => {
  const p = compactOf(part);
  return p !== '' && compactOf(hay).includes(p);
};

/** Where a mark ends: after the unit when the text writes it right after the number (`364565` → `364565册`). */
function endAfterUnit(text: string, end: number, written: string, unit: string): number {
  if (!unit || written.endsWith(unit)) return end;
  let i = end;
  while (i < text.length && /[ \u3000]/.test(text.charAt(i))) i++;
  return text.startsWith(unit, i) ? i + unit.length : end;
}

/** The compact range of `part` inside [from, to) of `hay`, when it occurs there once or more (first). */
function within(hay: string, part: string | undefined, from: number, to: number): [number, number] | undefined {
  const p = part ? compactOf(part) : '';
  if (!p) return undefined;
  const at = hay.indexOf(p, from);
  return at >= 0 && at + p.length <= to ? [at, at + p.length] : undefined;
}

/**
 * The numbers of `figures` stated in a block made of `pieces`. A figure is looked for inside its quote,
 * else its sentence, else the whole block; of several places there it takes the first that no other
 * figure took (figures with a quote choose first), and shares a place only when its range holds no
 * other. A figure whose written form is not in the block is listed in `missing`. Marks come in text
 * order and never overlap; `sentences` are the ranges of the sentences stating them (same offsets).
 */
export function locateNumbers(
  pieces: readonly string[],
  figures: readonly MarkFigure[],
): { marks: NumberMark[]; sentences: { start: number; end: number }[]; missing: string[] } {
  const text = pieces.join('');
  const { compact, at } = compactMap(text);
  const scoped = figures.map((f, order) => {
    const sentence = within(compact, f.sentence, 0, compact.length);
    const [from, to] = sentence ?? [0, compact.length];
    // A quote may run past the sentence the splitter made: then it is looked for in the whole block.
    const quote = within(compact, f.quote, from, to) ?? within(compact, f.quote, 0, compact.length);
    const range = quote ?? sentence ?? [0, compact.length];
    return { f, order, rank: quote ? 0 : sentence ? 1 : 2, range, sentence };
  });
  scoped.sort((a, b) => a.rank - b.rank || a.order - b.order);

  const taken = new Map<number, { start: number; end: number; metrics: string[] }>();
  const missing: string[] = [];
  for (const { f, range } of scoped) {
    const hits = compactHits(compact, compactOf(f.written), range[0], range[1]);
    const free = hits.find(([s, e]) => ![...taken.values()].some((t) => s < t.end && e > t.start));
    if (free) {
      taken.set(free[0], { start: free[0], end: free[1], metrics: [f.metric] });
      continue;
    }
    const first = hits[0];
    const shared = first && [...taken.values()].find((t) => t.start === first[0] && t.end === first[1]);
    if (shared) shared.metrics.push(f.metric);
    else missing.push(f.metric);
  }

  const marks = [...taken.values()]
    .sort((a, b) => a.start - b.start)
    .map((t, i, all) => {
      const start = at[t.start] ?? 0;
      const numberEnd = (at[t.end - 1] ?? 0) + 1;
      const written = figures.find((f) => f.metric === t.metrics[0]);
      const limit = all[i + 1] ? (at[(all[i + 1] as { start: number }).start] ?? text.length) : text.length;
      const end = Math.min(limit, endAfterUnit(text, numberEnd, written?.written ?? '', written?.unit ?? ''));
      return { metrics: t.metrics, start, end, text: text.slice(start, end) };
    });
  // The sentences that state a marked number, in text order, each once (overlaps dropped).
  const sentences: { start: number; end: number }[] = [];
  const sentenceRanges = scoped
    .filter((x) => x.sentence && [...taken.values()].some((t) => t.metrics.includes(x.f.metric)))
    .map((x) => x.sentence as [number, number])
    .sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  for (const [s, e] of sentenceRanges) {
    const start = at[s] ?? 0;
    const end = (at[e - 1] ?? 0) + 1;
    const last = sentences.at(-1);
    if (!last || start >= last.end) sentences.push({ start, end });
  }
  return { marks, sentences, missing: [...new Set(missing)].sort() };
}

/** Split a range of the joined text into the pieces it covers (empty parts left out). */
export function pieceRanges(pieces: readonly string[], start: number, end: number): PieceRange[] {
  const out: PieceRange[] = [];
  let offset = 0;
  pieces.forEach((p, index) => {
    const from = Math.max(start, offset) - offset;
    const to = Math.min(end, offset + p.length) - offset;
    if (to > from) out.push({ index, from, to });
    offset += p.length;
  });
  return out;
}
