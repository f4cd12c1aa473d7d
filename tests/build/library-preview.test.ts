/**
 * The staff preview of one library (YEARBOOK_ONLY_LIBRARY, `npm run build:library -- <id>`): the site is
 * built from that library's files alone, and an id that names no library stops with a Chinese message
 * and the closest ids.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { astroBuild } from './support/astro-build.ts';

const out = mkdtempSync(join(tmpdir(), 'yearbook-library-preview-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

const build = (only: string) =>
  astroBuild({ out: join(out, only), env: { YEARBOOK_ONLY_LIBRARY: only }, timeout: 600_000 });

describe('a preview of one library', () => {
  it('builds that library’s pages and no other library’s', () => {
    const r = build('nanhai');
    expect(r.status, r.output).toBe(0);
    const dist = join(out, 'nanhai', 'dist');
    expect(existsSync(join(dist, 'reports/nanhai/2023/index.html'))).toBe(true);
    expect(existsSync(join(dist, 'libraries/nanhai/index.html'))).toBe(true);
    expect(existsSync(join(dist, 'libraries/beihai/index.html'))).toBe(false);
    expect(existsSync(join(dist, 'reports/beihai/2021/index.html'))).toBe(false);
    expect(r.output).toContain('只预览 nanhai 一个馆');
  }, 600_000);

  it('stops on an id that names no library, with the closest one', () => {
    const r = build('beihia');
    expect(r.status).not.toBe(0);
    expect(r.output).toContain('YEARBOOK_ONLY_LIBRARY=beihia：没有这个馆');
    expect(r.output).toContain('是不是想写 beihai');
  }, 600_000);
});
