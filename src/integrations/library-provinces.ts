/**
 * Each library's province, read from `<content>/libraries/*.yaml`: the scope of its pages in a large
 * search index (src/lib/search/scopes.ts). The content check has validated these files before the build
 * gets here; a file without a province gives none, and the index then stops with the library's name.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

/** Library id → province, for every library file under `contentDir`. */
export function libraryProvinces(contentDir: string): Map<string, string> {
  const dir = join(contentDir, 'libraries');
  const out = new Map<string, string>();
  for (const name of readdirSync(dir).sort()) {
    if (!/\.ya?ml$/.test(name)) continue;
    const data = parse(readFileSync(join(dir, name), 'utf8')) as { id?: unknown; region?: { province?: unknown } };
    if (typeof data.id === 'string' && typeof data.region?.province === 'string')
      out.set(data.id, data.region.province);
  }
  return out;
}
