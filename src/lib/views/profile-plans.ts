/**
 * The profile's “plans and outcomes”: each report's plan for the next year and, where the next year's
 * report exists, the status an editor recorded from it with its evidence. Pure; the statuses come from
 * the reports' `planReview` (src/lib/model/plan-outcomes.ts), nothing here guesses one.
 */
import { PLAN_STATUS_IDS, planBlocks, statusCounts, type PlanReport, type PlanStatus } from '../model/plan-outcomes.ts';
import { evidencePath, reportPath } from '../site/paths.ts';

/** A piece of evidence as shown: a dated event (its date and opening words) or a quoted sentence. */
export type EvidenceView =
  | {
      readonly kind: 'event';
      readonly id: string;
      readonly start?: string | undefined;
      readonly words: string;
      readonly path: string;
    }
  | { readonly kind: 'quote'; readonly words: string; readonly path: string };

/** One plan item: its first line, and what the next report says of it (no status: not checked yet). */
export interface PlanItemView {
  readonly id: string;
  readonly text: string;
  readonly status?: PlanStatus | undefined;
  readonly note?: string | undefined;
  readonly evidence: readonly EvidenceView[];
}

/** One report's plan. */
export interface PlanBlockView {
  readonly planYear: number;
  readonly forYear: number;
  /** The report that reviews the plan; absent while there is none. */
  readonly reviewedIn?: number | undefined;
  /** Site path of the report that states the plan. */
  readonly planPath: string;
  readonly items: readonly PlanItemView[];
  /** How many items have each status, in the order shown, statuses with none left out. */
  readonly counts: readonly { readonly status: PlanStatus; readonly count: number }[];
  /** Items of a reviewed plan not checked yet. */
  readonly pending: number;
}

/** The first line of a text as the report writes it (a problem or plan item may go on to explain itself). */
export const firstLine = (text: string): string => text.split('\n')[0] ?? text;

/** The first `n` characters of a text, with an ellipsis when cut. */
export function snippet(text: string, n = 28): string {
  const chars = [...text];
  return chars.length > n ? `${chars.slice(0, n).join('')}……` : text;
}

/** A chronicle entry's words after its date (`3月5日，举办……` → `举办……`). */
const afterDate = (text: string): string => text.replace(/^[^，,]*[，,]/, '');

/** Every report's plan with its outcome, newest plan first. */
export function planOutcomes(
  library: string,
  reports: readonly PlanReport[],
  events: readonly { readonly id: string; readonly start: string; readonly text: string }[],
): PlanBlockView[] {
  const eventById = new Map(events.map((e) => [e.id, e]));
  return planBlocks(reports).map((b) => {
    const counts = statusCounts(b);
    // Only a reviewed plan has evidence, and it lies in the reviewing report.
    const review = reportPath({ library, year: b.reviewedIn ?? b.forYear });
    return {
      planYear: b.planYear,
      forYear: b.forYear,
      reviewedIn: b.reviewedIn,
      planPath: reportPath({ library, year: b.planYear }),
      counts: PLAN_STATUS_IDS.filter((s) => counts[s] > 0).map((status) => ({ status, count: counts[status] })),
      pending: counts.pending,
      items: b.items.map((i) => ({
        id: i.id,
        text: firstLine(i.text),
        status: i.review?.status,
        note: i.review?.note,
        evidence: (i.review?.evidence ?? []).map((e): EvidenceView => {
          const path = evidencePath(review, e);
          if (!('event' in e)) return { kind: 'quote', words: snippet(e.quote, 40), path };
          const ev = eventById.get(e.event);
          return { kind: 'event', id: e.event, start: ev?.start, words: ev ? snippet(afterDate(ev.text)) : '', path };
        }),
      })),
    };
  });
}
