/**
 * Split a report body into sentences with their line numbers, and find the sentence that states a figure.
 * Pure. Matching ignores whitespace (PDF text writes `126.38 万`), reads full-width digits as ASCII, and
 * respects digit boundaries (`36` does not match inside `364565`).
 */

/** One sentence of the report text. */
export interface Sentence {
  /** 0-based index in the report, stable for a given body. */
  readonly index: number;
  /** 1-based line in the body. */
  readonly line: number;
  readonly text: string;
  /** `text` without whitespace and Markdown escapes: what figures and quotes are matched against. */
  readonly compact: string;
}

/** Full-width digits as ASCII, one character for one: a figure written 110 matches a text that writes １１０. */
export const asciiDigits = (s: string): string =>
  s.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));

/** `s` without whitespace and Markdown escapes, full-width digits as ASCII, as figures and quotes are matched. */
export const compact = (s: string): string =>
  asciiDigits(s.replace(/[\s\u3000]+/g, '').replace(/\\([{}<>*_#[\]])/g, '$1'));

/** Strip Markdown/MDX syntax that is not text: heading marks, list marks, emphasis, escapes, HTML/JSX tags. */
function plainLine(line: string): string {
  return line
    .replace(/^\s{0,3}#{1,6}\s+/, '')
    .replace(/^\s*(?:[-*+]|\d+\.)\s+/, '')
    .replace(/^\s*>\s?/, '')
    .replace(/<\/?[A-Za-z][^>]*>/g, '')
    .replace(/\\([\\`*_{}[\]()#+\-.!<>|])/g, '$1')
    .replace(/\*\*|__/g, '')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1');
}

/** Split a body into sentences at 。！？；, line ends and table cells; frontmatter excluded. */
export function splitSentences(body: string): Sentence[] {
  const out: Sentence[] = [];
  const lines = body.split('\n');
  let inCode = false;
  lines.forEach((raw, i) => {
    if (/^\s*```/.test(raw)) inCode = !inCode;
    if (inCode || /^\s*\|?\s*:?-{3,}/.test(raw) || /^\s*(import|export)\s/.test(raw)) return;
    const line = plainLine(raw);
    const parts = line.split(/(?<=[。！？；!?;])|\|/);
    for (const p of parts) {
      const t = p.trim();
      if (t) out.push({ index: out.length, line: i + 1, text: t, compact: compact(t) });
    }
  });
  return out;
}

/** True when `needle` occurs in `hay` (both compacted) not glued to other digits. */
export function containsNumber(hay: string, needle: string): boolean {
  return containsCompact(compact(hay), compact(needle));
}

function containsCompact(h: string, n: string): boolean {
  return indexOfCompact(h, n) >= 0;
}

/** Where `n` first occurs in `h` (both compacted) not glued to other digits; -1 when nowhere. */
export function indexOfCompact(h: string, n: string): number {
  if (!n) return -1;
  let from = 0;
  for (;;) {
    const at = h.indexOf(n, from);
    if (at < 0) return -1;
    const before = h.charAt(at - 1);
    const after = h.slice(at + n.length, at + n.length + 2);
    const digitBefore = /^\d/.test(n) && /[\d.]/.test(before);
    const digitAfter = /\d$/.test(n) && /^(\d|\.\d|,\d)/.test(after);
    if (!digitBefore && !digitAfter) return at;
    from = at + 1;
  }
}

/**
 * The sentence that states a figure: it must contain the written form (and the author's `quote`, when
 * given); among several, the one naming the metric's keywords most, then the first.
 */
export function findSentence(
  sentences: readonly Sentence[],
  written: string,
  keywords: readonly string[],
  quote?: string,
): Sentence | undefined {
  const q = quote ? compact(quote) : undefined;
  const w = compact(written);
  // Sentences are compacted once when split (not once per figure): this loop runs figures × sentences times.
  const candidates = sentences.filter((s) => containsCompact(s.compact, w) && (!q || s.compact.includes(q)));
  if (candidates.length === 0 && q) {
    // The quote may span a sentence boundary the splitter made; accept the sentence holding the quote's start.
    const start = q.slice(0, Math.min(q.length, 12));
    return sentences.find((s) => s.compact.includes(start) && containsCompact(s.compact, w));
  }
  return mostKeywords(candidates, keywords);
}

/** Among candidate sentences, the one naming the keywords most (by characters matched), then the first. */
export function mostKeywords(candidates: readonly Sentence[], keywords: readonly string[]): Sentence | undefined {
  let best: Sentence | undefined;
  let bestScore = -1;
  for (const s of candidates) {
    const score = keywords.reduce((n, k) => n + (s.text.includes(k) ? k.length : 0), 0);
    if (score > bestScore) [best, bestScore] = [s, score];
  }
  return best;
}

/**
 * The whole sentence `s` belongs to: `s` with its neighbours on the same line that ；/; joins it to. The
 * splitter cuts at ；, but a subject stated once (全区总分馆全年实现…；新增…；累计馆藏量…) governs every
 * clause up to the 。, so rules about what a sentence says about its figures read the whole of it.
 */
export function wholeSentence(sentences: readonly Sentence[], s: Sentence): string {
  const joined = (a: Sentence | undefined): boolean => a !== undefined && /[；;]$/.test(a.text);
  let first = s.index;
  while (first > 0 && sentences[first - 1]?.line === s.line && joined(sentences[first - 1])) first -= 1;
  let last = s.index;
  while (sentences[last + 1]?.line === s.line && joined(sentences[last])) last += 1;
  return sentences
    .slice(first, last + 1)
    .map((x) => x.text)
    .join('');
}
