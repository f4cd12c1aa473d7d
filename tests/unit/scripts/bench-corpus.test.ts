import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { corpusFiles } from '../../../scripts/bench/corpus.ts';
import { entryDates } from '../../../scripts/bench/chronicle.ts';
import { createRng } from '../../../scripts/bench/prng.ts';
import { buildPools } from '../../../scripts/bench/source-text.ts';
import { METRICS } from '../../../src/lib/model/catalog.ts';
import { checkContent } from '../../../src/check/check-content.ts';
import { parseChronicleDate } from '../../../src/lib/chronicle/dates.ts';
import { extractEvents } from '../../../src/lib/chronicle/events.ts';
import { loadContent } from '../../../src/check/load-content.ts';

const pools = buildPools(loadContent(resolve('content')));
const corpus = (libraries: number, years: number, seed: number) => [...corpusFiles(pools, { libraries, years, seed })];

describe('synthetic corpus', () => {
  it('draws its text from the real reports', () => {
    expect(pools.paragraphs.length).toBeGreaterThan(50);
    expect(pools.entries.length).toBeGreaterThan(300);
    expect(pools.paragraphs.join('')).not.toMatch(/<(Restored|Event)\b/);
  });

  it('is deterministic: same seed, same files; another seed, other files', () => {
    const a = corpus(3, 2, 7);
    expect(corpus(3, 2, 7)).toEqual(a);
    expect(corpus(3, 2, 8).map((f) => f.text)).not.toEqual(a.map((f) => f.text));
    expect(a.map((f) => f.path)).toEqual([
      'libraries/lib-0001.yaml',
      'libraries/lib-0002.yaml',
      'libraries/lib-0003.yaml',
      'reports/lib-0001/2022.mdx',
      'reports/lib-0001/2023.mdx',
      'reports/lib-0002/2022.mdx',
      'reports/lib-0002/2023.mdx',
      'reports/lib-0003/2022.mdx',
      'reports/lib-0003/2023.mdx',
    ]);
  });

  it('passes the content check with no errors and no warnings, every metric stated in the text', () => {
    const files = corpus(12, 2, 1);
    const result = checkContent(files, { displayRoot: '.bench/test' });
    expect(result.problems).toEqual([]);
    expect(result.reports).toHaveLength(24);
    const figures = result.reports.flatMap((r) => Object.values(r.data.figures));
    for (const r of result.reports) expect(Object.keys(r.data.figures).sort()).toEqual(METRICS.map((m) => m.id).sort());
    const qualifiers = new Set(figures.map((f) => f.qualifier));
    expect([...qualifiers].sort()).toEqual(['about', 'at-least', 'exact', 'more-than', 'nearly']);
    expect(figures.some((f) => f.period)).toBe(true);
    expect(figures.some((f) => f.change)).toBe(true);
    expect(figures.some((f) => f.discrepancy)).toBe(true);
    // The second year of each library reviews the first year's plans (done with an event, partly with a quote, or no evidence).
    expect(result.reports.filter((r) => r.data.year === 2023).every((r) => r.data.planReview.length >= 3)).toBe(true);
  });

  it('writes a 大事记 of 100–250 entries, every date valid and in the report year', () => {
    for (const f of corpus(2, 2, 3).filter((f) => f.path.startsWith('reports/'))) {
      const year = Number(/(\d{4})\.mdx$/.exec(f.path)?.[1]);
      const body = f.text.slice(f.text.indexOf('\n---\n') + 5);
      const { events, problems } = extractEvents(body, { library: 'x', year });
      expect(problems).toEqual([]);
      const chronicle = events.filter((e) => e.source === 'chronicle');
      expect(chronicle.length).toBeGreaterThanOrEqual(100);
      expect(chronicle.length).toBeLessThanOrEqual(250);
      expect(chronicle.every((e) => e.start.startsWith(String(year)))).toBe(true);
    }
  });

  it.each([2020, 2023, 2024])('uses every date form, each parsed back within %i', (year) => {
    const dates = entryDates(createRng(year), year, 2000);
    const shapes = new Set<string>();
    for (const d of dates) {
      const parsed = parseChronicleDate(`${d.written}，某馆举办活动。`, year);
      expect(parsed?.matchedText).toBe(d.written);
      expect(parsed?.start.startsWith(String(year))).toBe(true);
      if (parsed?.end) expect(parsed.end >= parsed.start && parsed.end.startsWith(String(year))).toBe(true);
      shapes.add(d.written.replace(/\d+/g, 'N'));
    }
    expect([...shapes].sort()).toEqual(
      [
        'N月',
        'N月-N月',
        'N月N-N月N日',
        'N月N号',
        'N月N日',
        'N月N日-N月N日',
        'N月N日——N日',
        'N月N日上午',
        'N月N日下午',
        'N月N日晚',
        'N月N日至N日',
        'N月N日至N日期间',
        'N月N日至N月N日',
      ].sort(),
    );
  });
});
