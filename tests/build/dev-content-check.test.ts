/**
 * `astro dev` shows content errors instead of the last good page: a real dev server over a temp content
 * folder. While the content has errors every page is the check's message (the same Chinese text as
 * `npm run check`); after a fix the page is back; an entry with an impossible date is an error, not a
 * silently missing event. (Open pages also get the message as Vite's overlay: content-check-dev.ts.)
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildEnv } from './support/astro-build.ts';

const tmp = mkdtempSync(join(tmpdir(), 'yearbook-dev-'));
const content = join(tmp, 'content');
const report = join(content, 'reports/zz-test-dev/2022.mdx');
const GOOD = `---
library: zz-test-dev
year: 2022
title: 测试县图书馆2022年工作总结
source: test.txt
figures:
  collection:
    total: 120000
---

## 一、概述

截止2022年，我馆馆藏总量共120000册。

## 大事记

3月5日，举办读书讲座。
`;

function freePort(): Promise<number> {
  return new Promise((done) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => done(port));
    });
  });
}

describe('astro dev over content with mistakes', () => {
  let server: ChildProcess | undefined;
  let url = '';
  let log = '';
  const page = async (): Promise<{ status: number; text: string }> => {
    const r = await fetch(url, { headers: { accept: 'text/html', connection: 'close' } });
    return { status: r.status, text: await r.text() };
  };
  /** The page once it has `status` (the check runs again a moment after a file is saved). */
  const pageWith = async (status: number): Promise<{ status: number; text: string }> => {
    let last = await page();
    for (let i = 0; i < 60 && last.status !== status; i++) {
      await new Promise((r) => setTimeout(r, 500));
      last = await page();
    }
    return last;
  };

  beforeAll(async () => {
    mkdirSync(join(content, 'libraries'), { recursive: true });
    mkdirSync(join(content, 'reports/zz-test-dev'), { recursive: true });
    writeFileSync(
      join(content, 'libraries/zz-test-dev.yaml'),
      'id: zz-test-dev\nname: 测试县图书馆\nnameEn: Test County Library\nlevel: county\nregion:\n  province: 测试省\n  city: 测试市\n',
    );
    // It starts broken: an entry dated 2月30日.
    writeFileSync(report, GOOD.replace('3月5日', '2月30日'));
    const port = await freePort();
    url = `http://127.0.0.1:${port}/reports/zz-test-dev/2022/`;
    server = spawn(
      process.execPath,
      ['node_modules/astro/bin/astro.mjs', 'dev', '--port', String(port), '--host', '127.0.0.1'],
      {
        env: {
          // Without the variables Vitest sets for its own Vite (NODE_ENV=test, MODE, SSR, …): the dev
          // server would take them as its own.
          ...buildEnv(),
          ASTRO_TELEMETRY_DISABLED: '1',
          YEARBOOK_CONTENT_DIR: content,
          YEARBOOK_CACHE_DIR: join(tmp, 'cache'),
        },
      },
    );
    server.stdout?.on('data', (d: Buffer) => (log += d.toString()));
    server.stderr?.on('data', (d: Buffer) => (log += d.toString()));
    for (let i = 0; i < 240 && !log.includes(`:${port}/`); i++) await new Promise((r) => setTimeout(r, 500));
    expect(log).toContain(`:${port}/`);
  }, 150_000);

  afterAll(() => {
    server?.kill();
    rmSync(tmp, { recursive: true, force: true });
  });

  it('shows the check’s message in place of the page, and on the terminal', async () => {
    const { status, text } = await pageWith(500);
    expect(status, log).toBe(500);
    expect(text).toContain('<html lang="zh-CN">');
    expect(text).toContain(`${report}:17  字段 大事记`);
    expect(text).toMatch(/日期“2月30日”不存在[\s\S]*改法：检查月、日是否写错/);
    expect(log).toMatch(/内容检查发现 1 个错误/);
  }, 60_000);

  it('shows the page again once the mistake is fixed', async () => {
    writeFileSync(report, GOOD);
    const { status, text } = await pageWith(200);
    expect(status, log).toBe(200);
    expect(text).toContain('测试县图书馆2022年工作总结');
    expect(text).toContain('id="e-2022-03-05-1"');
  }, 60_000);

  it('replaces the page when a frontmatter mistake is saved, instead of keeping the last good one', async () => {
    writeFileSync(report, readFileSync(report, 'utf8').replace('total: 120000', 'total：120000'));
    const { status, text } = await pageWith(500);
    expect(status, log).toBe(500);
    expect(text).toContain(`${report}:8`);
    expect(text).toContain('把全角冒号改成半角冒号加空格');
  }, 60_000);
});
