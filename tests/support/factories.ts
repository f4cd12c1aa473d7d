/**
 * Test data built the same way in every unit test: a dated event with every field filled, neutral
 * defaults for what a test does not look at, and the fields it is about given by name.
 */
import type { ChronicleEvent } from '../../src/lib/chronicle/events.ts';

/** A 大事记 event of `library` starting at `start` (`2021`, `2021-03` or `2021-03-31`, its precision). */
export const chronicleEvent = (
  library: string,
  start: string,
  extra: Partial<ChronicleEvent> = {},
): ChronicleEvent => ({
  id: `e-${start}-1`,
  library,
  year: Number(start.slice(0, 4)),
  start,
  text: '',
  categories: [],
  line: 1,
  source: 'chronicle',
  precision: start.length === 10 ? 'day' : start.length === 7 ? 'month' : 'year',
  ...extra,
});
