/**
 * The event schema (src/lib/chronicle/event-schema.ts, whose output type is ChronicleEvent) and the published
 * form (src/lib/open-data/event-rows.ts) against every event of the real content, and what they reject.
 */
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../../src/check/check-content.ts';
import { extractEvents } from '../../../src/lib/chronicle/events.ts';
import { loadContent } from '../../../src/check/load-content.ts';
import { eventSchema, type ChronicleEvent } from '../../../src/lib/chronicle/event-schema.ts';
import { eventsFileSchema, publishedEventSchema, publishedEvents } from '../../../src/lib/open-data/event-rows.ts';

const { reports, libraries } = checkContent(loadContent('content'));
const names = new Map(libraries.map((l) => [l.id, l.name]));
const events = reports.flatMap((r) => extractEvents(r.body, { library: r.data.library, year: r.data.year }).events);

const GOOD: ChronicleEvent = {
  id: 'e-2021-03-31-1',
  library: 'beihai',
  year: 2021,
  start: '2021-03-31',
  precision: 'day',
  text: '3月31日，北海市图书馆第一届理事会召开第五次会议。',
  categories: ['governance'],
  line: 12,
  source: 'chronicle',
};

describe('eventSchema', () => {
  it('accepts every event of the real content, unchanged', () => {
    // Not a count of the corpus (a new report must not turn this red): every report with a 大事记 has events.
    for (const r of reports.filter((x) => /^#{1,6}\s.*大事记/m.test(x.body)))
      expect(r.events.length, `${r.path} has a 大事记 but no events`).toBeGreaterThan(0);
    expect(events.length).toBeGreaterThan(0);
    for (const e of events) {
      const r = eventSchema.safeParse(e);
      expect(r.success, `${e.library} ${e.year} ${e.id}: ${JSON.stringify(r.error?.issues)}`).toBe(true);
      expect(r.data).toEqual(e);
    }
  });

  it('accepts the published form (/data/events.json) of every real event', () => {
    const published = [...publishedEvents(events, names, (path) => `https://example.org${path}`)];
    const r = eventsFileSchema.safeParse(published);
    expect(r.success, JSON.stringify(r.error?.issues.slice(0, 3))).toBe(true);
  });

  it('gives every real event an id unique across the dataset, and keeps the report-local anchor', () => {
    const published = [...publishedEvents(events, names, (path) => path)];
    expect(new Set(published.map((e) => e.id)).size).toBe(published.length);
    for (const e of published)
      expect(e.url).toBe(`/reports/${String(e.library)}/${String(e.year)}/#${String(e.anchor)}`);
  });

  it.each([
    ['a day date at month precision', { start: '2021-03', id: 'e-2021-03-1' }, 'start'],
    ['an end before the start', { end: '2021-03-01' }, 'end'],
    ['an end at another precision', { end: '2021-04' }, 'end'],
    ['an id that does not name the start', { id: 'e-2021-04-01-1' }, 'id'],
    ['a start outside the report year', { start: '2020-03-31', id: 'e-2020-03-31-1' }, 'start'],
    ['an unknown category', { categories: ['sports'] }, 'categories.0'],
    ['an unknown time of day', { time: '中午' }, 'time'],
    ['an unknown source', { source: 'frontmatter' }, 'source'],
    ['a line of 0', { line: 0 }, 'line'],
    ['an empty text', { text: '' }, 'text'],
    ['an unknown field', { note: 'x' }, ''],
  ])('rejects %s', (_name, change, field) => {
    const r = eventSchema.safeParse({ ...GOOD, ...change });
    expect(r.success).toBe(false);
    expect(r.error?.issues.map((i) => i.path.join('.'))).toContain(field);
  });

  it('publishes every column, null where absent, with the dataset-wide id', () => {
    const [published] = [
      ...publishedEvents([GOOD], new Map([[GOOD.library, '北海市图书馆']]), (p) => `https://example.org${p}`),
    ];
    expect(eventSchema.safeParse(GOOD).success).toBe(true);
    expect(publishedEventSchema.safeParse(GOOD).success).toBe(false);
    expect(publishedEventSchema.safeParse(published).success).toBe(true);
    expect(published).toMatchObject({ id: `${GOOD.library}-${GOOD.year}-${GOOD.id}`, anchor: GOOD.id, end: null });
    expect(publishedEventSchema.safeParse({ ...published, id: GOOD.id }).success).toBe(false);
  });
});
