/** Read every library and report file under a content folder (the only file I/O of the checker). */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { SourceFile } from './check-content.ts';

/** All `libraries/*.yaml` and `reports/**\/*.md(x)` files under `dir`, sorted by path. */
export function loadContent(dir: string): SourceFile[] {
  const out: SourceFile[] = [];
  const walk = (d: string): void => {
    let entries;
    try {
      entries = readdirSync(d, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (/\.(ya?ml|mdx?)$/.test(e.name))
        out.push({ path: relative(dir, p).split(sep).join('/'), text: readFileSync(p, 'utf8') });
    }
  };
  walk(join(dir, 'libraries'));
  walk(join(dir, 'reports'));
  return out.sort((a, b) => a.path.localeCompare(b.path));
}
