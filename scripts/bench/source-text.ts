/**
 * The raw material of the synthetic corpus, taken from the real reports: body paragraphs (outside the
 * 大事记), 大事记 entry texts with their dates cut off, sub-heading texts, problems, plans and award titles.
 * Pure: the real report files in, pools of text out.
 */
import { parseChronicleDate } from '../../src/lib/chronicle/dates.ts';
import type { SourceFile } from '../../src/check/check-content.ts';
import { parseSource } from '../../src/check/frontmatter.ts';

/** Text pools the generator draws from. */
export interface TextPools {
  /** Markdown blocks (paragraphs, tables) of report bodies, JSX tags removed, inner text kept. */
  readonly paragraphs: readonly string[];
  /** 大事记 entry texts without their leading date, each starting with the text after the date's comma. */
  readonly entries: readonly string[];
  /** Sub-heading texts without their numbering (`多措并举提升服务效能…`). */
  readonly headings: readonly string[];
  readonly problems: readonly string[];
  readonly plans: readonly string[];
  readonly awards: readonly string[];
  /** Names of the real libraries, replaced by the synthetic library's name in reused text. */
  readonly libraryNames: readonly string[];
}

const HEADING = /^(#{1,6})\s+(.*?)\s*$/;

/** Remove MDX component tags (`<Restored original="…">text</Restored>`, `<Event …>`), keeping their text. */
export function stripJsx(s: string): string {
  return s
    .replace(/<([A-Z][A-Za-z]*)\b[^>]*>([\s\S]*?)<\/\1>/g, '$2')
    .replace(/<[A-Z][A-Za-z]*\b[^>]*\/>/g, '')
    .replace(/^\s*(?:import|export)\s.*$/gm, '');
}

/** Blank-line separated blocks of a body, with the heading each block sits under. */
function blocks(body: string): { text: string; section: string }[] {
  const out: { text: string; section: string }[] = [];
  let section = '';
  for (const raw of body.split(/\n[ \t]*\n/)) {
    const lines = raw.split('\n').filter((l) => l.trim() !== '');
    if (lines.length === 0) continue;
    const rest: string[] = [];
    for (const l of lines) {
      const h = HEADING.exec(l);
      if (h && (h[1]?.length ?? 0) <= 2) section = h[2] ?? '';
      if (h) out.push({ text: l, section });
      else rest.push(l);
    }
    if (rest.length) out.push({ text: rest.join('\n'), section });
  }
  return out;
}

/** The text of a 大事记 entry after its date, or undefined when it cannot be reused safely. */
function entryText(block: string, year: number): string | undefined {
  if (block.includes('\n') || block.startsWith('|')) return undefined;
  let date;
  try {
    date = parseChronicleDate(block, year);
  } catch {
    return undefined;
  }
  if (!date || date.notices.length) return undefined;
  const at = block.indexOf(date.matchedText);
  if (at < 0) return undefined;
  const rest = block.slice(at + date.matchedText.length).replace(/^(?:期间)?[\s，,、：:．.]*/, '');
  // A rest that starts with a digit could be read as part of a new date; a very short one is not an entry.
  if (rest.length < 8 || /^[\d０-９]/.test(rest)) return undefined;
  return rest;
}

/** Build the pools from the real report files (`reports/<lib>/<year>.mdx`) and library files. */
export function buildPools(files: readonly SourceFile[]): TextPools {
  const paragraphs: string[] = [];
  const entries: string[] = [];
  const headings = new Set<string>();
  const problems: string[] = [];
  const plans: string[] = [];
  const awards: string[] = [];
  const libraryNames: string[] = [];
  for (const f of files) {
    if (f.path.startsWith('libraries/')) {
      const name = /^name:\s*(.+)$/m.exec(f.text)?.[1]?.trim();
      if (name) libraryNames.push(name);
      continue;
    }
    const m = /^reports\/[^/]+\/(\d{4})\.mdx?$/.exec(f.path);
    if (!m) continue;
    const year = Number(m[1]);
    const src = parseSource(f.text);
    const data = (src.data ?? {}) as { problems?: unknown; plans?: unknown; awards?: unknown };
    if (Array.isArray(data.problems)) problems.push(...data.problems.filter((p): p is string => typeof p === 'string'));
    if (Array.isArray(data.plans))
      plans.push(...data.plans.flatMap((p: { text?: unknown }) => (typeof p?.text === 'string' ? [p.text] : [])));
    if (Array.isArray(data.awards))
      awards.push(...data.awards.flatMap((a: { title?: unknown }) => (typeof a?.title === 'string' ? [a.title] : [])));
    for (const b of blocks(stripJsx(src.body))) {
      const h = HEADING.exec(b.text);
      if (h) {
        const t = (h[2] ?? '')
          .replace(/^(?:[（(][一二三四五六七八九十\d]+[)）]|[一二三四五六七八九十\d]+[、.．])\s*/, '')
          .replace(/[。]$/, '');
        if ((h[1]?.length ?? 0) >= 3 && t.length >= 6 && !t.includes('大事记')) headings.add(t);
        continue;
      }
      if (b.section.includes('大事记')) {
        const e = entryText(b.text, year);
        if (e) entries.push(e);
      } else if (b.text.replace(/\s/g, '').length >= 20) {
        paragraphs.push(b.text);
      }
    }
  }
  return { paragraphs, entries, headings: [...headings], problems, plans, awards, libraryNames };
}

/** Put `name` where the source text names one of the real libraries. */
export function renameLibrary(text: string, pools: TextPools, name: string): string {
  let out = text;
  for (const real of pools.libraryNames) out = out.split(real).join(name);
  return out;
}
