/**
 * Awards and honours across reports. Pure: report awards in, sorted rows out; the award levels' table.
 */

/** Awarding level, with the labels a reader sees: ONE table, read by the report schema, the pages and i18n. */
export const AWARD_LEVELS = {
  national: { zh: '国家级', en: 'national' },
  provincial: { zh: '省级', en: 'provincial' },
  city: { zh: '市级', en: 'city' },
  county: { zh: '县（区）级', en: 'county/district' },
} as const;
export type AwardLevel = keyof typeof AWARD_LEVELS;

/** The level ids in table order (highest first). */
export const AWARD_LEVEL_IDS = Object.keys(AWARD_LEVELS) as [AwardLevel, ...AwardLevel[]];

/** An award as a report's frontmatter states it. */
export interface AwardInput {
  readonly title: string;
  readonly date?: string | undefined;
  readonly body?: string | undefined;
  readonly level?: AwardLevel | undefined;
  readonly quote?: string | undefined;
}

/** An award with the report it comes from. */
export interface AwardRow extends AwardInput {
  readonly library: string;
  readonly libraryName: string;
  /** The year of the report that lists it. */
  readonly year: number;
}

/** All awards of the given reports, newest first: by date (or report year), then level, library, title. */
export function collectAwards(
  reports: readonly { library: string; libraryName: string; year: number; awards: readonly AwardInput[] }[],
): AwardRow[] {
  const rank = (l?: AwardLevel): number => (l ? AWARD_LEVEL_IDS.indexOf(l) : AWARD_LEVEL_IDS.length);
  return reports
    .flatMap((r) => r.awards.map((a) => ({ ...a, library: r.library, libraryName: r.libraryName, year: r.year })))
    .sort(
      (a, b) =>
        (b.date ?? String(b.year)).localeCompare(a.date ?? String(a.year)) ||
        rank(a.level) - rank(b.level) ||
        a.library.localeCompare(b.library) ||
        a.title.localeCompare(b.title, 'zh-CN'),
    );
}

/** How many awards of each level (and without a level), in level order; zero counts left out. */
export function levelCounts(rows: readonly AwardRow[]): { level: AwardLevel | 'unknown'; count: number }[] {
  return [...AWARD_LEVEL_IDS, 'unknown' as const]
    .map((level) => ({ level, count: rows.filter((r) => (r.level ?? 'unknown') === level).length }))
    .filter((c) => c.count > 0);
}
