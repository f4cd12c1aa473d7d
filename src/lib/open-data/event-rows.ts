/**
 * Events for the open data: `/data/events.json` (each event with its library's name, the published schema) and
 * `/data/events.csv` (flattened rows). Pure.
 */
import { z } from 'astro/zod';
import { eventRules, eventShape, type ChronicleEvent } from '../chronicle/event-schema.ts';

/** One entry of `/data/events.json`: the event (src/lib/chronicle/event-schema.ts) plus its library's name. */
export const publishedEventSchema = z
  .strictObject({ ...eventShape, libraryName: z.string().min(1).describe('馆名，如 北海市图书馆') })
  .superRefine(eventRules);
export type PublishedEvent = z.output<typeof publishedEventSchema>;

/** The whole `/data/events.json`. */
export const eventsFileSchema = z.array(publishedEventSchema);

/** The entries of `/data/events.json`, one at a time (the file is streamed). */
export function* publishedEvents(
  events: readonly ChronicleEvent[],
  names: ReadonlyMap<string, string>,
): Generator<PublishedEvent> {
  for (const e of events) yield { ...e, libraryName: names.get(e.library) ?? e.library };
}

/** One event with its library's name; categories joined by spaces for CSV. */
export interface EventRow {
  readonly id: string;
  readonly library: string;
  readonly libraryName: string;
  readonly year: number;
  readonly start: string;
  readonly end: string;
  readonly precision: string;
  readonly time: string;
  readonly categories: string;
  readonly source: string;
  readonly line: number;
  readonly text: string;
}

export const EVENT_COLUMNS = [
  'id',
  'library',
  'libraryName',
  'year',
  'start',
  'end',
  'precision',
  'time',
  'categories',
  'source',
  'line',
  'text',
] as const satisfies readonly (keyof EventRow)[];

/** Rows for the CSV (empty strings for absent fields). */
export function eventRows(events: readonly ChronicleEvent[], names: ReadonlyMap<string, string>): EventRow[] {
  return events.map((e) => ({
    id: e.id,
    library: e.library,
    libraryName: names.get(e.library) ?? e.library,
    year: e.year,
    start: e.start,
    end: e.end ?? '',
    precision: e.precision,
    time: e.time ?? '',
    categories: e.categories.join(' '),
    source: e.source,
    line: e.line,
    text: e.text,
  }));
}
