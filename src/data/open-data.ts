/**
 * The open-data files (`/data/…`): which exist (src/lib/open-data/download-files.ts) and their rows, grouped by report
 * year once. Endpoints stream them, so no file is built as one string.
 */
import { csvChunks } from '../lib/open-data/csv.ts';
import {
  downloadEntries,
  downloadType,
  jsonArrayChunks,
  streamedResponse,
  type DownloadEntry,
  type DownloadFile,
} from '../lib/open-data/download-files.ts';
import { EVENT_COLUMNS, eventRows, publishedEvents } from '../lib/open-data/event-rows.ts';
import { ROW_COLUMNS, type FigureRow } from '../lib/model/figure-rows.ts';
import { getEvents, getFigureRows, getLibraryNames, getReports } from './content.ts';
import type { ChronicleEvent } from '../lib/chronicle/event-schema.ts';

interface Sets {
  readonly entries: DownloadEntry[];
  readonly figures: ReadonlyMap<'all' | number, readonly FigureRow[]>;
  readonly events: ReadonlyMap<'all' | number, readonly ChronicleEvent[]>;
  readonly names: ReadonlyMap<string, string>;
}

let memo: Promise<Sets> | undefined;

function byYear<T extends { year: number }>(items: readonly T[]): Map<'all' | number, T[]> {
  const out = new Map<'all' | number, T[]>([['all', items as T[]]]);
  for (const item of items) {
    const list = out.get(item.year);
    if (list) list.push(item);
    else out.set(item.year, [item]);
  }
  return out;
}

const counts = (m: ReadonlyMap<'all' | number, readonly unknown[]>): Map<number, number> =>
  new Map([...m].flatMap(([k, v]) => (k === 'all' ? [] : [[k, v.length] as const])));

function getSets(): Promise<Sets> {
  memo ??= (async () => {
    const figures = byYear(await getFigureRows());
    const events = byYear(await getEvents());
    const names = await getLibraryNames();
    const entries = downloadEntries((await getReports()).length, counts(figures), counts(events));
    return { entries, figures, events, names };
  })();
  return memo;
}

/** Every download of this build (for `/data/files.json` and the per-year routes). */
export async function getDownloadEntries(): Promise<DownloadEntry[]> {
  return (await getSets()).entries;
}

/** The response for one download; an empty body (Astro writes no file) when the set does not exist. */
export async function downloadResponse(scope: 'all' | number, file: DownloadFile): Promise<Response> {
  const { entries, figures, events, names } = await getSets();
  if (!entries.some((e) => e.scope === scope && e.file === file)) return new Response(null);
  const rows = figures.get(scope) ?? [];
  const evs = events.get(scope) ?? [];
  const chunks =
    file === 'figures.csv'
      ? csvChunks(rows, ROW_COLUMNS)
      : file === 'figures.json'
        ? jsonArrayChunks(rows)
        : file === 'events.csv'
          ? csvChunks(eventRows(evs, names), EVENT_COLUMNS)
          : jsonArrayChunks(publishedEvents(evs, names));
  return streamedResponse(chunks, downloadType(file));
}
