/**
 * The data changelog: every report's `changelog:` entries (src/schemas/changelog.ts) as the rows of
 * `/data/changelog.*` and the `/data/` page, newest first, and the date of the newest one. Pure.
 */
import type { ChangeKind } from '../model/change-kinds.ts';
import { reportPath } from '../site/paths.ts';
import { CHANGELOG_COLUMNS, publish, type PublishedRow } from './columns.ts';
import type { ReportHead } from '../model/report-head.ts';

/** What the changelog needs of a report. */
export interface ChangelogReport extends ReportHead {
  readonly changelog: readonly {
    readonly date: string;
    readonly kind: ChangeKind;
    readonly note?: string | undefined;
  }[];
}

/** One change, as the page shows it and the files publish it. */
export interface ChangeEntry {
  /** `<library>-<year>-<n>`, n counting the report's entries from 1: stable while staff append entries. */
  readonly id: string;
  readonly date: string;
  readonly kind: ChangeKind;
  readonly library: string;
  readonly libraryName: string;
  readonly year: number;
  readonly report: string;
  readonly note: string | undefined;
  /** Site path of the report's page (without the base). */
  readonly path: string;
}

/** Every change of every report: newest first, then by library, year and entry. */
export function changelogEntries(reports: readonly ChangelogReport[]): ChangeEntry[] {
  const entries = reports.flatMap((r) =>
    r.changelog.map((c, i) => ({
      entry: {
        id: `${r.library}-${r.year}-${i + 1}`,
        date: c.date,
        kind: c.kind,
        library: r.library,
        libraryName: r.libraryName,
        year: r.year,
        report: r.title,
        note: c.note,
        path: reportPath({ library: r.library, year: r.year }),
      },
      n: i,
    })),
  );
  const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
  return entries
    .sort(
      (a, b) =>
        cmp(b.entry.date, a.entry.date) ||
        cmp(a.entry.library, b.entry.library) ||
        a.entry.year - b.entry.year ||
        a.n - b.n,
    )
    .map((e) => e.entry);
}

/** One entry of `/data/changelog.json`. */
export type ChangelogRecord = PublishedRow<typeof CHANGELOG_COLUMNS>;

/** The entries as published rows, `url` the absolute address of the report's page. */
export function changelogRecords(entries: readonly ChangeEntry[], url: (path: string) => string): ChangelogRecord[] {
  return entries.map((e) => publish(CHANGELOG_COLUMNS, { ...e, url: url(e.path) }));
}

/** The date of the newest change (`YYYY-MM-DD`), undefined when no report has a changelog. */
export const latestChange = (entries: readonly ChangeEntry[]): string | undefined => entries[0]?.date;
