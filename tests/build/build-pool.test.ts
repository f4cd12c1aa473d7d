/**
 * The build's worker pool (src/integrations/build-pool.ts) makes chart images, social cards and report
 * texts ahead of the pages: the output must be byte for byte the output of a build where every page
 * makes its own (YEARBOOK_BUILD_WORKERS=0), and the workers must really have made them. A synthetic
 * corpus of four libraries (scripts/bench/), built twice.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeCorpus } from '../../scripts/bench/write-corpus.ts';
import { astroBuild } from './support/astro-build.ts';

const work = mkdtempSync(join(tmpdir(), 'yearbook-build-pool-'));
const logs: Record<string, string> = {};

function build(name: string, workers: string): void {
  const r = astroBuild({
    out: join(work, name),
    content: join(work, 'content'),
    env: { TZ: 'UTC', YEARBOOK_BUILD_WORKERS: workers },
    timeout: 600_000,
  });
  logs[name] = r.output;
  expect(r.status, logs[name]).toBe(0);
}

/** Every file under `dir` (relative path → bytes). */
function files(dir: string): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  for (const e of readdirSync(dir, { recursive: true, withFileTypes: true }))
    if (e.isFile()) out.set(relative(dir, join(e.parentPath, e.name)), readFileSync(join(e.parentPath, e.name)));
  return out;
}

beforeAll(() => {
  writeCorpus({ libraries: 4, years: 2, seed: 7 }, join(work, 'content'));
  build('serial', '0');
  build('pool', '3');
}, 1_200_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('the build pool', () => {
  it('writes the same files, byte for byte, as a build without workers', () => {
    const serial = files(join(work, 'serial', 'dist'));
    const pool = files(join(work, 'pool', 'dist'));
    expect([...pool.keys()].sort()).toEqual([...serial.keys()].sort());
    const differ = [...serial].filter(([path, bytes]) => !pool.get(path)?.equals(bytes)).map(([path]) => path);
    expect(differ).toEqual([]);
  });

  it('made the images and report texts in its workers', () => {
    const line = /build pool: (\d+) made by workers/.exec(logs['pool'] ?? '');
    // 4 libraries: 8 report texts, 5 social cards, and the compare and monthly charts.
    expect(Number(line?.[1])).toBeGreaterThan(8 + 5);
    expect(logs['pool']).not.toMatch(/failed in a worker/);
    expect(logs['serial']).not.toMatch(/build pool:/);
  });
});
