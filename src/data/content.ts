/**
 * The only module that calls `getCollection`: it hands pages ready-made, sorted, typed lists.
 * Everything computed across reports is computed here once and memoised, not per page.
 */
import { resolve } from 'node:path';
import { getCollection, type CollectionEntry } from 'astro:content';
import { collectAwards, type AwardRow } from '../lib/model/awards.ts';
import { sharedReport } from '../check/shared-results.ts';
import { extractEvents, sortEvents } from '../lib/chronicle/events.ts';
import { figureRows, type FigureRow } from '../lib/model/figure-rows.ts';
import { LIBRARY_LEVEL_IDS } from '../lib/model/library-levels.ts';
import { groupBy } from '../lib/group-by.ts';
import { indicatorRows, type IndicatorRow } from '../lib/open-data/indicator-rows.ts';
import { joinBase } from '../lib/site/base-path.ts';
import type { ReportHead } from '../lib/model/report-head.ts';
import type { Locale } from '../i18n/locales.ts';
import { readReportBody } from '../loaders/reports.ts';
import type { ChronicleEvent } from '../lib/chronicle/event-schema.ts';

export type LibraryEntry = CollectionEntry<'libraries'>;
export type ReportEntry = CollectionEntry<'reports'>;

/** A site path with the deployment base. */
export const href = (path: string): string => joinBase(import.meta.env.BASE_URL, path);

/** A site path as an absolute URL, with the deployment's origin and base: the `url` column of the downloads. */
export const absoluteUrl = (path: string): string => new URL(href(path), import.meta.env.SITE).href;

let librariesMemo: Promise<LibraryEntry[]> | undefined;
const namesMemo = new Map<Locale, Promise<ReadonlyMap<string, string>>>();
let reportsMemo: Promise<ReportEntry[]> | undefined;
let rowsMemo: Promise<FigureRow[]> | undefined;
let eventsMemo: Promise<ChronicleEvent[]> | undefined;
let awardsMemo: Promise<AwardRow[]> | undefined;
let indicatorsMemo: Promise<IndicatorRow[]> | undefined;

/** All libraries: city, then district, then county level; by id within a level. */
export function getLibraries(): Promise<LibraryEntry[]> {
  librariesMemo ??= getCollection('libraries').then((all) =>
    all.sort(
      (a, b) =>
        LIBRARY_LEVEL_IDS.indexOf(a.data.level) - LIBRARY_LEVEL_IDS.indexOf(b.data.level) || a.id.localeCompare(b.id),
    ),
  );
  return librariesMemo;
}

/** Each library's name by id, in Chinese (`name`) or English (`nameEn`): built once per build. */
export function getLibraryNames(locale: Locale = 'zh'): Promise<ReadonlyMap<string, string>> {
  const memo =
    namesMemo.get(locale) ??
    getLibraries().then((all) => new Map(all.map((l) => [l.id, locale === 'en' ? l.data.nameEn : l.data.name])));
  namesMemo.set(locale, memo);
  return memo;
}

/** All reports, by library then year. */
export function getReports(): Promise<ReportEntry[]> {
  reportsMemo ??= getCollection('reports').then((all) =>
    all.sort((a, b) => a.data.library.id.localeCompare(b.data.library.id) || a.data.year - b.data.year),
  );
  return reportsMemo;
}

let headsMemo: Promise<{ head: ReportHead; report: ReportEntry }[]> | undefined;

/**
 * Every report with what lists of reports name it by (library id and name, year, title), by library then
 * year. Built once: the feed, the changelog and the awards all read it.
 */
export function getReportHeads(): Promise<{ head: ReportHead; report: ReportEntry }[]> {
  headsMemo ??= (async () => {
    const names = await getLibraryNames();
    return (await getReports()).map((report) => {
      const { library, year, title } = report.data;
      return { head: { library: library.id, libraryName: names.get(library.id) ?? library.id, year, title }, report };
    });
  })();
  return headsMemo;
}

let libraryIndexMemo: Promise<Map<string, { entry: LibraryEntry; position: number }>> | undefined;

/** Each library by id, with its position in `getLibraries` order: built once, looked up per page. */
function libraryIndex(): Promise<Map<string, { entry: LibraryEntry; position: number }>> {
  libraryIndexMemo ??= getLibraries().then(
    (all) => new Map(all.map((entry, position) => [entry.id, { entry, position }])),
  );
  return libraryIndexMemo;
}

