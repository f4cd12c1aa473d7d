/**
 * A compare page keeps unlike things apart: a panel per scope, a ranking only with two or more libraries
 * of the same scope, a history only with two or more years, and the labels listed for the top of the page.
 */
import { describe, expect, it } from 'vitest';
import type { FigureRow } from '../../../src/lib/model/figure-rows.ts';
import { palette } from '../../../src/lib/charts/palette.ts';
import { specPoints } from '../../../src/lib/charts/specs.ts';
import { compareView, labelUses, panelReporters } from '../../../src/lib/views/compare.ts';
import { statedActivity } from '../../../src/lib/views/activity-totals.ts';
import { libraryPerCapita, perCapitaSection, type PeerLibrary } from '../../../src/lib/views/per-capita-view.ts';
import type { IndicatorRow } from '../../../src/lib/open-data/indicator-rows.ts';

const row = (library: string, year: number, value: number, p: Partial<FigureRow> = {}): FigureRow => ({
  library,
  libraryName: `${library}馆`,
  year,
  metric: 'collection.total',
  label: '馆藏总量',
  value,
  qualifier: 'exact',
  unit: '册',
  written: String(value),
  wording: `${value}册`,
  scope: 'library',
  labels: [],
  labelsText: '',
  period: '',
  change: '',
  note: '',
  discrepancy: '',
  quote: `馆藏总量共${value}册。`,
  quoteLine: 1,
  ...p,
});
const colors = palette(['a', 'b', 'c']);

describe('compareView', () => {
  it('puts a network total in its own panel, never a bar beside library-alone bars', () => {
    const rows = [
      row('a', 2020, 349940),
      row('a', 2021, 364565),
      row('b', 2021, 200000),
      row('c', 2023, 3794200, { scope: 'network', labels: ['district-network-total'] }),
    ];
    const v = compareView(rows, 'collection.total', colors);
    expect(v?.separated).toBe(true);
    expect(v?.single).toBe(false);
    expect(v?.panels.map((p) => p.scope)).toEqual(['library', 'network']);
    const [lib, net] = v?.panels ?? [];
    expect(lib?.bar && specPoints(lib.bar).map((p) => p.library)).toEqual(['a', 'b']);
    expect(lib?.line?.id).toBe('line-collection.total');
    // One network library: no one-bar chart, no one-point history.
    expect(net?.bar).toBeUndefined();
    expect(net?.line).toBeUndefined();
    expect(net?.rows.map((r) => r.library)).toEqual(['c']);
    expect(v?.specs.map((s) => s.id)).toEqual(['bar-collection.total', 'line-collection.total']);
    expect(v?.labels.map((l) => [l.ref, l.zh, l.reports])).toEqual([
      ['district-network-total', '全区总分馆合计', [{ library: 'c', libraryName: 'c馆', years: [2023] }]],
    ]);
  });

  it('a metric only one library reports: single, its history only with two or more years', () => {
    const one = compareView([row('a', 2021, 364565)], 'collection.total', colors);
    expect(one?.single).toBe(true);
    expect(one?.specs).toEqual([]);
    const two = compareView([row('a', 2020, 349940), row('a', 2021, 364565)], 'collection.total', colors);
    expect(two?.single).toBe(true);
    expect(two?.specs.map((s) => s.kind)).toEqual(['line']);
  });

  it('a network chart of two libraries has its own id and title, and badges on every point', () => {
    const net = { scope: 'network' as const, labels: ['district-network-total'] };
    const v = compareView([row('b', 2023, 100, net), row('c', 2023, 200, net)], 'collection.total', colors);
    const bar = v?.panels[0]?.bar;
    expect(bar?.id).toBe('bar-collection.total-network');
    expect(bar?.title).toContain('（总分馆体系）');
    expect(bar && specPoints(bar).map((p) => p.badges)).toEqual([
      '总分馆体系，全区总分馆合计',
      '总分馆体系，全区总分馆合计',
    ]);
    expect(bar?.summary).toContain('总分馆体系，全区总分馆合计');
  });

  it('is undefined without figures', () => expect(compareView([], 'collection.total', colors)).toBeUndefined());

  it('lists each label once, with every library and year carrying it', () => {
    const uses = labelUses([
      row('a', 2020, 1, { labels: ['includes-online'] }),
      row('a', 2021, 1, { labels: ['includes-online', 'first-half'] }),
    ]);
    expect(uses.map((u) => [u.ref, u.reports[0]?.years])).toEqual([
      ['includes-online', [2020, 2021]],
      ['first-half', [2021]],
    ]);
  });

  it('names who a panel’s figures come from: each library once, in the rows’ order, with its years', () => {
    const rows = [row('b', 2020, 5), row('b', 2021, 6), row('a', 2021, 7), row('c', 2019, 1), row('c', 2022, 2)];
    expect(panelReporters(rows)).toEqual([
      { library: 'b', libraryName: 'b馆', years: [2020, 2021] },
      { library: 'a', libraryName: 'a馆', years: [2021] },
      { library: 'c', libraryName: 'c馆', years: [2019, 2022] },
    ]);
    expect(panelReporters([])).toEqual([]);
  });

  it('names every reporter of a national-sized panel (20,000 rows, 5,000 libraries)', () => {
    const many = Array.from({ length: 20_000 }, (_, i) => row(`lib-${Math.floor(i / 4)}`, 2019 + (i % 4), i));
    const reporters = panelReporters(many);
    expect(reporters).toHaveLength(5_000);
    expect(reporters[4_999]).toEqual({
      library: 'lib-4999',
      libraryName: 'lib-4999馆',
      years: [2019, 2020, 2021, 2022],
    });
  });
});

