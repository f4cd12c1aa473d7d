/**
 * The content folder in groups the build checks one at a time (and on several cores, and from the
 * build cache when unchanged): one per library — its `libraries/<id>.yaml` and everything under its
 * `reports/<id>/` folder. Paths only: each group's files are read when it is checked, so the build never
 * holds every report's text at once.
 */
import { listContent } from './load-content.ts';

/** One library's files, as paths relative to the content folder (`libraries/x.yaml`, `reports/x/2021.mdx`). */
export interface ContentGroup {
  readonly library: string;
  readonly paths: readonly string[];
}

/**
 * The library a content path belongs to: `libraries/<id>.<ext>` and `reports/<id>/…` (whatever the file,
 * so a `2022.MDX` or a `.docx` in a report folder is checked with its neighbours, as the check compares
 * them); any other path is a group of its own.
 */
export function groupOf(path: string): string {
  return /^libraries\/([^/]+?)\.[^./]+$/.exec(path)?.[1] ?? /^reports\/([^/]+)\//.exec(path)?.[1] ?? path;
}

/** Every file `loadContent` (src/check/load-content.ts) reads, grouped by library, groups by id. */
export function contentGroups(contentDir: string): ContentGroup[] {
  const groups = new Map<string, string[]>();
  for (const path of listContent(contentDir)) {
    const library = groupOf(path);
    const g = groups.get(library);
    if (g) g.push(path);
    else groups.set(library, [path]);
  }
  return [...groups].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([library, paths]) => ({ library, paths }));
}
