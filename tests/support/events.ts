/** A chronicle event for tests: dated `start` (its precision read from the ISO form), the rest overridable. */
import type { ChronicleEvent } from '../../src/lib/chronicle/events.ts';

export const chronicleEvent = (
  library: string,
  start: string,
  extra: Partial<ChronicleEvent> = {},
): ChronicleEvent => ({
  id: `e-${start}-1`,
  library,
  year: Number(start.slice(0, 4)),
  start,
  precision: start.length === 10 ? 'day' : start.length === 7 ? 'month' : 'year',
  text: '',
  categories: [],
  line: 1,
  source: 'chronicle',
  ...extra,
});