describe('statedActivity', () => {
  const ev = (library: string, year: number, metric: string, value: number) =>
    row(library, year, value, { metric, label: metric });
  it('gives each report its stated totals, or its counts by kind when it states no total', () => {
    const out = statedActivity(
      [
        ev('a', 2020, 'events.total', 300),
        ev('a', 2020, 'events.lectures', 74),
        ev('a', 2020, 'events.participants', 200000),
        ev('b', 2021, 'events.exhibitions', 17),
        ev('b', 2021, 'events.training', 4),
        ev('b', 2021, 'use.visits', 35000),
      ],
      ['b', 'a'],
    );
    expect(out.map((s) => [s.library, s.year, s.rows.map((r) => r.metric)])).toEqual([
      ['b', 2021, ['events.exhibitions', 'events.training']],
      ['a', 2020, ['events.total', 'events.participants']],
    ]);
  });
});

describe('per-capita views', () => {
  const lib = (id: string, level: PeerLibrary['level'], hasPopulation: boolean): PeerLibrary => ({
    id,
    name: `${id}馆`,
    nameEn: id,
    level,
    hasPopulation,
  });
  const ind = (library: string, year: number, indicator: string): IndicatorRow =>
    ({ library, year, indicator, value: 0.2 }) as IndicatorRow;
  it('groups libraries by peer class and names the one without a population', () => {
    const s = perCapitaSection(
      'use.visits',
      [lib('a', 'city', true), lib('b', 'county', false)],
      [ind('a', 2021, 'visitsPerCapita'), ind('a', 2020, 'visitsPerCapita'), ind('a', 2021, 'loansPerCapita')],
    );
    expect(s?.def.id).toBe('visitsPerCapita');
    expect(s?.filter).toBe(true);
    expect(
      s?.classes.map((c) => [c.level, c.zh, c.entries.map((e) => [e.library.id, e.rows.map((r) => r.year), e.reason])]),
    ).toEqual([
      ['city', '市', [['a', [2020, 2021], undefined]]],
      ['county', '县·旗', [['b', [], 'no-population']]],
    ]);
  });
  it('has no section for a metric no per-capita indicator divides', () => {
    expect(perCapitaSection('staff.actual', [lib('a', 'city', true)], [])).toBeUndefined();
  });
  it('lists a library’s own values by indicator, oldest year first', () => {
    const out = libraryPerCapita('a', [
      ind('a', 2021, 'visitsPerCapita'),
      ind('a', 2020, 'visitsPerCapita'),
      ind('b', 2020, 'visitsPerCapita'),
    ]);
    expect(out.map((x) => [x.def.id, x.rows.map((r) => r.year)])).toEqual([['visitsPerCapita', [2020, 2021]]]);
  });
});
