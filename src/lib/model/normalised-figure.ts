/**
 * A figure as code receives it once its report is validated (src/schemas/figure.ts normalises every form an
 * author may write to this shape), and the parsers of its part-year period and stated change. Pure.
 */
import type { ParsedFigure } from './parse-figure.ts';
import { isRealDate } from '../calendar.ts';
import type { Scope } from './scope.ts';

/** A part-year period: `2021-01/2021-06` or `2021-01-01/2021-06-30`. */
export interface Period {
  readonly from: string;
  readonly to: string;
  readonly written: string;
}

/** A year-over-year change the report states, e.g. `+10.66%`. */
export interface Change {
  /** Percentage points, e.g. 10.66 for `+10.66%`. */
  readonly percent: number;
  readonly written: string;
}

/** What code receives for every figure. */
export interface Figure extends ParsedFigure {
  readonly metric: string;
  readonly unit: string;
  readonly note?: string | undefined;
  readonly period?: Period | undefined;
  readonly change?: Change | undefined;
  readonly discrepancy?: string | undefined;
  /** A phrase of the report that states this figure, when the written form alone is ambiguous. */
  readonly quote?: string | undefined;
  /** Who the figure counts (src/lib/model/scope.ts); `library` unless the author wrote another. */
  readonly scope: Scope;
  /** True when the author wrote `scope` (the content check asks for it where the sentence suggests a wider one). */
  readonly scopeWritten: boolean;
  /** Definition label ids the author wrote (src/lib/model/definition-labels.ts); derived ones are added in rows. */
  readonly labels: readonly string[];
  /** The wording as the author wrote it, when the one cut from the sentence would be wrong; checked against it. */
  readonly wording?: string | undefined;
}

const PERIOD = /^(\d{4})-(\d{2})(?:-(\d{2}))?\/(\d{4})-(\d{2})(?:-(\d{2}))?$/;

/** Parse `2021-01/2021-06`; undefined when malformed. */
export function parsePeriod(written: string): Period | undefined {
  const m = PERIOD.exec(written.trim());
  if (!m) return undefined;
  const [, y1, m1, d1, y2, m2, d2] = m;
  const valid = (y: string, mo: string, d?: string): boolean =>
    isRealDate(Number(y), Number(mo), d === undefined ? undefined : Number(d));
  if (!valid(y1 ?? '', m1 ?? '', d1) || !valid(y2 ?? '', m2 ?? '', d2)) return undefined;
  const from = `${y1}-${m1}${d1 ? `-${d1}` : ''}`;
  const to = `${y2}-${m2}${d2 ? `-${d2}` : ''}`;
  if (from > to) return undefined;
  return { from, to, written: written.trim() };
}

/** Parse `+10.66%` / `-3.2%`; undefined when malformed or unsigned. */
export function parseChange(written: string): Change | undefined {
  const m = /^([+\-−])\s*(\d+(?:\.\d+)?)\s*[%％]$/.exec(written.trim());
  if (!m) return undefined;
  const n = Number(m[2]);
  return { percent: m[1] === '+' ? n : -n, written: written.trim() };
}
