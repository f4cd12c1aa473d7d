/**
 * When the data was last updated: the date of the newest commit that touched the content folder, or,
 * where there is no git history (a tarball, a content folder outside the repository), the newest
 * modification time of a content file. Both are fixed for a given checkout, so two builds of it agree.
 * Pure: the inputs are gathered by src/data/site.ts.
 */

/** What the build found out about the content folder. */
export interface ContentDates {
  /** `git log -1 --format=%cI -- <content dir>`: ISO 8601 with the committer's offset, or empty. */
  readonly gitDate?: string | undefined;
  /** Modification times (ms since the epoch) of the content files, when there is no git date. */
  readonly mtimes?: readonly number[] | undefined;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})T/;

/**
 * The date of the last update as `YYYY-MM-DD`. A commit date keeps the committer's own calendar day
 * (its offset is part of the string); a file time is read in UTC, so the machine's zone cannot change it.
 * Undefined when neither is known.
 */
export function lastUpdated({ gitDate, mtimes = [] }: ContentDates): string | undefined {
  const m = ISO_DATE.exec(gitDate?.trim() ?? '');
  if (m) return `${m[1]}-${m[2]}-${m[3]}`;
  const newest = mtimes.reduce((a, b) => Math.max(a, b), -Infinity);
  return Number.isFinite(newest) ? new Date(newest).toISOString().slice(0, 10) : undefined;
}

/** English month names; made once (`toLocaleString` would make a formatter on every page). */
const MONTH_EN = new Intl.DateTimeFormat('en-GB', { month: 'long', timeZone: 'UTC' });

/** The date in the page's language: `2026-11-29` → 2026年11月29日 / 29 November 2026. */
export function formatUpdated(iso: string, locale: 'zh' | 'en'): string {
  const [y, m, d] = iso.split('-').map(Number);
  if (locale === 'zh') return `${y}年${m}月${d}日`;
  const month = MONTH_EN.format(new Date(Date.UTC(2000, (m ?? 1) - 1, 1)));
  return `${d} ${month} ${y}`;
}
