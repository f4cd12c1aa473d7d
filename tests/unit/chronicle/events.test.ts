/**
 * The chronicle extractor: golden files (tests/fixtures/chronicle/*.md → *.json; UPDATE_GOLDEN=1
 * rewrites them, review the diff), timeline order, and the real 北海 chronicles — one event per dated
 * paragraph, nothing lost, nothing split.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { blankFrontmatter, extractEvents, sortEvents } from '../../../src/lib/chronicle/events.ts';
import { parseSource } from '../../../src/check/frontmatter.ts';

const DIR = 'tests/fixtures/chronicle';
const fixtures = readdirSync(DIR)
  .filter((f) => f.endsWith('.md'))
  .sort();

function extractFixture(name: string) {
  const text = readFileSync(join(DIR, name), 'utf8');
  const library = /^library:\s*(\S+)/m.exec(text)?.[1] ?? '';
  const year = Number(/^year:\s*(\d{4})/m.exec(text)?.[1]);
  return extractEvents(blankFrontmatter(text), { library, year });
}

describe('golden files', () => {
  it('covers every fixture', () => expect(fixtures.length).toBeGreaterThanOrEqual(6));

  it.each(fixtures)('%s', (name) => {
    const actual = extractFixture(name);
    const golden = join(DIR, name.replace(/\.md$/, '.json'));
    if (process.env['UPDATE_GOLDEN'] || !existsSync(golden))
      writeFileSync(golden, `${JSON.stringify(actual, null, 2)}\n`);
    expect(actual).toEqual(JSON.parse(readFileSync(golden, 'utf8')));
  });
});

describe('extractEvents', () => {
  it('keeps entries as written and sorts them for timelines by start, then line', () => {
    const { events } = extractFixture('out-of-order.md');
    expect(events.map((e) => e.start)).toEqual([
      '2020-03-27',
      '2020-03-16',
      '2020-03-30',
      '2020-06-29',
      '2020-06-25',
      '2020-02',
      '2020-02-01',
    ]);
    expect(sortEvents(events).map((e) => e.start)).toEqual([
      '2020-02',
      '2020-02-01',
      '2020-03-16',
      '2020-03-27',
      '2020-03-30',
      '2020-06-25',
      '2020-06-29',
    ]);
  });

  it('appends a continuation paragraph to the entry before it', () => {
    const { events, problems } = extractFixture('continuation.md');
    expect(events).toHaveLength(3);
    expect(events[0]?.text).toBe(
      '1月19日，由北海市图书馆主办的环保小卫士寒假活动在市图书馆少儿阅览活动室成功举办，主题为“垃圾分类”。',
    );
    expect(problems.map((p) => [p.code, p.severity])).toEqual([['chronicle/no-date', 'warning']]);
  });

  it('numbers events of the same day in text order', () => {
    const { events } = extractFixture('continuation.md');
    expect(events.map((e) => e.id)).toEqual(['e-2020-01-19-1', 'e-2020-01-19-2', 'e-2020-01-21-1']);
  });

  it('reports each failure with its line and does not attach what follows to an earlier entry', () => {
    const { events, problems } = extractFixture('failures.md');
    expect(problems.map((p) => [p.code, p.line])).toEqual([
      ['chronicle/impossible-date', 8],
      ['chronicle/out-of-year', 12],
      ['chronicle/reversed-range', 14],
      ['chronicle/impossible-date', 16],
      ['chronicle/impossible-date', 18],
    ]);
    expect(events.map((e) => e.text)).toEqual(['5月1日，这一条是好的。']);
  });
});

/** Paragraphs of a chronicle that start with a digit, counted without the extractor. */
function datedParagraphs(mdx: string): number {
  const body = parseSource(mdx).body;
  const section = body.slice(body.search(/^##\s.*大事记/m)).split(/\n(?=##\s)/)[0] ?? '';
  return section
    .split(/\n\s*\n/)
    .slice(1)
    .filter((p) => /^\s*\d/.test(p)).length;
}

describe.each([
  [2020, 217],
  [2021, 162],
])('北海 %i chronicle', (year, expected) => {
  const mdx = readFileSync(`content/reports/beihai/${year}.mdx`, 'utf8');
  const src = parseSource(mdx);
  const { events, problems } = extractEvents(src.body, { library: 'beihai', year });

  it('has one event per dated paragraph: nothing lost, nothing split', () => {
    expect(datedParagraphs(mdx)).toBe(expected);
    expect(events.filter((e) => e.source === 'chronicle')).toHaveLength(expected);
  });

  it('has no errors, unique ids, and every date in the year', () => {
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(new Set(events.map((e) => e.id)).size).toBe(events.length);
    for (const e of events) {
      expect(e.start.startsWith(String(year))).toBe(true);
      if (e.end) expect(e.end > e.start).toBe(true);
    }
  });

  it('starts every event text with the date it was read from', () => {
    for (const e of events) expect(e.text).toMatch(/^\d/);
  });
});

describe('北海 2021: the irregular entries', () => {
  const { events, problems } = extractEvents(
    parseSource(readFileSync('content/reports/beihai/2021.mdx', 'utf8')).body,
    { library: 'beihai', year: 2021 },
  );
  const at = (prefix: string) => events.find((e) => e.text.startsWith(prefix));

  it.each([
    ['1日27日', { start: '2021-01-27', precision: 'day' }],
    ['2月27号上午', { start: '2021-02-27', time: '上午' }],
    ['4月25日——28日', { start: '2021-04-25', end: '2021-04-28' }],
    ['10月24日--26日', { start: '2021-10-24', end: '2021-10-26' }],
    ['12月22日至2021年12月24日', { start: '2021-12-22', end: '2021-12-24' }],
    ['12月10日晚', { start: '2021-12-10', time: '晚' }],
    ['2021年北海市图书馆荣获', { start: '2021', precision: 'year' }],
  ])('%s', (prefix, expected) => expect(at(prefix)).toMatchObject(expected));

  it('lists the 1日27日 typo as a notice', () => {
    expect(problems).toEqual([
      expect.objectContaining({ severity: 'warning', code: 'chronicle/day-for-month', field: '大事记' }),
    ]);
  });
});
