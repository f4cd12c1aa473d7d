/**
 * One figure of a report: written as the report writes it, normalised to a single shape.
 * Input forms: a number (`364565`), a string (`42万多`), or
 * `{ value, note?, period?, change?, discrepancy?, quote?, scope?, labels?, wording? }`.
 */
import { z } from 'astro/zod';
import { FigureFormatError, parseFigure, type ParsedFigure } from '../lib/model/parse-figure.ts';
import { parseChange, parsePeriod, type Change, type Figure, type Period } from '../lib/model/normalised-figure.ts';
import { figureErrorText, figureFormsHint, text } from '../lib/model/messages.ts';
import { asYamlValue, figureTypo, type FigureTypoCode } from '../lib/model/figure-typos.ts';
import { addIssue } from './issue.ts';
import type { Metric } from '../lib/model/catalog.ts';
import { checkLabels, checkScope } from './figure-definition.ts';

const valueInput = z.union([z.number(), z.string()]);

/** The object form's fields, each with its meaning for editor hints. */
export const figureObjectInput = z.strictObject({
  value: valueInput.describe('数字，照报告原文写，如 126.38万、42万多、约20万、364565'),
  note: z.string().min(1).optional().describe('说明：口径、范围等'),
  period: z.string().optional().describe('非全年数据的时段，如 2021-01/2021-06'),
  change: z.string().optional().describe('报告写明的同比变化，如 +10.66% 或 -3.2%'),
  discrepancy: z.string().min(1).optional().describe('原文自相矛盾或与其他数字不符时，写明原文怎么说'),
  quote: z.string().min(1).optional().describe('原文中陈述该数字的一段话（数字出现多次时用来定位）'),
  scope: z
    .string()
    .optional()
    .describe('统计范围：library 本馆（默认）/ network 总分馆体系 / area 全地区所有公共图书馆'),
  labels: z
    .union([z.array(z.string()), z.string()])
    .optional()
    .describe('口径标签，如 [includes-online] 或 [含线上]；可用的标签见 content/README.md'),
  wording: z
    .string()
    .min(1)
    .optional()
    .describe('原文写法（数字、限定词、单位），网站自动从原句截取；只有截取不对时才写，必须与原句一字不差'),
});

/** Anything an author may write for one figure. */
export const figureInput = z.union([valueInput, figureObjectInput]);
export type FigureInput = z.input<typeof figureInput>;

/** What each optional key of a figure object holds, for messages about it. */
const FIELD_MEANING: Readonly<Record<string, { zh: string; en: string }>> = {
  note: { zh: '口径、范围等说明', en: 'scope or definition notes' },
  period: { zh: '非全年数据的时段，如 2021-01/2021-06', en: 'the part of the year, e.g. 2021-01/2021-06' },
  change: { zh: '报告写明的同比变化，如 +10.66%', en: 'the change the report states, e.g. +10.66%' },
  discrepancy: { zh: '原文怎么自相矛盾', en: 'how the source contradicts itself' },
  quote: { zh: '原文中陈述该数字的一段话', en: 'the passage stating the figure' },
  wording: { zh: '原文写法，如 3.5万余人', en: 'the wording as the sentence writes it, e.g. 3.5万余人' },
};

/**
 * A figure object whose keys are all known and whose value is there, but one of the other keys is
 * wrong (`discrepancy: ""`): that key, so the message names it instead of the whole figure.
 */
function objectFieldIssue(raw: unknown): string | undefined {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw) || !('value' in raw)) return undefined;
  if (Object.keys(raw).some((k) => !(k in figureObjectInput.shape))) return undefined;
  const r = figureObjectInput.safeParse(raw);
  const issue = r.success ? undefined : r.error.issues.find((i) => i.path.length > 0 && i.path[0] !== 'value');
  return issue ? String(issue.path[0]) : undefined;
}

const TYPO_TEXT: Readonly<Record<FigureTypoCode, { zh: string; en: string }>> = {
  'curly-quotes': {
    zh: '用了中文引号（YAML 只认英文双引号 "）',
    en: 'is wrapped in curly quotes (YAML takes straight " only)',
  },
  'full-width': { zh: '用了全角数字或符号', en: 'uses full-width digits or punctuation' },
  'spaced-separator': { zh: '数字中间有空格', en: 'has a space inside the number' },
};

