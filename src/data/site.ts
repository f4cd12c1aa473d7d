/**
 * This deployment's settings and the date the data was last updated, read once per build: the settings
 * from the environment (src/lib/site/settings.ts), the date from the content folder's git history or,
 * without one, from its files' modification times (src/lib/site/last-updated.ts).
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { CONTENT_DIR } from '../content-dir.ts';
import { lastUpdated } from '../lib/site/last-updated.ts';
import { readSiteSettings, type SiteSettings } from '../lib/site/settings.ts';

/** The settings of this deployment (SITE_URL, SITE_DATA_LICENCE, SITE_CONTACT). */
export const siteSettings: SiteSettings = readSiteSettings(process.env);

/** The date of the newest commit touching `dir`, or '' when git or the history is not there. */
export function gitContentDate(dir: string): string {
  try {
    return execFileSync('git', ['log', '-1', '--format=%cI', '--', '.'], {
      cwd: dir,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
  } catch {
    return '';
  }
}

/** Modification times of every file under `dir` (none when it cannot be read). */
function mtimes(dir: string): number[] {
  try {
    return readdirSync(dir, { withFileTypes: true, recursive: true })
      .filter((e) => e.isFile())
      .map((e) => statSync(join(e.parentPath, e.name)).mtimeMs);
  } catch {
    return [];
  }
}

const memo = new Map<string, string | undefined>();

/** When the data was last updated (`YYYY-MM-DD`), or undefined when nothing tells. Once per folder and build. */
export function getLastUpdated(dir: string = resolve(CONTENT_DIR)): string | undefined {
  if (!memo.has(dir)) {
    const gitDate = gitContentDate(dir);
    memo.set(dir, lastUpdated(gitDate ? { gitDate } : { mtimes: mtimes(dir) }));
  }
  return memo.get(dir);
}
