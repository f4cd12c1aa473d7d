/**
 * A figure's `scope` and `labels` as authors write them, checked against the two catalogs
 * (src/lib/model/scope.ts, src/lib/model/definition-labels.ts) with messages that name the value seen,
 * the closest known one and the fix. Used by the figure schema (src/schemas/figure.ts).
 */
import { AUTHORED_LABELS, authoredLabelId, isDerivedLabel } from '../lib/model/definition-labels.ts';
import { text } from '../lib/model/messages.ts';
import { SCOPE_IDS, SCOPES, isScope, type Scope } from '../lib/model/scope.ts';
import { suggest } from '../lib/suggest.ts';
import type { IssueParams } from './issue.ts';

/** A problem with one field of a figure: its path below the figure and what to tell the author. */
export interface DefinitionIssue {
  readonly path: (string | number)[];
  readonly input: unknown;
  readonly params: IssueParams;
}

const SCOPE_LIST = SCOPE_IDS.map((s) => `${s}（${SCOPES[s].zh}：${SCOPES[s].hint}）`).join('、');
const SCOPE_LIST_EN = SCOPE_IDS.map((s) => `${s} (${SCOPES[s].meaningEn})`).join('; ');

/** The closest ids to `written`, matching ids and Chinese texts alike. */
function closest(written: string, entries: readonly { id: string; zh: string }[]): string[] {
  const byText = entries.filter((e) => e.zh === written || (written.length > 1 && e.zh.includes(written)));
  const byId = suggest(
    written,
    entries.map((e) => e.id),
  );
  const byTypo = suggest(
    written,
    entries.map((e) => e.zh),
  ).flatMap((t) => entries.filter((e) => e.zh === t));
  return [...new Set([...byText.map((e) => e.id), ...byTypo.map((e) => e.id), ...byId])].slice(0, 3);
}

const dym = (found: string[]): { zh: string; en: string } =>
  found.length
    ? { zh: `是不是想写 ${found.join(' 或 ')}？`, en: `Did you mean ${found.join(' or ')}?` }
    : { zh: '', en: '' };

/** Check a written scope: the scope, or an issue. */
export function checkScope(field: string, written: unknown): Scope | DefinitionIssue {
  if (isScope(written)) return written;
  const w = typeof written === 'string' ? written.trim() : JSON.stringify(written);
  const d = dym(
    closest(
      w,
      SCOPE_IDS.map((s) => ({ id: s, zh: SCOPES[s].zh })),
    ),
  );
  return {
    path: ['scope'],
    input: written,
    params: {
      code: 'figure/unknown-scope',
      message: text(
        `${field}.scope：不认识的统计范围 ${JSON.stringify(written)}。${d.zh}`,
        `${field}.scope: unknown scope ${JSON.stringify(written)}. ${d.en}`,
      ),
      hint: text(`scope 只能写 ${SCOPE_LIST}`, `scope is one of ${SCOPE_LIST_EN}`),
    },
  };
}

const LABEL_LIST = AUTHORED_LABELS.map((l) => `${l.id}（${l.zh}）`).join('、');

/** Check written labels: their ids (Chinese texts accepted and normalised to ids), or issues. */
export function checkLabels(field: string, written: unknown): string[] | DefinitionIssue[] {
  const list = Array.isArray(written) ? (written as unknown[]) : typeof written === 'string' ? [written] : [];
  const ids: string[] = [];
  const issues: DefinitionIssue[] = [];
  list.forEach((raw, i) => {
    const w = typeof raw === 'string' ? raw.trim() : JSON.stringify(raw);
    const id = typeof raw === 'string' ? authoredLabelId(w) : undefined;
    if (id) {
      if (!ids.includes(id)) ids.push(id);
      return;
    }
    const derived = isDerivedLabel(w);
    const d = dym(closest(w, AUTHORED_LABELS));
    issues.push({
      path: Array.isArray(written) ? ['labels', i] : ['labels'],
      input: raw,
      params: derived
        ? {
            code: 'figure/derived-label',
            message: text(
              `${field}.labels：“${w}”不用写，网站会自动加上`,
              `${field}.labels: "${w}" is added automatically; do not write it`,
            ),
            hint: text(
              '原文单位由原文写法（wording）得出，上半年等由 period 得出：删掉这一项',
              'The source unit follows from the wording and 上半年 etc. from period: remove this item',
            ),
          }
        : {
            code: 'figure/unknown-label',
            message: text(
              `${field}.labels：不认识的口径标签 ${JSON.stringify(raw)}。${d.zh}`,
              `${field}.labels: unknown definition label ${JSON.stringify(raw)}. ${d.en}`,
            ),
            hint: text(
              `可用的标签：${LABEL_LIST}。都不合适时不写标签，把口径写进 note`,
              `Known labels: ${AUTHORED_LABELS.map((l) => l.id).join(', ')}. If none fits, leave labels out and explain in note`,
            ),
          },
    });
  });
  return issues.length ? issues : ids;
}
