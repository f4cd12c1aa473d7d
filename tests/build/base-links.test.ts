/**
 * Links written inside a report's MDX (`[x](/libraries/demo/)`) get the deployment base from the report
 * text renderer (src/lib/report-text/render-html.ts). A real build under BASE_PATH=/yearbook/ proves it.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { astroBuild } from './support/astro-build.ts';

const out = mkdtempSync(join(tmpdir(), 'yearbook-base-links-'));
let html = '';

beforeAll(() => {
  const r = astroBuild({
    out,
    content: 'tests/fixtures/sites/base-links',
    env: { BASE_PATH: '/yearbook/', SITE_URL: 'https://feeds.example.org' },
    timeout: 120_000,
  });
  expect(r.status, r.output).toBe(0);
  html = readFileSync(join(out, 'dist/reports/demo/2022/index.html'), 'utf8');
}, 120_000);

afterAll(() => rmSync(out, { recursive: true, force: true }));

describe('MDX links under a base path', () => {
  it.each([
    ['/yearbook/libraries/demo/', '本馆页面'],
    ['/yearbook/data/figures.csv', '开放数据'],
    ['https://example.org/library/', '上级馆'],
    ['#figures', '本页数字'],
  ])('href="%s" for %s', (href, text) => {
    expect(html).toContain(`<a href="${href}">${text}</a>`);
  });

  it('leaves no root-relative link without the base', () => {
    const unprefixed = [...html.matchAll(/\s(?:href|src)="(\/[^"]*)"/g)]
      .map((m) => m[1])
      .filter((h) => !h?.startsWith('/yearbook/'));
    expect(unprefixed).toEqual([]);
  });
});

describe('the RSS feed under a base path', () => {
  it('names its own address (atom:link rel="self"), with the base', () => {
    const feed = readFileSync(join(out, 'dist/rss.xml'), 'utf8');
    expect(feed).toContain('xmlns:atom="http://www.w3.org/2005/Atom"');
    expect(feed).toContain(
      '<atom:link href="https://feeds.example.org/yearbook/rss.xml" rel="self" type="application/rss+xml"/>',
    );
  });
});
