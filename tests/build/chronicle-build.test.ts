/**
 * remark-chronicle runs on `.mdx` in a real build (Astro 7 runs remark plugins only through the unified
 * processor): every 大事记 entry and every <Event> of the real reports is an anchor on its report page,
 * and every timeline link lands on one. A bad date fails the build with file:line.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { astroBuild, type AstroBuildResult } from './support/astro-build.ts';

const ids = (html: string): string[] => [...html.matchAll(/\sid="(e-[^"]+)"/g)].map((m) => m[1] ?? '');

describe('build of the real content', () => {
  const out = mkdtempSync(join(tmpdir(), 'yearbook-chronicle-'));
  const dist = join(out, 'dist');
  const page = (p: string): string => readFileSync(join(dist, p, 'index.html'), 'utf8');
  let result: AstroBuildResult;
  beforeAll(() => {
    result = astroBuild({ out });
  }, 180_000);
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it('builds', () => expect(result.status, result.output).toBe(0));

  it('puts an anchor on every event of every report (the remark plugin ran on .mdx)', () => {
    const events = JSON.parse(readFileSync(join(dist, 'data/events.json'), 'utf8')) as {
      anchor: string;
      library: string;
      year: number;
      source: string;
    }[];
    const count = (lib: string, year: number, source: string) =>
      events.filter((e) => e.library === lib && e.year === year && e.source === source).length;
    expect([
      count('beihai', 2020, 'chronicle'),
      count('beihai', 2021, 'chronicle'),
      count('balinzuoqi', 2021, 'text'),
      count('nanhai', 2023, 'text'),
    ]).toEqual([217, 162, 4, 6]);
    for (const [lib, year] of [
      ['beihai', 2020],
      ['beihai', 2021],
      ['balinzuoqi', 2021],
      ['nanhai', 2023],
    ] as const) {
      const anchors = ids(page(`reports/${lib}/${year}`));
      const expected = events.filter((e) => e.library === lib && e.year === year).map((e) => e.anchor);
      expect(new Set(anchors), `${lib} ${year}`).toEqual(new Set(expected));
    }
    expect(page('reports/beihai/2021')).toContain('<p id="e-2021-03-31-1">3月31日，北海市图书馆第一届理事会');
    expect(page('reports/nanhai/2023')).toMatch(
      /<span class="event[^"]*" id="e-2023-12-15-1" data-date="2023-12-15"[^>]*>12月15日，召开了/,
    );
  });

  it('links every timeline entry to an anchor that exists', () => {
    const anchors = new Map<string, Set<string>>();
    const idsOf = (path: string) => {
      if (!anchors.has(path)) anchors.set(path, new Set(ids(page(path))));
      return anchors.get(path) ?? new Set();
    };
    const events = JSON.parse(readFileSync(join(dist, 'data/events.json'), 'utf8')) as { library: string }[];
    const libraries = [...new Set(events.map((e) => e.library))];
    let links = 0;
    for (const p of ['timeline', ...libraries.map((l) => `timeline/${l}`)]) {
      const html = page(p);
      expect(html).toContain('<time datetime="');
      for (const m of html.matchAll(/href="\/(reports\/[^"#]+)\/#(e-[^"]+)"/g)) {
        links++;
        expect(idsOf(m[1] ?? '').has(m[2] ?? ''), `${p}: ${m[0]}`).toBe(true);
      }
    }
    // Each event is linked twice: from the whole timeline and from its library's (derived, not counted).
    expect(links).toBe(events.length * 2);
  });

  it('keeps the text as written (no smart punctuation)', () => {
    expect(page('reports/beihai/2020')).toContain('珠城大讲坛--红十字应急救护知识百姓学堂(第57期)');
  });

  it('writes the open data', () => {
    expect(existsSync(join(dist, 'data/events.csv'))).toBe(true);
    const csv = readFileSync(join(dist, 'data/events.csv'), 'utf8');
    expect(csv.split('\r\n')[0]).toBe(
      '\uFEFFid,anchor,library,libraryName,year,start,end,precision,time,categories,source,line,text,url',
    );
    expect(csv).toMatch(
      /\r\nbeihai-2021-e-2021-12-22-1,e-2021-12-22-1,beihai,北海市图书馆,2021,2021-12-22,2021-12-24,day,,[a-z ]*,chronicle,\d+,12月22日至2021年12月24日，/,
    );
  });
});

describe('build over a broken chronicle', () => {
  it('fails with the file, line and a correct example', () => {
    const out = mkdtempSync(join(tmpdir(), 'yearbook-chronicle-broken-'));
    try {
      const dir = 'tests/fixtures/broken/chronicle-date';
      const { status, output } = astroBuild({ out, content: dir });
      expect(status, output).not.toBe(0);
      expect(output).toContain(`${dir}/reports/demo/2022.mdx:19`);
      expect(output).toMatch(/日期“2月30日”不存在[\s\S]*例如 2月28日/);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  }, 180_000);
});