/** The library with this id; throws (failing the build) when there is none. */
export async function getLibrary(id: string): Promise<LibraryEntry> {
  const lib = (await libraryIndex()).get(id)?.entry;
  if (!lib) throw new Error(`No library "${id}"`);
  return lib;
}

/**
 * The libraries with these ids, in `getLibraries` order (unknown ids skipped): for pages that show a
 * few libraries of a large corpus, without walking every library.
 */
export async function getLibrariesAmong(ids: Iterable<string>): Promise<LibraryEntry[]> {
  const index = await libraryIndex();
  return [...new Set(ids)]
    .flatMap((id) => index.get(id) ?? [])
    .sort((a, b) => a.position - b.position)
    .map((l) => l.entry);
}

/** The routes of the library profiles (Chinese and English): one per library, the library as its prop. */
export async function libraryPaths(): Promise<{ params: { id: string }; props: { lib: LibraryEntry } }[]> {
  return (await getLibraries()).map((lib) => ({ params: { id: lib.id }, props: { lib } }));
}

/** The routes of the report pages (Chinese and English): one per report, the report as its prop. */
export async function reportPaths(): Promise<{ params: { id: string }; props: { report: ReportEntry } }[]> {
  return (await getReports()).map((report) => ({ params: { id: report.id }, props: { report } }));
}

let reportsByLibraryMemo: Promise<Map<string, ReportEntry[]>> | undefined;

/** Reports of one library, oldest first. */
export async function getLibraryReports(id: string): Promise<ReportEntry[]> {
  reportsByLibraryMemo ??= getReports().then((all) => groupBy(all, (r) => r.data.library.id));
  return (await reportsByLibraryMemo).get(id) ?? [];
}

// Per-library and per-report views, grouped once (pages used to filter the whole corpus per page, which
// grows with the square of the corpus).
let rowsByLibraryMemo: Promise<Map<string, FigureRow[]>> | undefined;
let rowsByReportMemo: Promise<Map<string, FigureRow[]>> | undefined;
let rowsByMetricMemo: Promise<Map<string, FigureRow[]>> | undefined;
let indicatorsByLibraryMemo: Promise<Map<string, IndicatorRow[]>> | undefined;
let awardsByLibraryMemo: Promise<Map<string, AwardRow[]>> | undefined;
let awardsByReportMemo: Promise<Map<string, AwardRow[]>> | undefined;
let eventsByLibraryMemo: Promise<Map<string, ChronicleEvent[]>> | undefined;
let eventsByReportMemo: Promise<Map<string, ChronicleEvent[]>> | undefined;
let eventsByYearMemo: Promise<Map<number, ChronicleEvent[]>> | undefined;

/** The figure rows of one library (all its reports), in `getFigureRows` order. */
export async function getLibraryFigureRows(library: string): Promise<FigureRow[]> {
  rowsByLibraryMemo ??= getFigureRows().then((rows) => groupBy(rows, (r) => r.library));
  return (await rowsByLibraryMemo).get(library) ?? [];
}

/** The figure rows of one report, in catalog order. */
export async function getReportFigureRows(library: string, year: number): Promise<FigureRow[]> {
  rowsByReportMemo ??= getFigureRows().then((rows) => groupBy(rows, (r) => `${r.library}/${r.year}`));
  return (await rowsByReportMemo).get(`${library}/${year}`) ?? [];
}

/** The figure rows of one metric (all libraries and years), in `getFigureRows` order. */
export async function getMetricFigureRows(metric: string): Promise<FigureRow[]> {
  rowsByMetricMemo ??= getFigureRows().then((rows) => groupBy(rows, (r) => r.metric));
  return (await rowsByMetricMemo).get(metric) ?? [];
}

/** The per-capita indicator rows of one library (all its reports), in `getIndicatorRows` order. */
export async function getLibraryIndicatorRows(library: string): Promise<IndicatorRow[]> {
  indicatorsByLibraryMemo ??= getIndicatorRows().then((rows) => groupBy(rows, (r) => r.library));
  return (await indicatorsByLibraryMemo).get(library) ?? [];
}

/** The awards of one library, in `getAwards` order (newest first). */
export async function getLibraryAwards(library: string): Promise<AwardRow[]> {
  awardsByLibraryMemo ??= getAwards().then((awards) => groupBy(awards, (a) => a.library));
  return (await awardsByLibraryMemo).get(library) ?? [];
}

