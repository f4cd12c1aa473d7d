/**
 * The sitemap's `lastmod` of each page that has one in the content: a report page the date of its newest
 * changelog entry (added or corrected), a library profile the newest of its reports'. From content only, so
 * two builds of one checkout write the same sitemap. Pages are keyed by their site path without base or
 * language prefix (both languages share the date). Pure.
 */
import { libraryPath, reportPath } from './paths.ts';

/** What the dates need of a report. */
export interface DatedReport {
  readonly library: string;
  readonly year: number;
  readonly changelog: readonly { readonly date: string }[];
}

const newest = (a: string | undefined, b: string): string => (a === undefined || b > a ? b : a);

/** Site path → `YYYY-MM-DD` of the last change, for every report with a changelog and its library. */
export function pageLastmods(reports: readonly DatedReport[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const r of reports) {
    const last = r.changelog.reduce<string | undefined>((d, c) => newest(d, c.date), undefined);
    if (last === undefined) continue;
    out.set(reportPath(r), last);
    out.set(libraryPath(r.library), newest(out.get(libraryPath(r.library)), last));
  }
  return out;
}
