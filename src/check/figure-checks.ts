/**
 * Checks of each figure against the report's text, one function per rule, so a new rule (the scope or
 * wording of a figure, say) is one more entry of `FIGURE_CHECKS`. Today: the `quote` must be found, and
 * the number must be stated in the text unless a `note` says where it comes from. Pure.
 */
import type { Figure } from '../lib/model/normalised-figure.ts';
import { text, type Finding } from '../lib/model/messages.ts';
import type { Sentence } from '../lib/model/sentences.ts';
import { editDistance } from '../lib/suggest.ts';

/** What a figure check sees. */
export interface FigureCheckInput {
  readonly figure: Figure;
  /** The sentence stating the figure (`findSentence`), undefined when none was found. */
  readonly sentence: Sentence | undefined;
  /** The report's sentences (for a nearby number the author may have meant). */
  readonly sentences: readonly Sentence[];
  /** The file line of the body's first line, for line numbers written inside messages. */
  readonly firstLine: number;
}

/** What a figure check found. */
export interface FigureFinding extends Finding {
  /** The key under the figure the finding is about (`quote`), or none for the figure itself. */
  readonly at?: string | undefined;
}

export type FigureCheck = (input: FigureCheckInput) => FigureFinding[];

const toAscii = (s: string): string => s.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));

/** Numbers of the text that differ from `digits` by a slip of the pen: two digits swapped, one or two mistyped. */
export function nearNumbers(sentences: readonly Sentence[], digits: string): { number: string; line: number }[] {
  if (digits.length < 3) return [];
  const sorted = [...digits].sort().join('');
  const out = new Map<string, number>();
  for (const s of sentences)
    for (const m of toAscii(s.compact).matchAll(/\d+(?:\.\d+)?/g)) {
      const n = m[0];
      if (n === digits || n.length !== digits.length || out.has(n)) continue;
      if ([...n].sort().join('') === sorted || editDistance(n, digits) <= 1) out.set(n, s.line);
    }
  return [...out].slice(0, 3).map(([number, line]) => ({ number, line }));
}

const quoteFound: FigureCheck = ({ figure, sentence }) =>
  figure.quote && !sentence
    ? [
        {
          severity: 'error',
          code: 'figure/quote-not-found',
          at: 'quote',
          message: text(
            `quote “${figure.quote}” 在正文中找不到同时含有 ${figure.written} 的句子`,
            `quote "${figure.quote}" matches no sentence of the text that also contains ${figure.written}`,
          ),
          hint: text(
            'quote 要从正文原样复制一小段（含该数字的那句话）',
            'Copy quote verbatim from the sentence stating the figure',
          ),
        },
      ]
    : [];

const statedInText: FigureCheck = ({ figure, sentence, sentences, firstLine }) => {
  if (sentence || figure.quote || figure.note) return [];
  const digits = toAscii(/[\d０-９][\d０-９.]*/.exec(figure.written)?.[0] ?? '');
  const near = nearNumbers(sentences, digits);
  const value = /^\d+$/.test(figure.written) ? figure.written : `"${figure.written}"`;
  const dym = near.map((n) => `${n.number}（第 ${n.line + firstLine - 1} 行）`).join('、');
  return [
    {
      severity: 'error',
      code: 'figure/not-in-text',
      message: text(
        `正文中找不到 “${figure.written}”${dym ? `；正文中有 ${dym}，是不是抄错了？` : '，无法链接到原句'}`,
        `"${figure.written}" does not occur in the text${near.length ? `; the text has ${near.map((n) => n.number).join(', ')}: a slip?` : ', so it cannot be linked to its sentence'}`,
      ),
      hint: text(
        `照正文的写法填写数字（如正文写 126.38万，就不要写 1263800）；数字确实不在正文里（例如来自附表或图片）时，在 note 里写明出处，如 { value: ${value}, note: "见原文附表2" }`,
        `Write the figure as the text does (126.38万, not 1263800); if it really is not in the text (a table or image of the source), say where it comes from in note, e.g. { value: ${value}, note: "table 2 of the source" }`,
      ),
    },
  ];
};

/** The checks every figure goes through, in order. */
export const FIGURE_CHECKS: readonly FigureCheck[] = [quoteFound, statedInText];

/** Run every check on one figure. */
export function checkFigure(input: FigureCheckInput): FigureFinding[] {
  return FIGURE_CHECKS.flatMap((c) => c(input));
}
