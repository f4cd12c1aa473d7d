/**
 * The staff preview of one library (YEARBOOK_ONLY_LIBRARY, `npm run build:library -- <id>`): the site is
 * built from that library's files alone, and an id that names no library stops with a Chinese message
 * and the closest ids.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const out = mkdtempSync(join(tmpdir(), 'yearbook-library-preview-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

/** The build's environment: vitest's own (BASE_URL, MODE, NODE_ENV=test, …) would leak into Vite. */
function buildEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const key of ['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'NODE_ENV']) delete env[key];
  for (const key of Object.keys(env)) if (key.startsWith('VITEST')) delete env[key];
  return env;
}

const build = (only: string) =>
  spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
    encoding: 'utf8',
    env: {
      ...buildEnv(),
      ASTRO_TELEMETRY_DISABLED: '1',
      YEARBOOK_ONLY_LIBRARY: only,
      YEARBOOK_OUT_DIR: join(out, only, 'dist'),
      YEARBOOK_CACHE_DIR: join(out, only, 'cache'),
    },
    timeout: 600_000,
  });

describe('a preview of one library', () => {
  it('builds that library’s pages and no other library’s', () => {
    const r = build('nanhai');
    expect(r.status, `${r.stdout}\n${r.stderr}`).toBe(0);
    const dist = join(out, 'nanhai', 'dist');
    expect(existsSync(join(dist, 'reports/nanhai/2023/index.html'))).toBe(true);
    expect(existsSync(join(dist, 'libraries/nanhai/index.html'))).toBe(true);
    expect(existsSync(join(dist, 'libraries/beihai/index.html'))).toBe(false);
    expect(existsSync(join(dist, 'reports/beihai/2021/index.html'))).toBe(false);
    expect(r.stdout).toContain('只预览 nanhai 一个馆');
  }, 600_000);

  it('stops on an id that names no library, with the closest one', () => {
    const r = build('beihia');
    expect(r.status).not.toBe(0);
    expect(`${r.stdout}\n${r.stderr}`).toContain('YEARBOOK_ONLY_LIBRARY=beihia：没有这个馆');
    expect(`${r.stdout}\n${r.stderr}`).toContain('是不是想写 beihai');
  }, 600_000);
});
