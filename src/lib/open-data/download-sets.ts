/**
 * The open-data page's view of `/data/files.json`: the whole-corpus set (only written for corpora of at
 * most WHOLE_DOWNLOAD_LIMIT reports) and one set per report year, so the page links exactly the files the
 * build writes — never a whole-corpus file that a large corpus does not have. Pure.
 */
import type { DownloadEntry, DownloadFile } from './download-files.ts';

/** The files of one scope (`all` or a year), by file name. */
export interface DownloadSet {
  readonly scope: 'all' | number;
  readonly files: Partial<Readonly<Record<DownloadFile, DownloadEntry>>>;
}

/** `entries` (as `downloadEntries` lists them) as the whole set, if written, and the year sets in year order. */
export function downloadSets(entries: readonly DownloadEntry[]): {
  whole: DownloadSet | undefined;
  years: DownloadSet[];
} {
  const sets = new Map<'all' | number, Partial<Record<DownloadFile, DownloadEntry>>>();
  for (const e of entries) {
    let files = sets.get(e.scope);
    if (!files) sets.set(e.scope, (files = {}));
    files[e.file] = e;
  }
  const whole = sets.get('all');
  const years = [...sets]
    .flatMap(([scope, files]) => (scope === 'all' ? [] : [{ scope, files }]))
    .sort((a, b) => a.scope - b.scope);
  return { whole: whole ? { scope: 'all', files: whole } : undefined, years };
}
