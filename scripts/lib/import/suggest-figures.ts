/**
 * Suggest figures an importer recognises in report text ("馆藏总量共364565册" → collection.total), each
 * with the sentence it came from, for a person to confirm. Suggestions are never written as live
 * frontmatter: the draft lists them as commented-out lines (draft.ts). Pure.
 *
 * The phrases are in figure-patterns.ts. Besides the sentences of the text, each row of a table is read
 * as a sentence (`到馆读者 | 人次 | 112700` → `到馆读者112700人次`, the column of the report's year). Parts
 * of the text that state other periods or single events are skipped: the next year's plan (a section
 * titled 计划/思路/打算 …) and the 大事记.
 */
import { metric } from '../../../src/lib/model/catalog.ts';
import { parseFigure } from '../../../src/lib/model/parse-figure.ts';
import { splitSentences, type Sentence } from '../../../src/lib/model/sentences.ts';
import { PATTERNS, PERSON, type FigurePattern } from './figure-patterns.ts';

const DIGIT = '[\\d０-９]';
/** A number as reports write it, qualifier included (`约20万`, `42万多`, `3.5万余`, `126.38 万`, `七千多`, `5,860`). */
const NUM = String.raw`(?:约|近|将近|超过|逾|不少于|不低于)?\s*(?:${DIGIT}{1,3}(?:,${DIGIT}{3})+|${DIGIT}+(?:[.．]${DIGIT}+)?|[一二两三四五六七八九十百千]+)\s*(?:多|余)?\s*(?:万|千)?(?:${DIGIT}+千)?\s*(?:多|余|左右|以上)?`;
/** A short gap between a keyword and its number: a few characters without punctuation or digits, or one parenthesis. */
const GAP = String.raw`(?:（[^）]{0,30}）|\([^)]{0,30}\)|[^。；;，,、：:\d０-９（）()]){0,8}?`;

/** One suggested figure. */
export interface FigureSuggestion {
  readonly metric: string;
  /** As the report writes it, whitespace removed, digits ASCII (`126.38万`). */
  readonly written: string;
  /** `+10.66%` when the same clause states a year-over-year change. */
  readonly change?: string;
  readonly sentence: string;
  /** 1-based line in the body. */
  readonly line: number;
}

const compiled = Object.entries(PATTERNS).map(([id, list]) => ({
  id,
  res: list.map((p: string | FigurePattern) => {
    const { re, needs, not, recent } = typeof p === 'string' ? { re: p } : p;
    const source = re.replaceAll('PERSON', PERSON).replaceAll('G', GAP).replaceAll('N', `(${NUM})`);
    return { re: new RegExp(source, 'g'), needs, not, recent };
  }),
}));

/** A year-over-year change right after the figure: 同比增长, 比2021年增长, 较上年下降 … */
const CHANGE =
  /^[^。；]{0,12}?(?:同比|比(?:上年末?|去年|\d{4}年)|较(?:上年末?|去年|\d{4}年))(增长|增加|提高|下降|减少)\s*([\d.]+)\s*%/;
/** Sections that state next year's targets, not this year's figures (`五、2023年工作打算`). */
const PLAN = /计划|思路|打算|设想|展望|工作要点|目标/;
const DONE = /完成|落实|执行|情况|回顾/;
/**
 * Words between a keyword and its number that make it another figure: a threshold (`首次突破80万`), a peak
 * (`单月最高`), an average or a per-unit count (`平均每场`).
 */
const PARTIAL = /突破|首次|最高|最多|单月|单日|单场|日均|月均|平均|每[场天次日月年人家个期]/;

const toAscii = (s: string): string =>
  s.replace(/[０-９．]/g, (c) => (c === '．' ? '.' : String.fromCharCode(c.charCodeAt(0) - 0xfee0)));

/** Where the last match of `re` in `text` starts, or -1. */
function lastAt(text: string, re: RegExp): number {
  let at = -1;
  for (const m of text.matchAll(new RegExp(re.source, 'g'))) at = m.index ?? at;
  return at;
}

