/**
 * What a report's page shows, in either language. Pure. The report's text is Chinese: the Chinese page
 * shows it (with its table of contents and figure marks) and one figures table under it; the English page
 * summarises it instead, links to it, and sorts the figures by catalog group so a reader who cannot
 * skim the text finds them. Everything else — timeline, leadership, awards, problems, plans — both show,
 * the reports' own words staying Chinese.
 */
import type { Category } from '../chronicle/categories.ts';
import { GROUPS, metric, type GroupId } from '../model/catalog.ts';
import type { FigureRow } from '../model/figure-rows.ts';
import type { Lang } from '../model/messages.ts';
import { categoryCounts, monthlySeries, type Monthly } from './timeline.ts';
import type { ChronicleEvent } from '../chronicle/event-schema.ts';

/** The sections of a report page, in page order. */
export const REPORT_SECTIONS = [
  'notes',
  'text',
  'timeline',
  'figures',
  'leadership',
  'awards',
  'problems',
  'plans',
] as const;
export type ReportSection = (typeof REPORT_SECTIONS)[number];

/** A report's own timeline lists its events in full up to this many; longer ones link to the library's timeline. */
export const SHORT_TIMELINE = 15;

/** A heading of the report's text. */
export interface TextHeading {
  readonly depth: number;
  readonly slug: string;
  readonly text: string;
}

/** Everything the report page is computed from. */
export interface ReportInput {
  readonly library: { readonly id: string; readonly name: string };
  readonly year: number;
  readonly title: string;
  readonly published?: string | undefined;
  readonly dataAsOf?: string | undefined;
  readonly rows: readonly FigureRow[];
  readonly events: readonly ChronicleEvent[];
  /** Headings of the rendered text (Chinese page only). */
  readonly headings: readonly TextHeading[];
  /** How many conversion notes and editor's notes the report has. */
  readonly noteCount: number;
  readonly leaders: number;
  readonly awards: number;
  readonly problems: number;
  readonly plans: number;
}

/** The report's events as its timeline section summarises them. */
export interface ReportTimelineView {
  readonly total: number;
  /** Events from the 大事记 chronicle (the rest are dated sentences of the text). */
  readonly chronicle: number;
  readonly categories: readonly { readonly id: Category; readonly count: number }[];
  /** Few enough to list in full on the page. */
  readonly short: boolean;
  /** Month by month, for a long timeline's table. */
  readonly monthly: Monthly;
}

/** A group of the report's figures. */
export interface FigureGroup {
  readonly id: GroupId;
  readonly label: string;
  readonly labelEn: string;
  readonly rows: readonly FigureRow[];
}

/**
 * An item of the line under the page's heading: the title (where the heading is not) and dates. The
 * source file's name is an internal name (000_….txt): it stays in the frontmatter, not on the page.
 */
export type MetaItem =
  | { readonly kind: 'title'; readonly text: string }
  | { readonly kind: 'published' | 'dataAsOf'; readonly date: string };

/** What the report page shows. */
export interface ReportView {
  readonly sections: ReadonlySet<ReportSection>;
  /** The text is on this page (Chinese); else the page summarises it and links to it. */
  readonly textOnPage: boolean;
  /** The line under the heading. */
  readonly meta: readonly MetaItem[];
  /** Table of contents: the text's headings of depth 2 and 3. */
  readonly toc: readonly TextHeading[];
  /** Some figure's sentence was found, so its number is marked in the text. */
  readonly markedFigures: boolean;
  /** The figures by catalog group (groups without figures left out). */
  readonly groups: readonly FigureGroup[];
  /** Show a table per group (English); else one table of every figure, in catalog order. */
  readonly grouped: boolean;
  /** Figures the report words as approximate or as a bound. */
  readonly inexact: number;
  readonly timeline: ReportTimelineView;
}

/** The timeline section's summary of a report's events. */
export function reportTimeline(
  events: readonly ChronicleEvent[],
  library: { readonly id: string; readonly name: string },
): ReportTimelineView {
  return {
    total: events.length,
    chronicle: events.filter((e) => e.source === 'chronicle').length,
    categories: categoryCounts(events).map(({ id, count }) => ({ id, count })),
    short: events.length <= SHORT_TIMELINE,
    monthly: monthlySeries(events, [library]),
  };
}

/** The report's figures by catalog group, in catalog order. */
export function figureGroups(rows: readonly FigureRow[]): FigureGroup[] {
  return GROUPS.map((g) => ({ ...g, rows: rows.filter((r) => metric(r.metric).group === g.id) })).filter(
    (g) => g.rows.length > 0,
  );
}

/** Everything a report's page shows in `lang`. */
export function reportView(input: ReportInput, lang: Lang): ReportView {
  const textOnPage = lang === 'zh';
  const shown: Record<ReportSection, boolean> = {
    // Conversion and editor's notes are about the Chinese text; they go with it.
    notes: textOnPage && input.noteCount > 0,
    text: true,
    timeline: input.events.length > 0,
    figures: true,
    leadership: input.leaders > 0,
    awards: input.awards > 0,
    problems: input.problems > 0,
    plans: input.plans > 0,
  };
  return {
    sections: new Set(REPORT_SECTIONS.filter((s) => shown[s])),
    textOnPage,
    // The Chinese page's heading is the report's title; the English one names library and year instead.
    meta: [
      ...(textOnPage ? [] : [{ kind: 'title' as const, text: input.title }]),
      ...(input.published ? [{ kind: 'published' as const, date: input.published }] : []),
      ...(input.dataAsOf ? [{ kind: 'dataAsOf' as const, date: input.dataAsOf }] : []),
    ],
    toc: textOnPage ? input.headings.filter((h) => h.depth <= 3) : [],
    markedFigures: input.rows.some((r) => r.quote),
    groups: figureGroups(input.rows),
    grouped: !textOnPage,
    inexact: input.rows.filter((r) => r.qualifier !== 'exact').length,
    timeline: reportTimeline(input.events, input.library),
  };
}
