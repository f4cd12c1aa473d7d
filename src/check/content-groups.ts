/**
 * The content folder in groups the build checks one at a time (and on several cores, and from the
 * build cache when unchanged): one per library — its `libraries/<id>.yaml` and its `reports/<id>/`
 * files. Paths only: each group's files are read when it is checked, so the build never holds every
 * report's text at once.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

/** One library's files, as paths relative to the content folder (`libraries/x.yaml`, `reports/x/2021.mdx`). */
export interface ContentGroup {
  readonly library: string;
  readonly paths: readonly string[];
}

const list = (dir: string): string[] => {
  try {
    return readdirSync(dir, { withFileTypes: true })
      .map((e) => (e.isDirectory() ? `${e.name}/` : e.name))
      .sort();
  } catch {
    return [];
  }
};

/** Every file `loadContent` (src/check/load-content.ts) would read, grouped by library, groups by id. */
export function contentGroups(contentDir: string): ContentGroup[] {
  const groups = new Map<string, string[]>();
  const add = (library: string, path: string): void => {
    const g = groups.get(library);
    if (g) g.push(path);
    else groups.set(library, [path]);
  };
  const walk = (rel: string, group: (path: string) => string): void => {
    for (const name of list(join(contentDir, rel))) {
      if (name.endsWith('/')) walk(`${rel}/${name.slice(0, -1)}`, group);
      else if (/\.(ya?ml|mdx?)$/.test(name)) add(group(`${rel}/${name}`), `${rel}/${name}`);
    }
  };
  // A library's file, and its reports' folder; anything else (misplaced files, which the check reports
  // with where they belong) is a group of its own.
  walk('libraries', (path) => /^libraries\/([^/]+)\.ya?ml$/.exec(path)?.[1] ?? path);
  walk('reports', (path) => /^reports\/([^/]+)\//.exec(path)?.[1] ?? path);
  return [...groups]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([library, paths]) => ({ library, paths: paths.sort((a, b) => a.localeCompare(b)) }));
}
