/**
 * What a library's profile page shows, in either language. Pure: the library's reports, figure rows,
 * events and palette in; every list, figure and flag the page lays out, out. The page body
 * (`src/components/pages/LibraryProfile.astro`) only lays this out with the strings of its language.
 */
import { METRICS } from '../model/catalog.ts';
import type { FigureRow } from '../model/figure-rows.ts';
import type { Indicator } from '../model/indicators.ts';
import type { Lang } from '../model/messages.ts';
import type { PlanReport } from '../model/plan-outcomes.ts';
import { FALLBACK_COLOR, type Swatch } from '../charts/palette.ts';
import type { ChartSpec } from '../charts/specs.ts';
import { profileSpecs } from './profile-charts.ts';
import { planOutcomes, type PlanBlockView } from './profile-plans.ts';
import { itemParts, type ItemParts } from './report-items.ts';
import { PARTS, headlines, yearIndicators, type Headline } from './profile.ts';

/** The sections of a profile, in page order. */
export const PROFILE_SECTIONS = [
  'headline',
  'perCapita',
  'indicators',
  'monthly',
  'years',
  'parts',
  'awards',
  'plans',
  'problems',
  'figures',
  'reports',
] as const;
export type ProfileSection = (typeof PROFILE_SECTIONS)[number];

/**
 * Sections the English profile leaves to the Chinese one (it links there): the derived indicators'
 * labels, formulas and reasons are written in Chinese by `src/lib/model/indicators.ts`, and the monthly
 * chart's titles and table by the timeline's components. Each can join the English page once those
 * speak English; everything else on the profile already does.
 */
export const CHINESE_ONLY_SECTIONS: readonly ProfileSection[] = ['indicators', 'monthly'];

/** What the profile needs of one report. */
export interface ProfileReport {
  readonly year: number;
  readonly title: string;
  /** How many figures the report gives. */
  readonly figureCount: number;
  readonly problems: readonly string[];
  readonly plans: PlanReport['plans'];
  readonly planReview: PlanReport['planReview'];
}

/** Everything the profile is computed from. */
export interface ProfileInput {
  readonly library: string;
  /** The library's reports, oldest first. */
  readonly reports: readonly ProfileReport[];
  /** Figure rows of all its reports. */
  readonly rows: readonly FigureRow[];
  /** Its dated events. */
  readonly events: readonly {
    readonly id: string;
    readonly start: string;
    readonly text: string;
    readonly precision: string;
  }[];
  readonly awardCount: number;
  /** Every library's colour (the profile's charts use its own). */
  readonly colors: ReadonlyMap<string, Swatch>;
}

/** One bar of a parts list: the figure and its length relative to the list's largest figure (0–1). */
export interface Bar {
  readonly row: FigureRow;
  readonly share: number;
}

/** A parts-of-a-whole list of the latest report (events by type, staff by title or by education). */
export interface PartList {
  readonly key: keyof typeof PARTS;
  readonly bars: readonly Bar[];
}

/** The problems one report names, each as its heading and text (every report alike, whether it gives headings or not). */
export interface ReportProblems {
  readonly year: number;
  readonly items: readonly ItemParts[];
}

/** What the profile page shows. */
export interface ProfileView {
  /** Which sections the page has, in `PROFILE_SECTIONS` order. */
  readonly sections: ReadonlySet<ProfileSection>;
  /** Sections this library has that the page leaves to the Chinese page (English only). */
  readonly leftOut: readonly ProfileSection[];
  /** The year of the latest report (0 when there is none). */
  readonly year: number;
  /** Report years, oldest first. */
  readonly years: readonly number[];
  readonly headlines: readonly Headline[];
  readonly indicators: { readonly present: readonly Indicator[]; readonly missing: readonly Indicator[] };
  /** One small multiple per metric given in two or more years, in catalog order. */
  readonly multiples: readonly ChartSpec[];
  /** The library's colour. */
  readonly color: string;
  readonly parts: readonly PartList[];
  /** Whether any parts list has a figure. */
  readonly hasParts: boolean;
  /** Each report's plan with its outcome, newest plan first. */
  readonly plans: readonly PlanBlockView[];
  /** Reports that name problems, newest first. */
  readonly problems: readonly ReportProblems[];
  /** Every figure of every report, newest report first (catalog order within a report). */
  readonly allRows: readonly FigureRow[];
  /** The reports, newest first. */
  readonly reports: readonly Pick<ProfileReport, 'year' | 'title' | 'figureCount'>[];
}

/** The bars of one parts list: the metrics the rows give, in `metrics` order, scaled to the largest. */
export function partBars(metrics: readonly string[], rows: readonly FigureRow[]): Bar[] {
  const found = metrics.flatMap((id) => rows.find((r) => r.metric === id) ?? []);
  const max = Math.max(1, ...found.map((r) => r.value));
  return found.map((row) => ({ row, share: row.value / max }));
}

/** Everything a library's profile shows in `lang`. */
export function profileView(input: ProfileInput, lang: Lang): ProfileView {
  const { library, reports, rows } = input;
  const year = reports.at(-1)?.year ?? 0;
  const hasReport = reports.length > 0;
  const latestRows = rows.filter((r) => r.year === year);
  const indicators = yearIndicators(rows, year);
  const parts = (Object.keys(PARTS) as (keyof typeof PARTS)[]).map((key) => ({
    key,
    bars: partBars(PARTS[key], latestRows),
  }));
  const plans = planOutcomes(
    library,
    reports.map((r) => ({ library, year: r.year, plans: r.plans, planReview: r.planReview })),
    input.events,
  );
  const newestFirst = [...reports].reverse();
  const problems = newestFirst
    .filter((r) => r.problems.length > 0)
    .map((r) => ({ year: r.year, items: r.problems.map(itemParts) }));
  // Stable sort: catalog order within a report stays.
  const allRows = [...rows].sort((a, b) => b.year - a.year);
  const shown: Record<ProfileSection, boolean> = {
    headline: hasReport,
    perCapita: hasReport,
    indicators: hasReport,
    monthly: input.events.some((e) => e.precision !== 'year'),
    years: true,
    parts: hasReport,
    awards: input.awardCount > 0,
    plans: plans.length > 0,
    problems: problems.length > 0,
    figures: allRows.length > 0,
    reports: true,
  };
  const has = PROFILE_SECTIONS.filter((s) => shown[s]);
  const leftOut = lang === 'en' ? has.filter((s) => CHINESE_ONLY_SECTIONS.includes(s)) : [];
  return {
    sections: new Set(has.filter((s) => !leftOut.includes(s))),
    leftOut,
    year,
    years: reports.map((r) => r.year),
    headlines: headlines(rows, year),
    indicators: { present: indicators.filter((i) => i.present), missing: indicators.filter((i) => !i.present) },
    multiples: profileSpecs(
      rows,
      library,
      METRICS.map((m) => m.id),
      input.colors,
    ),
    color: input.colors.get(library)?.color ?? FALLBACK_COLOR,
    parts,
    hasParts: parts.some((p) => p.bars.length > 0),
    plans,
    problems,
    allRows,
    reports: newestFirst.map(({ year, title, figureCount }) => ({ year, title, figureCount })),
  };
}
