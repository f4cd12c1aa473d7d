/**
 * The open-data files (`/data/…`): which exist (src/lib/open-data/download-files.ts) and their rows, grouped by report
 * year once. Endpoints stream them, so no file is built as one string.
 */
import { csvChunks, withJoinedLabels } from '../lib/open-data/csv.ts';
import {
  downloadEntries,
  downloadType,
  jsonArrayChunks,
  streamedResponse,
  type DownloadEntry,
  type DownloadFile,
} from '../lib/open-data/download-files.ts';
import { EVENT_COLUMNS, eventRows, publishedEvents } from '../lib/open-data/event-rows.ts';
import { INDICATOR_COLUMNS, type IndicatorRow } from '../lib/open-data/indicator-rows.ts';
import { ROW_COLUMNS, type FigureRow } from '../lib/model/figure-rows.ts';
import { getEvents, getFigureRows, getIndicatorRows, getLibraryNames, getReports } from './content.ts';
import type { ChronicleEvent } from '../lib/chronicle/event-schema.ts';

interface Sets {
  readonly entries: DownloadEntry[];
  readonly figures: ReadonlyMap<'all' | number, readonly FigureRow[]>;
  readonly events: ReadonlyMap<'all' | number, readonly ChronicleEvent[]>;
  readonly indicators: ReadonlyMap<'all' | number, readonly IndicatorRow[]>;
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
    const indicators = byYear(await getIndicatorRows());
    const names = await getLibraryNames();
    const entries = downloadEntries((await getReports()).length, counts(figures), counts(events), counts(indicators));
    return { entries, figures, events, indicators, names };
  })();
  return memo;
}

/** Every download of this build (for `/data/files.json` and the per-year routes). */
export async function getDownloadEntries(): Promise<DownloadEntry[]> {
  return (await getSets()).entries;
}

/** The response for one download; an empty body (Astro writes no file) when the set does not exist. */
export async function downloadResponse(scope: 'all' | number, file: DownloadFile): Promise<Response> {
  const { entries, figures, events, indicators, names } = await getSets();
  if (!entries.some((e) => e.scope === scope && e.file === file)) return new Response(null);
  const rows = figures.get(scope) ?? [];
  const evs = events.get(scope) ?? [];
  const inds = indicators.get(scope) ?? [];
  const chunks = {
    'figures.csv': () => csvChunks(withJoinedLabels(rows), ROW_COLUMNS),
    'figures.json': () => jsonArrayChunks(rows),
    'events.csv': () => csvChunks(eventRows(evs, names), EVENT_COLUMNS),
    'events.json': () => jsonArrayChunks(publishedEvents(evs, names)),
    'indicators.csv': () => csvChunks(withJoinedLabels(inds), INDICATOR_COLUMNS),
    'indicators.json': () => jsonArrayChunks(inds),
  }[file]();
  return streamedResponse(chunks, downloadType(file));
}