/** The awards of one report, in `getAwards` order (newest first). */
export async function getReportAwards(library: string, year: number): Promise<AwardRow[]> {
  awardsByReportMemo ??= getAwards().then((awards) => groupBy(awards, (a) => `${a.library}/${a.year}`));
  return (await awardsByReportMemo).get(`${library}/${year}`) ?? [];
}

/** The events of one library, in timeline order. */
export async function getLibraryEvents(library: string): Promise<ChronicleEvent[]> {
  eventsByLibraryMemo ??= getEvents().then((events) => groupBy(events, (e) => e.library));
  return (await eventsByLibraryMemo).get(library) ?? [];
}

/** The events of one report, in timeline order. */
export async function getReportEvents(library: string, year: number): Promise<ChronicleEvent[]> {
  eventsByReportMemo ??= getEvents().then((events) => groupBy(events, (e) => `${e.library}/${e.year}`));
  return (await eventsByReportMemo).get(`${library}/${year}`) ?? [];
}

/** Events by the year they start (all libraries), years ascending, each in timeline order. */
export function getEventsByYear(): Promise<ReadonlyMap<number, ChronicleEvent[]>> {
  eventsByYearMemo ??= getEvents().then(
    (events) => new Map([...groupBy(events, (e) => Number(e.start.slice(0, 4)))].sort(([a], [b]) => a - b)),
  );
  return eventsByYearMemo;
}

/** Every figure of every report, with its sentence: the open-data table. */
export function getFigureRows(): Promise<FigureRow[]> {
  rowsMemo ??= (async () => {
    const names = await getLibraryNames();
    return (await getReports()).flatMap((r) => {
      const body = reportBody(r);
      return figureRows(
        {
          library: r.data.library.id,
          libraryName: names.get(r.data.library.id) ?? r.data.library.id,
          year: r.data.year,
          figures: r.data.figures,
          body,
        },
        // The content check already matched these sentences in this very body (same code).
        sharedReport(r.data.library.id, r.data.year, body)?.found,
      );
    });
  })();
  return rowsMemo;
}

/**
 * Every per-capita indicator of every report whose library has a population with a source, in
 * `getFigureRows` order (library, year, then indicator order).
 */
export function getIndicatorRows(): Promise<IndicatorRow[]> {
  indicatorsMemo ??= (async () => {
    const populations = new Map((await getLibraries()).map((l) => [l.id, l.data.population]));
    const byReport = groupBy(await getFigureRows(), (r) => `${r.library}/${r.year}`);
    return [...byReport.values()].flatMap((rows) => indicatorRows(rows, populations.get(rows[0]?.library ?? '')));
  })();
  return indicatorsMemo;
}

/**
 * The dated events of one report in the order its text gives them (the order remark-chronicle pairs
 * `<Event>`s in); `body` when the caller has already read the report's text.
 */
export function textOrderEvents(r: ReportEntry, body: string = reportBody(r)): readonly ChronicleEvent[] {
  return (
    sharedReport(r.data.library.id, r.data.year, body)?.events ??
    extractEvents(body, { library: r.data.library.id, year: r.data.year }).events
  );
}

/**
 * A report's text, read from its file: the collection keeps only the frontmatter (src/loaders/reports.ts).
 * Read when needed and not held, so the build never keeps the whole corpus's text in memory.
 */
export function reportBody(r: ReportEntry): string {
  if (r.body !== undefined) return r.body;
  if (!r.filePath) throw new Error(`Report ${r.id} has no file path`);
  return readReportBody(resolve(r.filePath));
}

/**
 * Every dated event of every report (大事记 entries and `<Event>` sentences), in timeline order.
 * The ids equal the anchors remark-chronicle puts on the report pages (same extractor, same text).
 */
export function getEvents(): Promise<ChronicleEvent[]> {
  eventsMemo ??= (async () => sortEvents((await getReports()).flatMap((r) => textOrderEvents(r))))();
  return eventsMemo;
}

/** Every award and honour of every report, newest first (see `collectAwards`). */
export function getAwards(): Promise<AwardRow[]> {
  awardsMemo ??= (async () => {
    const heads = await getReportHeads();
    return collectAwards(heads.map(({ head, report }) => ({ ...head, awards: report.data.awards })));
  })();
  return awardsMemo;
}
