/** Read every file under a content folder (the only file I/O of the checker). */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { SourceFile } from './check-content.ts';
import { isSystemFile } from './files.ts';

const TEXT = /\.(?:ya?ml|mdx?)$/i;
const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Every file under `dir`, sorted by path — not only the ones the site reads, so the check can name a
 * report saved as `2022.MDX` or a stray copy instead of leaving it out without a word. YAML and Markdown
 * files carry their text (a file that is not valid UTF-8, e.g. saved as GBK, is marked instead); other
 * files only their path. Hidden and system files (`.DS_Store`, `Thumbs.db`) are skipped.
 */
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
      if (isSystemFile(e.name)) continue;
      const p = join(d, e.name);
      if (e.isDirectory()) {
        walk(p);
        continue;
      }
      const path = relative(dir, p).split(sep).join('/');
      if (!TEXT.test(e.name)) {
        out.push({ path, text: '' });
        continue;
      }
      const bytes = readFileSync(p);
      try {
        out.push({ path, text: utf8.decode(bytes) });
      } catch {
        out.push({ path, text: bytes.toString('utf8'), notUtf8: true });
      }
    }
  };
  walk(dir);
  return out.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
