/** The output folder emptied at once, its old files deleted in the background (src/lib/clear-out-dir.ts). */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { clearNow, clearSoon, removingPrefix } from '../../src/lib/clear-out-dir.ts';

const dirs: string[] = [];
/** A parent folder holding `dist/` with a last build's files (and `.git`), and a neighbour of its own. */
const lastBuild = (): { parent: string; dist: string } => {
  const parent = mkdtempSync(join(tmpdir(), 'yearbook-clear-'));
  dirs.push(parent);
  const dist = join(parent, 'dist');
  mkdirSync(join(dist, 'reports', 'beihai', '2021'), { recursive: true });
  writeFileSync(join(dist, 'reports', 'beihai', '2021', 'index.html'), '<html></html>');
  writeFileSync(join(dist, 'index.html'), '<html></html>');
  mkdirSync(join(dist, '.git'));
  writeFileSync(join(dist, '.git', 'HEAD'), 'ref: refs/heads/main\n');
  writeFileSync(join(parent, 'README.md'), 'mine');
  return { parent, dist };
};
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe('clearSoon', () => {
  it('empties the folder at once but for .git, and deletes the old files beside it in the background', async () => {
    const { parent, dist } = lastBuild();
    const clearing = clearSoon(dist);
    expect(clearing.moved).toBe(2);
    expect(readdirSync(dist)).toEqual(['.git']);
    await clearing.done;
    expect(readdirSync(parent).sort()).toEqual(['README.md', 'dist']);
    expect(existsSync(join(dist, '.git', 'HEAD'))).toBe(true);
  });

  it('deletes what a build that stopped half way left beside the folder, and nothing else there', async () => {
    const { parent, dist } = lastBuild();
    const left = join(parent, `${removingPrefix(dist)}abc123`);
    mkdirSync(join(left, 'charts'), { recursive: true });
    writeFileSync(join(left, 'charts', 'a.png'), 'png');
    const other = join(parent, '.other.removing-abc123');
    mkdirSync(other);
    await clearSoon(dist).done;
    expect(existsSync(left)).toBe(false);
    expect(existsSync(other)).toBe(true);
    expect(existsSync(join(parent, 'README.md'))).toBe(true);
  });

  it('has nothing to do for a folder not there yet or empty', async () => {
    const { parent } = lastBuild();
    const fresh = clearSoon(join(parent, 'dist-new'));
    expect(fresh.moved).toBe(0);
    await fresh.done;
    mkdirSync(join(parent, 'empty'));
    const empty = clearSoon(join(parent, 'empty'));
    expect(empty.moved).toBe(0);
    await empty.done;
    expect(readdirSync(parent).sort()).toEqual(['README.md', 'dist', 'empty']);
  });

  it('empties the folder here and now but for .git when the entries cannot be moved aside (clearNow)', () => {
    const { parent, dist } = lastBuild();
    clearNow(dist);
    expect(readdirSync(dist)).toEqual(['.git']);
    expect(readdirSync(parent).sort()).toEqual(['README.md', 'dist']);
  });
});
