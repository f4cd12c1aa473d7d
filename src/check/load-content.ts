/** Read every file under a content folder (the only file I/O of the checker). */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { SourceFile } from './check-content.ts';
import { isSystemFile } from './files.ts';

const TEXT = /\.(?:ya?ml|mdx?)$/i;
const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * The path (relative to `dir`, `/`-separated) of every file under `dir`, sorted — not only the ones the
 * site reads, so the check can name a report saved as `2022.MDX` or a stray copy instead of leaving it
 * out without a word. Hidden and system files (`.DS_Store`, `Thumbs.db`) are skipped.
 */
export function listContent(dir: string): string[] {
  const out: string[] = [];
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
      if (e.isDirectory()) walk(p);
      else out.push(relative(dir, p).split(sep).join('/'));
    }
  };
  walk(dir);
  return out.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/**
 * One content file as the check reads it: YAML and Markdown files carry their text (a file that is not
 * valid UTF-8, e.g. saved as GBK, is marked instead); other files only their path.
 */
export function readContentFile(dir: string, path: string): SourceFile {
  if (!TEXT.test(path)) return { path, text: '' };
  const bytes = readFileSync(join(dir, path));
  try {
    return { path, text: utf8.decode(bytes) };
  } catch {
    return { path, text: bytes.toString('utf8'), notUtf8: true };
  }
}

/** Every file under `dir` (`listContent`), read (`readContentFile`), sorted by path. */
export function loadContent(dir: string): SourceFile[] {
  return listContent(dir).map((path) => readContentFile(dir, path));
}
