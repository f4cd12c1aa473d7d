/**
 * Rules that hold a figure to the sentence stating it (src/check/check-content.ts runs them once the
 * sentence is found): a `wording` must be cut from that sentence, letter for letter; and a sentence that
 * speaks of 全区 / 总分馆 / 全市 / 体系 / 全旗 / 全县 needs the figure's scope decided and written down.
 * Pure: figure and sentence in, problems (without file and line) out.
 */
import { metric } from '../lib/model/catalog.ts';
import { text, type Lang } from '../lib/model/messages.ts';
import type { Figure } from '../lib/model/normalised-figure.ts';
import { SCOPES, widerScopeWords } from '../lib/model/scope.ts';
import { compact, indexOfCompact } from '../lib/model/sentences.ts';
import { deriveWording } from '../lib/model/wording.ts';

/** A problem with one figure: its code, the key below the figure it concerns, what is wrong and the fix. */
export interface FigureTextProblem {
  readonly code: string;
  /** `wording` or `scope` when the author wrote that key, else undefined (the problem is on the figure). */
  readonly key?: 'wording' | 'scope' | undefined;
  readonly message: Record<Lang, string>;
  readonly hint: Record<Lang, string>;
}

/**
 * An author's `wording` must occur in the figure's sentence exactly as written (spaces included) and
 * contain the figure itself; without a sentence it cannot be proved at all.
 */
export function wordingProblem(fig: Figure, sentence: string | undefined): FigureTextProblem | undefined {
  if (fig.wording === undefined) return undefined;
  const inSentence = sentence !== undefined && sentence.includes(fig.wording);
  const hasFigure = indexOfCompact(compact(fig.wording), compact(fig.written)) >= 0;
  if (inSentence && hasFigure) return undefined;
  const cut = sentence === undefined ? undefined : deriveWording(sentence, fig.written, fig.quote);
  const where = sentence === undefined ? '' : `：“${sentence}”`;
  return {
    code: 'figure/wording-not-in-sentence',
    key: 'wording',
    message: !inSentence
      ? text(
          `${fig.metric} 的 wording “${fig.wording}” 不在陈述该数字的原句中${sentence === undefined ? '（原句没有找到）' : where}`,
          `${fig.metric}: wording "${fig.wording}" is not in the sentence stating the figure${sentence === undefined ? ' (no sentence was found)' : `: "${sentence}"`}`,
        )
      : text(
          `${fig.metric} 的 wording “${fig.wording}” 不含这个数字 ${fig.written}`,
          `${fig.metric}: wording "${fig.wording}" does not contain the figure ${fig.written}`,
        ),
    hint: text(
      `wording 要从原句一字不差地复制数字、限定词和单位（空格也照抄）${cut ? `，如 wording: "${cut}"；这也正是不写 wording 时网站自动截取的，可以直接删掉 wording` : ''}`,
      `Copy number, qualifier and unit from the sentence letter for letter (spaces too)${cut ? `, e.g. wording: "${cut}" — which is what the site cuts by itself when wording is left out` : ''}`,
    ),
  };
}

/**
 * A figure whose whole sentence names a wider scope (全区总分馆…, 总分馆体系…) but whose scope is the
 * unwritten default: the author must decide. Not a guess either way: 全区十佳图书馆 means the autonomous
 * region, so writing `scope: library` is as good an answer as `scope: network`.
 */
export function scopeProblem(fig: Figure, sentence: string | undefined): FigureTextProblem | undefined {
  if (sentence === undefined || fig.scopeWritten) return undefined;
  const words = widerScopeWords(sentence);
  if (words.length === 0) return undefined;
  const m = metric(fig.metric);
  const choices = (['library', 'network', 'area'] as const).map((s) => `scope: ${s}（${SCOPES[s].hint}）`);
  return {
    code: 'figure/scope-unstated',
    message: text(
      `${fig.metric}（${m.label}）的原句说到“${words.join('”“')}”，但没有写统计范围 scope：是只计本馆，还是总分馆体系或全地区合计？原句：“${sentence}”`,
      `${fig.metric} (${m.labelEn}): its sentence says "${words.join('", "')}", but the figure has no scope: the library alone, its branch network, or the whole area? Sentence: "${sentence}"`,
    ),
    hint: text(
      `读原句判断后在这个数字上写明其中一种：${choices.join('；')}。例如 { value: ${JSON.stringify(fig.written)}, scope: network }`,
      `Read the sentence and write one of: scope: library (the library alone), scope: network (with its branches), scope: area (all public libraries of the area), e.g. { value: ${JSON.stringify(fig.written)}, scope: network }`,
    ),
  };
}
