/**
 * Awards and honours across reports. Pure: report awards in, sorted rows out; the tables of award levels and kinds.
 *
 * Each award has a kind, decided from the report's own words: a title the text calls 称号, a prize
 * (奖、优秀奖、优秀案例 awarded by a body), a selection or demonstration site (入选、命名为…基地/示范), a
 * case presented at a meeting (分享案例、交流), or something else the report lists among its successes
 * (a "first"). Only the first three are honours: the counts by level count honours only, so a case
 * shared at a national seminar does not raise the number of national honours.
 */
import type { ReportHead } from './report-head.ts';

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
/** What kind of recognition an award is, with the words a reader sees; `honour` marks the ones counted as honours. */
export const AWARD_KINDS = {
  title: { zh: '荣誉称号', en: 'honorary title', honour: true },
  prize: { zh: '奖项', en: 'prize', honour: true },
  selection: { zh: '入选/示范', en: 'selected / demonstration site', honour: true },
  case: { zh: '案例/交流', en: 'case presented', honour: false },
  other: { zh: '其他', en: 'other', honour: false },
} as const;
export type AwardKind = keyof typeof AWARD_KINDS;
/** The kinds in order, for the schema's enum. */
export const AWARD_KIND_IDS = Object.keys(AWARD_KINDS) as [AwardKind, ...AwardKind[]];

/** Whether an award of this kind counts as an honour (titles, prizes, selections). */
export const isHonour = (kind: AwardKind): boolean => AWARD_KINDS[kind].honour;

/** An award as a report's frontmatter states it. */
export interface AwardInput {
  readonly title: string;
  readonly kind: AwardKind;
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
  reports: readonly (Omit<ReportHead, 'title'> & { readonly awards: readonly AwardInput[] })[],
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

/**
 * How many honours of each level (and without a level), in level order; zero counts left out. Cases
 * presented and other entries are not honours and are not counted here (see `otherKindCounts`).
 */
export function levelCounts(rows: readonly AwardRow[]): { level: AwardLevel | 'unknown'; count: number }[] {
  const honours = rows.filter((r) => isHonour(r.kind));
  return [...AWARD_LEVEL_IDS, 'unknown' as const]
    .map((level) => ({ level, count: honours.filter((r) => (r.level ?? 'unknown') === level).length }))
    .filter((c) => c.count > 0);
}

/** How many entries of each kind that is not an honour (cases presented, other), in kind order; zeros left out. */
export function otherKindCounts(rows: readonly AwardRow[]): { kind: AwardKind; count: number }[] {
  return (Object.keys(AWARD_KINDS) as AwardKind[])
    .filter((kind) => !isHonour(kind))
    .map((kind) => ({ kind, count: rows.filter((r) => r.kind === kind).length }))
    .filter((c) => c.count > 0);
}