/** The zod schema for one figure of `metric`, normalising every input form to a `Figure`. */
export function figureSchema(metric: Metric) {
  const field = metric.id;
  return z.unknown().transform((raw, ctx): Figure => {
    const shape = figureInput.safeParse(raw);
    if (!shape.success) {
      const bad = objectFieldIssue(raw);
      if (bad) {
        const written = (raw as Record<string, unknown>)[bad];
        addIssue(
          ctx,
          written,
          {
            code: 'figure/field',
            message: text(
              `${field}.${bad}（${metric.label}）：${written === '' || written === null ? '不能为空' : `应写成一段文字，现在写的是 ${JSON.stringify(written)}`}`,
              `${field}.${bad} (${metric.labelEn}): ${written === '' || written === null ? 'must not be empty' : `expected text, got ${JSON.stringify(written)}`}`,
            ),
            hint: text(
              `${bad} 写一段文字（${FIELD_MEANING[bad]?.zh ?? ''}）；没有要写的就删掉 ${bad}`,
              `${bad} takes text (${FIELD_MEANING[bad]?.en ?? ''}); leave ${bad} out when there is nothing to say`,
            ),
          },
          [bad],
        );
        return z.NEVER;
      }
      const extra =
        raw && typeof raw === 'object' && !Array.isArray(raw)
          ? Object.keys(raw).filter((k) => !(k in figureObjectInput.shape))
          : [];
      addIssue(ctx, raw, {
        code: 'figure/shape',
        message: extra.length
          ? text(
              `${field}（${metric.label}）：不认识的键 ${extra.join('、')}`,
              `${field} (${metric.labelEn}): unknown key ${extra.join(', ')}`,
            )
          : text(
              `${field}（${metric.label}）：应写成数字、照原文的文字（如 "42万多"）或 { value: … } 对象，现在写的是 ${JSON.stringify(raw)}`,
              `${field} (${metric.labelEn}): expected a number, a string as written (e.g. "42万多") or a { value: … } object, got ${JSON.stringify(raw)}`,
            ),
        hint: extra.length
          ? text(
              `对象里只能用 ${Object.keys(figureObjectInput.shape).join('、')}，而且必须有 value`,
              `Allowed keys: ${Object.keys(figureObjectInput.shape).join(', ')}; value is required`,
            )
          : figureFormsHint(),
      });
      return z.NEVER;
    }
    const input = shape.data;
    const obj = typeof input === 'object' ? input : { value: input };
    const typo = typeof obj.value === 'string' ? figureTypo(obj.value) : undefined;
    if (typo) {
      const key = typeof input === 'object' ? 'value' : metric.key;
      const w = JSON.stringify(obj.value);
      addIssue(
        ctx,
        input,
        {
          code: 'figure/typo',
          message: text(
            `${field}（${metric.label}）：${w} ${typo.codes.map((c) => TYPO_TEXT[c].zh).join('，')}`,
            `${field} (${metric.labelEn}): ${w} ${typo.codes.map((c) => TYPO_TEXT[c].en).join(', ')}`,
          ),
          hint: text(
            `改成 ${key}: ${asYamlValue(typo.fixed)}（数字用半角，引号用英文双引号）`,
            `Write ${key}: ${asYamlValue(typo.fixed)} (ASCII digits, straight double quotes)`,
          ),
        },
        typeof input === 'object' ? ['value'] : [],
      );
      return z.NEVER;
    }
    let parsed: ParsedFigure;
    try {
      parsed = parseFigure(obj.value, { unit: metric.unit, wholeNumber: metric.unit !== '小时' });
    } catch (e) {
      if (!(e instanceof FigureFormatError)) throw e;
      addIssue(
        ctx,
        input,
        {
          code: `figure/${e.code}`,
          message: (() => {
            const t = figureErrorText(e.code, e.written, metric.unit);
            return text(`${field}（${metric.label}）：${t.zh}`, `${field} (${metric.labelEn}): ${t.en}`);
          })(),
          hint: figureFormsHint(),
        },
        typeof input === 'object' ? ['value'] : [],
      );
      return z.NEVER;
    }
    let period: Period | undefined;
    if (obj.period !== undefined) {
      period = parsePeriod(obj.period);
      if (!period) {
        addIssue(
          ctx,
          obj.period,
          {
            code: 'figure/period',
            message: text(
              `${field}：时段 ${JSON.stringify(obj.period)} 写法不对`,
              `${field}: period ${JSON.stringify(obj.period)} is malformed`,
            ),
            hint: text(
              '写成“起/止”，如 2021-01/2021-06 或 2021-01-01/2021-06-30，起不晚于止',
              'write "from/to", e.g. 2021-01/2021-06 or 2021-01-01/2021-06-30, from not after to',
            ),
          },
          ['period'],
        );
        return z.NEVER;
      }
    }
    let change: Change | undefined;
    if (obj.change !== undefined) {
      change = parseChange(obj.change);
      if (!change) {
        addIssue(
          ctx,
          obj.change,
          {
            code: 'figure/change',
            message: text(
              `${field}：同比变化 ${JSON.stringify(obj.change)} 写法不对`,
              `${field}: change ${JSON.stringify(obj.change)} is malformed`,
            ),
            hint: text(
              '写成带正负号的百分数：同比增长 10.66% 写 "+10.66%"，下降 3.2% 写 "-3.2%"',
              'a signed percentage: "+10.66%" for an increase, "-3.2%" for a decrease',
            ),
          },
          ['change'],
        );
        return z.NEVER;
      }
    }
    const scope = obj.scope === undefined ? 'library' : checkScope(field, obj.scope);
    const labels = obj.labels === undefined ? [] : checkLabels(field, obj.labels);
    const issues = [...(typeof scope === 'string' ? [] : [scope]), ...labels.filter((l) => typeof l !== 'string')];
    for (const i of issues) addIssue(ctx, i.input, i.params, i.path);
    if (issues.length || typeof scope !== 'string') return z.NEVER;
    return {
      ...parsed,
      metric: metric.id,
      unit: metric.unit,
      note: obj.note,
      period,
      change,
      discrepancy: obj.discrepancy,
      quote: obj.quote,
      scope,
      scopeWritten: obj.scope !== undefined,
      labels: labels.filter((l) => typeof l === 'string'),
      wording: obj.wording,
    };
  });
}
