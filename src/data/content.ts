/**
 * The only module that calls `getCollection`: it hands pages ready-made, sorted, typed lists.
 * Everything computed across reports is computed here once and memoised, not per page.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { collectAwards, type AwardRow } from '../lib/awards.ts';
import { extractEvents, sortEvents, type ChronicleEvent } from '../lib/chronicle.ts';
import { figureRows, type FigureRow } from '../lib/figure-rows.ts';
import { joinBase } from '../lib/url.ts';

export type LibraryEntry = CollectionEntry<'libraries'>;
export type ReportEntry = CollectionEntry<'reports'>;

/** A site path with the deployment base. */
export const href = (path: string): string => joinBase(import.meta.env.BASE_URL, path);

export const reportPath = (r: { library: string; year: number }): string => `/reports/${r.library}/${r.year}/`;
export const libraryPath = (id: string): string => `/libraries/${id}/`;
/** The timeline of one library, or of all libraries. */
export const timelinePath = (library?: string): string => (library ? `/timeline/${library}/` : '/timeline/');
/** An event's place in its report's text. */
export const eventPath = (e: { library: string; year: number; id: string }): string => `${reportPath(e)}#${e.id}`;

const LEVEL_ORDER = { city: 0, district: 1, county: 2 } as const;

let librariesMemo: Promise<LibraryEntry[]> | undefined;
let reportsMemo: Promise<ReportEntry[]> | undefined;
let rowsMemo: Promise<FigureRow[]> | undefined;
let eventsMemo: Promise<ChronicleEvent[]> | undefined;
let awardsMemo: Promise<AwardRow[]> | undefined;

/** All libraries: city, then district, then county level; by id within a level. */
export function getLibraries(): Promise<LibraryEntry[]> {
  librariesMemo ??= getCollection('libraries').then((all) =>
    all.sort((a, b) => LEVEL_ORDER[a.data.level] - LEVEL_ORDER[b.data.level] || a.id.localeCompare(b.id)),
  );
  return librariesMemo;
}

/** All reports, by library then year. */
export function getReports(): Promise<ReportEntry[]> {
  reportsMemo ??= getCollection('reports').then((all) =>
    all.sort((a, b) => a.data.library.id.localeCompare(b.data.library.id) || a.data.year - b.data.year),
  );
  return reportsMemo;
}

/** The library with this id; throws (failing the build) when there is none. */
export async function getLibrary(id: string): Promise<LibraryEntry> {
  const lib = (await getLibraries()).find((l) => l.id === id);
  if (!lib) throw new Error(`No library "${id}"`);
  return lib;
}

/** Reports of one library, oldest first. */
export async function getLibraryReports(id: string): Promise<ReportEntry[]> {
  return (await getReports()).filter((r) => r.data.library.id === id);
}

/** Every figure of every report, with its sentence: the open-data table. */
export function getFigureRows(): Promise<FigureRow[]> {
  rowsMemo ??= (async () => {
    const names = new Map((await getLibraries()).map((l) => [l.id, l.data.name]));
    return (await getReports()).flatMap((r) =>
      figureRows({
        library: r.data.library.id,
        libraryName: names.get(r.data.library.id) ?? r.data.library.id,
        year: r.data.year,
        figures: r.data.figures,
        body: r.body ?? '',
      }),
    );
  })();
  return rowsMemo;
}

/**
 * Every dated event of every report (大事记 entries and `<Event>` sentences), in timeline order.
 * The ids equal the anchors remark-chronicle puts on the report pages (same extractor, same text).
 */
export function getEvents(): Promise<ChronicleEvent[]> {
  eventsMemo ??= (async () =>
    sortEvents(
      (await getReports()).flatMap(
        (r) => extractEvents(r.body ?? '', { library: r.data.library.id, year: r.data.year }).events,
      ),
    ))();
  return eventsMemo;
}

/** Every award and honour of every report, newest first (see `collectAwards`). */
export function getAwards(): Promise<AwardRow[]> {
  awardsMemo ??= (async () => {
    const names = new Map((await getLibraries()).map((l) => [l.id, l.data.name]));
    return collectAwards(
      (await getReports()).map((r) => ({
        library: r.data.library.id,
        libraryName: names.get(r.data.library.id) ?? r.data.library.id,
        year: r.data.year,
        awards: r.data.awards,
      })),
    );
  })();
  return awardsMemo;
}
