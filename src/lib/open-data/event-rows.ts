/** Events flattened for the open data (`/data/events.json`, `/data/events.csv`). Pure. */
import type { ChronicleEvent } from '../chronicle/events.ts';

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
