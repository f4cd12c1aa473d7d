/** Items of the reports feed. Pure: report summaries in, feed items (newest first) out. */
import type { ReportHead } from '../model/report-head.ts';

/** What the feed needs of one report. */
export interface FeedReport extends ReportHead {
  /** The report's own date (YYYY-MM-DD), when it states one. */
  readonly published?: string | undefined;
  readonly dataAsOf?: string | undefined;
  readonly figures: number;
}

/** One feed item; `link` is added by the page (it knows the base path). */
export interface FeedItem {
  readonly library: string;
  readonly year: number;
  readonly title: string;
  readonly pubDate: Date;
  readonly description: string;
  readonly categories: string[];
}

/**
 * The date an item carries: the report's own date, else its data cut-off, else the last day of its year
 * (a report never appears before its year ends). UTC midnight, so the feed does not depend on TZ.
 */
export function feedDate(r: Pick<FeedReport, 'year' | 'published' | 'dataAsOf'>): Date {
  return new Date(`${r.published ?? r.dataAsOf ?? `${r.year}-12-31`}T00:00:00Z`);
}

/** The feed items, newest first (then by library id, for a stable order). */
export function feedItems(reports: readonly FeedReport[]): FeedItem[] {
  return reports
    .map((r) => ({
      library: r.library,
      year: r.year,
      title: r.title,
      pubDate: feedDate(r),
      description: `${r.libraryName}${r.year}年度工作总结全文，含 ${r.figures} 个统计数字，每个数字链接到原句。`,
      categories: [r.libraryName, `${r.year}年`],
    }))
    .sort((a, b) => b.pubDate.getTime() - a.pubDate.getTime() || a.library.localeCompare(b.library));
}
