/**
 * Hands the content check's per-report results (the sentence of every figure, the dated events) from the
 * build integration to the pages of the same `astro build`, so the build does not split, match and
 * extract every report again. Both run in one Node process but in different module graphs (the config's
 * and Vite's bundle), hence a registered symbol on `globalThis`. A result is used only when the body
 * Astro loaded has the same digest as the body the check read; anything else is recomputed.
 */
import { createHash } from 'node:crypto';
import type { ChronicleEvent } from '../lib/chronicle/events.ts';
import type { CheckedFile } from './check-content.ts';
import type { Sentence } from '../lib/model/sentences.ts';

/** What is kept of one checked report. */
export interface SharedReport {
  readonly digest: string;
  readonly found: ReadonlyMap<string, Pick<Sentence, 'text' | 'line'> | undefined>;
  readonly events: readonly ChronicleEvent[];
}

const KEY = Symbol.for('library-yearbook.checked-reports');
type Store = Map<string, SharedReport>;
const holder = globalThis as { [KEY]?: Store };

/** A short digest of a report body. */
export const bodyDigest = (body: string): string => createHash('sha1').update(body).digest('base64');

const key = (library: string, year: number): string => `${library}/${year}`;

/** Publish the checked reports for this process (replacing any earlier set); `undefined` clears it. */
export function shareChecked(reports: readonly CheckedFile[] | undefined): void {
  if (!reports) {
    delete holder[KEY];
    return;
  }
  holder[KEY] = new Map(
    reports.map((r) => [
      key(r.data.library, r.data.year),
      {
        digest: bodyDigest(r.body),
        // Only text and line are kept: the compacted copies are not needed after matching.
        found: new Map([...r.found].map(([m, s]) => [m, s && { text: s.text, line: s.line }])),
        events: r.events,
      },
    ]),
  );
}

/** The shared result for a report whose body is exactly `body`, if the check published one. */
export function sharedReport(library: string, year: number, body: string): SharedReport | undefined {
  const r = holder[KEY]?.get(key(library, year));
  return r && r.digest === bodyDigest(body) ? r : undefined;
}
