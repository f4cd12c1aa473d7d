/** The build's direct file writer (src/lib/shared-output.ts): paths under the site only, folders made once. */
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { dirOutput, shareBuildOutput, sharedBuildOutput } from '../../src/lib/shared-output.ts';

const dirs: string[] = [];
const tmp = (): string => {
  const d = mkdtempSync(join(tmpdir(), 'yearbook-output-'));
  dirs.push(d);
  return d;
};
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
  shareBuildOutput(undefined);
});

describe('dirOutput', () => {
  it('writes each file at its site path, making the folders, and counts them', () => {
    const dir = tmp();
    const out = dirOutput(dir);
    out.write('/data/charts/bar-a.csv', 'metric,value\n甲,1\n');
    out.write('/data/charts/bar-b.csv', new TextEncoder().encode('x\n'));
    out.write('/top.txt', '');
    const encode = (s: string): Uint8Array => new TextEncoder().encode(s);
    out.write('/data/2021/figures.csv', [encode('a,b\n'), encode(''), encode('甲,乙\n')]);
    expect(readFileSync(join(dir, 'data/2021/figures.csv'), 'utf8')).toBe('a,b\n甲,乙\n');
    expect(readFileSync(join(dir, 'data/charts/bar-a.csv'), 'utf8')).toBe('metric,value\n甲,1\n');
    expect(readFileSync(join(dir, 'data/charts/bar-b.csv'), 'utf8')).toBe('x\n');
    expect(readdirSync(join(dir, 'data/charts')).sort()).toEqual(['bar-a.csv', 'bar-b.csv']);
    expect(out.count).toBe(4);
  });

  it('writes several files side by side, one piece of each per step', () => {
    const dir = tmp();
    const out = dirOutput(dir);
    const encode = (s: string): Uint8Array => new TextEncoder().encode(s);
    out.writeTogether(
      ['/data/2021/figures.csv', '/data/2021/figures-no-bom.csv'],
      [
        [encode('\ufeffa,b\r\n'), encode('a,b\r\n')],
        [encode('甲,乙\r\n'), encode('甲,乙\r\n')],
      ],
    );
    expect(readFileSync(join(dir, 'data/2021/figures.csv'), 'utf8')).toBe('\ufeffa,b\r\n甲,乙\r\n');
    expect(readFileSync(join(dir, 'data/2021/figures-no-bom.csv'), 'utf8')).toBe('a,b\r\n甲,乙\r\n');
    expect(out.count).toBe(2);
    expect(() => out.writeTogether(['/a.csv', '/b.csv'], [[encode('x')]])).toThrow(/1 pieces for 2 files/);
    expect(() => out.writeTogether(['/a.csv', 'b.csv'], [])).toThrow(/not a path under the site/);
  });

  it('writes small files in the background, all of them by the time settled() resolves', async () => {
    const dir = tmp();
    const out = dirOutput(dir);
    const paths = Array.from({ length: 100 }, (_, i) => `/data/charts/c-${i}.csv`);
    for (const [i, path] of paths.entries()) await out.writeSoon(path, `值,${i}\n`);
    await out.writeSoon('/top.bin', new Uint8Array([1, 2]));
    await out.settled();
    expect(out.count).toBe(101);
    expect(readdirSync(join(dir, 'data/charts'))).toHaveLength(100);
    expect(readFileSync(join(dir, 'data/charts/c-42.csv'), 'utf8')).toBe('值,42\n');
    expect([...readFileSync(join(dir, 'top.bin'))]).toEqual([1, 2]);
  });

  it('reports a background write that failed when it settles, and a path outside the site at once', async () => {
    const dir = tmp();
    const out = dirOutput(dir);
    await out.writeSoon('/data/x.csv', 'a');
    await out.settled();
    // A folder where the file should be: the write fails off the main thread.
    await out.writeSoon('/data', 'b');
    await expect(out.settled()).rejects.toThrow(/EISDIR/);
    await expect(out.settled()).resolves.toBeUndefined();
    await expect(out.writeSoon('../x.csv', 'c')).rejects.toThrow(/not a path under the site/);
    expect(out.count).toBe(1);
  });

  it('refuses a path that is not under the site', () => {
    const out = dirOutput(tmp());
    expect(() => out.write('data/x.csv', '')).toThrow(/not a path under the site/);
    expect(() => out.write('/../x.csv', '')).toThrow(/not a path under the site/);
    expect(() => out.write('/', '')).toThrow(/not a path under the site/);
    expect(out.count).toBe(0);
  });
});

describe('the shared writer', () => {
  it('is there only once an integration shares it', () => {
    expect(sharedBuildOutput()).toBeUndefined();
    const out = dirOutput(tmp());
    shareBuildOutput(out);
    expect(sharedBuildOutput()).toBe(out);
  });
});
