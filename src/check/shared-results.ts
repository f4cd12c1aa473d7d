/**
 * The build's content check has already found every figure's sentence and every event: the pages reuse them.
 * The check runs in the config's module graph, hence a build hand-off, used only for a body it read unchanged.
 */
import { createHash } from 'node:crypto';
import { handoff } from '../lib/build-handoff.ts';
import type { CheckedFile } from './check-content.ts';
import type { Sentence } from '../lib/model/sentences.ts';
import type { ChronicleEvent } from '../lib/chronicle/event-schema.ts';

/** What is kept of one checked report. */
export interface SharedReport {
  readonly digest: string;
  readonly found: ReadonlyMap<string, Pick<Sentence, 'text' | 'line'> | undefined>;
  readonly events: readonly ChronicleEvent[];
}

const checked = handoff<ReadonlyMap<string, SharedReport>>('checked-reports');

/** A short digest of a report body. */
export const bodyDigest = (body: string): string => createHash('sha1').update(body).digest('base64');

const key = (library: string, year: number): string => `${library}/${year}`;

/** What is kept of a checked report: only text and line of its sentences, not the compacted copies. */
const kept = (r: CheckedFile): SharedReport => ({
  digest: bodyDigest(r.body),
  found: new Map([...r.found].map(([m, s]) => [m, s && { text: s.text, line: s.line }])),
  events: r.events,
});

/** Publish the checked reports for this process (replacing any earlier set); `undefined` clears it. */
export function shareChecked(reports: readonly CheckedFile[] | undefined): void {
  checked.put(reports && new Map(reports.map((r) => [key(r.data.library, r.data.year), kept(r)])));
}

/** The shared result for a report whose body is exactly `body`, if the check published one. */
export function sharedReport(library: string, year: number, body: string): SharedReport | undefined {
  const r = checked.get()?.get(key(library, year));
  return r && r.digest === bodyDigest(body) ? r : undefined;
}
