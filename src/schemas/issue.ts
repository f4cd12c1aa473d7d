/**
 * Zod issues that speak to authors: a Chinese message with its fix (what Astro prints on a failed build),
 * and the English text in `params` for `npm run check -- --lang en`.
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
