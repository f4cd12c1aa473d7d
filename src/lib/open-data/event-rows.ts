/**
 * Events for the open data (`/data/events.json` and `.csv`): one entry per event with a dataset-wide `id`
 * (`<library>-<year>-<anchor>`: the report page's fragment `anchor` is unique only within its report), the
 * library's name and the link to the event on the site; every column in every entry, null where absent. Pure.
 */
import { z } from 'astro/zod';
import { eventRules, eventShape, type ChronicleEvent } from '../chronicle/event-schema.ts';
import { eventPath } from '../site/paths.ts';
import { EVENT_COLUMNS, publish, type PublishedRow } from './columns.ts';

/** The dataset-wide id of an event. */
export const eventId = (e: Pick<ChronicleEvent, 'library' | 'year' | 'id'>): string => `${e.library}-${e.year}-${e.id}`;

/** One entry of `/data/events.json`: the event (src/lib/chronicle/event-schema.ts) as published. */
export const publishedEventSchema = z
  .strictObject({
    id: z
      .string()
      .regex(/^[a-z][a-z0-9-]*-\d{4}-e-[\d-]+$/)
      .describe('事件 id，在全部数据中唯一：<馆>-<年度>-<anchor>'),
    anchor: eventShape.id,
    library: eventShape.library,
    libraryName: z.string().min(1).describe('馆名，如 北海市图书馆'),
    year: eventShape.year,
    start: eventShape.start,
    end: z
      .string()
      .nullable()
      .describe(eventShape.end.description ?? ''),
    precision: eventShape.precision,
    time: eventShape.time.unwrap().nullable(),
    categories: eventShape.categories,
    source: eventShape.source,
    line: eventShape.line,
    text: eventShape.text,
    url: z.url().describe('该条在网站报告页上的位置'),
  })
  .superRefine((e, ctx) => {
    const { end, ...rest } = e;
    eventRules({ ...rest, id: e.anchor, ...(end === null ? {} : { end }) }, ctx);
    if (e.id !== eventId({ ...e, id: e.anchor })) {
      ctx.issues.push({ code: 'custom', input: e, path: ['id'], message: `id ${e.id} 应为 <馆>-<年度>-${e.anchor}` });
    }
  });
export type PublishedEvent = PublishedRow<typeof EVENT_COLUMNS>;

/** The whole `/data/events.json`. */
export const eventsFileSchema = z.array(publishedEventSchema);

/** The entries of `/data/events.json`, one at a time (the file is streamed); `url` makes a path absolute. */
export function* publishedEvents(
  events: Iterable<ChronicleEvent>,
  names: ReadonlyMap<string, string>,
  url: (path: string) => string,
): Generator<PublishedEvent> {
  for (const e of events) {
    yield publish(EVENT_COLUMNS, {
      ...e,
      id: eventId(e),
      anchor: e.id,
      libraryName: names.get(e.library) ?? e.library,
      url: url(eventPath(e)),
    });
  }
}
