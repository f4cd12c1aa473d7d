/**
 * Zod issues that speak to authors: a Chinese message with its fix (what Astro prints on a failed build),
 * and the English text in `params` for `npm run check -- --lang en`; and the words that list an enum's
 * choices, from the model's label table of that enum.
 */
import type { z } from 'astro/zod';
import type { Lang } from '../lib/model/messages.ts';

/** The parameters every author-facing issue carries. */
export interface IssueParams {
  readonly code: string;
  readonly message: Record<Lang, string>;
  readonly hint?: Record<Lang, string> | undefined;
}

type Ctx = { issues: z.core.$ZodRawIssue[] };

/** An enum's label table: each id with its Chinese label. */
type Labels = Readonly<Record<string, { readonly zh: string }>>;

/** An enum's choices for an error message: `a（甲）、b（乙）或 c（丙）`. */
export function choicesMessage(labels: Labels): string {
  const each = Object.entries(labels).map(([id, l]) => `${id}（${l.zh}）`);
  return each.length > 1 ? `${each.slice(0, -1).join('、')}或 ${each.at(-1) ?? ''}` : (each[0] ?? '');
}

/** An enum's choices for a field description (editor hints): `a 甲 / b 乙 / c 丙`. */
export const choicesDescription = (labels: Labels): string =>
  Object.entries(labels)
    .map(([id, l]) => `${id} ${l.zh}`)
    .join(' / ');

/** Push one author-facing issue onto a zod refinement/transform context. */
export function addIssue(ctx: Ctx, input: unknown, params: IssueParams, path: (string | number)[] = []): void {
  const hint = params.hint ? `\n改法：${params.hint.zh}` : '';
  ctx.issues.push({
    code: 'custom',
    input,
    path,
    message: `${params.message.zh}${hint}`,
    params: { ...params },
  });
}