/** Lines (1-based) of the body in a plan section or the 大事记, where annual figures are not stated. */
function skippedLines(lines: readonly string[]): Set<number> {
  const out = new Set<number>();
  let depth = 0;
  lines.forEach((l, i) => {
    const h = /^(#{1,6})\s+(.*)$/.exec(l);
    if (h) {
      const level = h[1]?.length ?? 2;
      const title = h[2] ?? '';
      if (depth && level <= depth) depth = 0;
      if (!depth && ((PLAN.test(title) && !DONE.test(title)) || title.includes('大事记'))) depth = level;
    }
    if (depth) out.add(i + 1);
  });
  return out;
}

/** Each table row as a sentence: label, the value in the report year's column (or the first year column), unit. */
function tableSentences(lines: readonly string[], year: number | undefined): Sentence[] {
  const out: Sentence[] = [];
  let header: string[] | undefined;
  lines.forEach((l, i) => {
    if (!/^\s*\|/.test(l)) {
      header = undefined;
      return;
    }
    const cells = l
      .trim()
      .replace(/^\||\|$/g, '')
      .split('|')
      .map((c) => c.trim().replace(/\\(.)/g, '$1'));
    if (!header) {
      header = cells;
      return;
    }
    if (cells.every((c) => /^:?-+:?$/.test(c))) return;
    const col = header.findIndex((h) => (year ? h.includes(String(year)) : /\d{4}/.test(h)));
    const unitCol = header.findIndex((h) => h.includes('单位'));
    const value = cells[col];
    if (col <= 0 || !value || !/^[\d０-９,.]+$/.test(value)) return;
    const text = `${cells[0] ?? ''}${value}${unitCol > 0 ? (cells[unitCol] ?? '') : ''}`;
    out.push({ index: -1, line: i + 1, text, compact: text });
  });
  return out;
}

/**
 * Every catalog figure the patterns recognise in `body`, first occurrence per metric, in catalog order.
 * `year` (the report's) picks a table's column.
 */
export function suggestFigures(body: string, year?: number): FigureSuggestion[] {
  const lines = body.split('\n');
  const skipped = skippedLines(lines);
  const sentences = [...splitSentences(body), ...tableSentences(lines, year)]
    .filter((s) => !skipped.has(s.line))
    .sort((a, b) => a.line - b.line);
  const out: FigureSuggestion[] = [];
  for (const { id, res } of compiled) {
    const unit = metric(id).unit;
    search: for (const s of sentences) {
      for (const { re, needs, not, recent } of res) {
        for (const m of s.text.matchAll(re)) {
          const upTo = s.text.slice(0, (m.index ?? 0) + m[0].length);
          if ((needs && !needs.test(upTo)) || not?.test(upTo) || PARTIAL.test(m[0])) continue;
          if (recent && lastAt(upTo, recent[1]) > lastAt(upTo, recent[0])) continue;
          let written = toAscii(m[m.length - 1] ?? '').replace(/\s+/g, '');
          const after = s.text.slice((m.index ?? 0) + m[0].length);
          // `150名左右`, `200册以上`: the qualifier after the unit belongs to the number.
          const q = /^(左右|以上)/.exec(after)?.[1];
          if (q && !/(?:多|余|左右|以上)$|^(?:约|近|将近|超过|逾|不少于|不低于)/.test(written)) written += q;
          try {
            parseFigure(written, { unit });
          } catch {
            continue;
          }
          const change = CHANGE.exec(after);
          const sign = change && /增长|增加|提高/.test(change[1] ?? '') ? '+' : '-';
          out.push({
            metric: id,
            written,
            sentence: s.text,
            line: s.line,
            ...(change ? { change: `${sign}${change[2] ?? ''}%` } : {}),
          });
          break search;
        }
      }
    }
  }
  return out;
}
