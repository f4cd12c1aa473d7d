/**
 * The `figures` block of a report: grouped YAML (`collection: { total: 364565 }`), normalised to a flat
 * map keyed by the dotted metric id (`collection.total`). Unknown groups and keys fail with a suggestion.
 */
import { z } from 'astro/zod';
import { GROUPS, METRICS, getMetric, groupKeys, isGroupId } from '../lib/model/catalog.ts';
import { text } from '../lib/model/messages.ts';
import { suggest } from '../lib/suggest.ts';
import type { Figure } from '../lib/model/normalised-figure.ts';
import { figureObjectInput, figureSchema } from './figure.ts';
import { addIssue } from './issue.ts';

/** Flat map of a report's figures, keyed by dotted metric id, in catalog order. */
export type Figures = Readonly<Record<string, Figure>>;

const groupIds = GROUPS.map((g) => g.id as string);
const metricIds = METRICS.map((m) => m.id);

/** Suggest by id, and also by Chinese label (an author may write `馆藏总量` as a key). */
function didYouMean(written: string, candidates: readonly string[]): { zh: string; en: string } {
  const byLabel = METRICS.filter((m) => m.label === written || m.label.startsWith(written)).map((m) => m.id);
  const found = [...new Set([...byLabel, ...suggest(written, candidates)])];
  return found.length
    ? { zh: `是不是想写 ${found.join(' 或 ')}？`, en: `Did you mean ${found.join(' or ')}?` }
    : { zh: '', en: '' };
}

/** JSON Schema of one figure's accepted forms, for editor hover and completion (Astro's generated schema). */
const FIGURE_FORMS_JSON = [
  { type: 'number', minimum: 0 },
  { type: 'string', examples: ['126.38万', '42万多', '约20万', '1000余', '近1.5万'] },
  {
    type: 'object',
    required: ['value'],
    properties: Object.fromEntries(
      Object.entries(figureObjectInput.shape).map(([k, v]) => [k, { description: v.description ?? k }]),
    ),
  },
];

/**
 * The input shape spells out every group and metric with its meaning, so editors offer completion and
 * hover text; values stay `unknown` here and are checked in the transform below, which gives authors
 * messages with suggestions instead of zod's generic ones.
 */
const figuresInput = z.looseObject(
  Object.fromEntries(
    GROUPS.map((g) => [
      g.id,
      z
        .looseObject(
          Object.fromEntries(
            METRICS.filter((m) => m.group === g.id).map((m) => [
              m.key,
              z
                .unknown()
                .optional()
                .meta({ description: `${m.label}（${m.unit}）：${m.definition}`, anyOf: FIGURE_FORMS_JSON }),
            ]),
          ),
        )
        .nullable()
        .optional()
        .describe(`${g.label}（${g.labelEn}）`),
    ]),
  ),
);

export const figuresSchema = figuresInput
  .nullable()
  .default({})
  .transform((groups, ctx): Figures => {
    const out: Record<string, Figure> = {};
    for (const [group, entries] of Object.entries(groups ?? {})) {
      if (!isGroupId(group)) {
        const dym = didYouMean(group, groupIds);
        addIssue(
          ctx,
          group,
          {
            code: 'figure/unknown-group',
            message: text(
              `figures 下没有“${group}”这一组。${dym.zh}`,
              `There is no figure group "${group}". ${dym.en}`,
            ),
            hint: text(
              `可用的组：${groupIds.join('、')}（指标见 /metrics/ 页面）`,
              `Groups: ${groupIds.join(', ')} (metrics listed at /metrics/)`,
            ),
          },
          [group],
        );
        continue;
      }
      for (const [key, value] of Object.entries((entries ?? {}) as Record<string, unknown>)) {
        const id = `${group}.${key}`;
        const metric = getMetric(id);
        if (!metric) {
          const inGroup = suggest(key, groupKeys(group)).map((k) => `${group}.${k}`);
          const elsewhere = METRICS.filter((m) => m.key === key || suggest(key, [m.key]).length > 0).map((m) => m.id);
          const found = [...new Set([...inGroup, ...(inGroup.length ? [] : elsewhere)])];
          const dym = found.length
            ? { zh: `是不是想写 ${found.join(' 或 ')}？`, en: `Did you mean ${found.join(' or ')}?` }
            : didYouMean(key, []);
          addIssue(
            ctx,
            key,
            {
              code: 'figure/unknown-metric',
              message: text(`没有指标 ${id}。${dym.zh}`, `Unknown metric ${id}. ${dym.en}`),
              hint: text(
                `“${group}”组的指标：${groupKeys(group)
                  .map((k) => `${k}（${getMetric(`${group}.${k}`)?.label ?? ''}）`)
                  .join('、')}`,
                `Metrics of "${group}": ${groupKeys(group).join(', ')}`,
              ),
            },
            [group, key],
          );
          continue;
        }
        const result = figureSchema(metric).safeParse(value);
        if (result.success) out[id] = result.data;
        else
          for (const issue of result.error.issues)
            ctx.issues.push({ ...issue, input: value, path: [group, key, ...issue.path] } as z.core.$ZodRawIssue);
      }
    }
    return Object.fromEntries(metricIds.filter((id) => id in out).map((id) => [id, out[id] as Figure]));
  });
