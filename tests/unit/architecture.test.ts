/**
 * The layout docs/architecture.md describes, held by a test: imports between the folders of `src/` (and the
 * feature folders of `src/lib/`) run one way, `src/lib` keeps few loose files, and no two source files share a
 * name. Reads import specifiers as text, so it needs no bundler.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join, posix, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = 'src';

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? walk(join(dir, e.name)) : /\.(ts|astro|mjs)$/.test(e.name) ? [join(dir, e.name)] : [],
  );
}

/** The folder a file belongs to for the direction rule: `src/lib/<feature>`, `src/lib` (loose files) or `src/<folder>`. */
export function unitOf(file: string): string {
  const parts = file.split('/');
  if (parts[1] === 'lib') return parts.length > 3 ? `lib/${parts[2]}` : 'lib';
  return parts.length > 2 ? (parts[1] ?? '') : '(root)';
}

const SPEC = /(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+)['"](\.{1,2}\/[^'"]+)['"]/g;

/** Edges between units, each with one file that makes it. */
function edges(): Map<string, Map<string, string>> {
  const out = new Map<string, Map<string, string>>();
  for (const file of walk(SRC).map((f) => f.split('\\').join('/'))) {
    const from = unitOf(file);
    for (const m of readFileSync(file, 'utf8').matchAll(SPEC)) {
      const target = posix.normalize(posix.join(dirname(file), m[1] ?? ''));
      if (!target.startsWith(`${SRC}/`)) continue;
      const to = unitOf(target);
      if (to === from) continue;
      const row = out.get(from) ?? new Map<string, string>();
      if (!row.has(to)) row.set(to, `${file} → ${m[1]}`);
      out.set(from, row);
    }
  }
  return out;
}

/** Every cycle of units, as a path `a → b → … → a` with the import that closes each step. */
function cycles(graph: Map<string, Map<string, string>>): string[] {
  const found: string[] = [];
  const seen = new Set<string>();
  for (const start of graph.keys()) {
    const stack: string[] = [start];
    const visit = (node: string): void => {
      for (const next of graph.get(node)?.keys() ?? []) {
        if (next === start) {
          const key = [...stack].sort().join(',');
          if (!seen.has(key)) {
            seen.add(key);
            found.push(
              [...stack, start]
                .map((n, i, a) => (i < a.length - 1 ? `${n} (${graph.get(n)?.get(a[i + 1] ?? '')})` : n))
                .join(' → '),
            );
          }
        } else if (!stack.includes(next) && next > start) {
          stack.push(next);
          visit(next);
          stack.pop();
        }
      }
    };
    visit(start);
  }
  return found;
}

describe('architecture', () => {
  it('imports between folders of src/ run one way', () => {
    expect(cycles(edges())).toEqual([]);
  });

  it('src/lib holds at most 12 loose files (the rest in feature folders)', () => {
    const loose = readdirSync(join(SRC, 'lib'), { withFileTypes: true }).filter((e) => e.isFile());
    expect(loose.length).toBeLessThanOrEqual(12);
  });

  it('no two files of src/ and scripts/ share a name', () => {
    const byName = new Map<string, string[]>();
    for (const f of [...walk(SRC), ...walk('scripts')]) {
      const name = basename(f);
      byName.set(name, [...(byName.get(name) ?? []), relative('.', f)]);
    }
    // Astro's route files are named by their URL (index.astro, [id].astro): their folders say what they are.
    const clashes = [...byName].filter(
      ([name, files]) => files.length > 1 && !files.every((f) => f.startsWith('src/pages/')) && name !== 'index.ts',
    );
    expect(clashes).toEqual([]);
  });
});
