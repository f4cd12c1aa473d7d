/**
 * A real `astro build` over broken content must fail, and print the author-facing message
 * (file:line, field, fix) — not Astro's `:0:0` schema error, and not exit 0 on a bad reference.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { astroBuild } from './support/astro-build.ts';

function build(contentDir: string) {
  const out = mkdtempSync(join(tmpdir(), 'yearbook-broken-'));
  try {
    return astroBuild({ out, content: contentDir, timeout: 120_000 });
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

describe('astro build over broken content', () => {
  it.each([
    ['unknown-metric', 'reports/demo/2022.mdx:8', /没有指标 collection\.totl。是不是想写 collection\.total？/],
    ['unknown-library', 'reports/demo/2022.mdx:2', /没有标识为 “dem0” 的馆。是不是想写 demo？/],
    ['year-mismatch', 'reports/demo/2022.mdx:3', /year 写的是 2021，但文件名是 2022\.mdx/],
    [
      'inconsistent',
      'reports/demo/2022.mdx',
      /高级职称 2 \+ 中级职称 5 \+ 初级职称 6 = 13 > 专业技术人员 10[\s\S]*discrepancy/,
    ],
    // Found by the report page, which renders the text (src/data/report-texts.ts), not by the check.
    [
      'markup',
      'reports/demo/2022.mdx:15  字段 正文',
      /花括号 \{12\} 会被当作代码[\s\S]*改法：如果花括号是原文的一部分/,
    ],
  ])(
    '%s fails the build with the author-facing message',
    (name, where, message) => {
      const dir = `tests/fixtures/broken/${name}`;
      const { status, output } = build(dir);
      expect(status, output).not.toBe(0);
      expect(output).toContain(`${dir}/${where}`);
      expect(output).toMatch(message);
    },
    120_000,
  );
});
