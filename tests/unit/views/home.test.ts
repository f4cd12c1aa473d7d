/** The home page's side-by-side table: home headline metrics only, rows nobody reports left out, gaps kept. */
import { describe, expect, it } from 'vitest';
import { HEADLINE_METRICS, HOME_METRICS } from '../../../src/lib/views/profile.ts';
import { homeReadingZh, homeTable, reportCount } from '../../../src/lib/views/home.ts';
import { figureRow } from '../../support/factories.ts';

const a = {
  years: [2020, 2021],
  rows: [
    figureRow({ library: 'a', year: 2021, metric: 'use.visits', value: 7 }),
    figureRow({ library: 'a', year: 2021, metric: 'collection.total', value: 9 }),
    figureRow({ library: 'a', year: 2021, metric: 'staff.actual', value: 30 }),
  ],
};
const b = { years: [2023], rows: [figureRow({ library: 'b', year: 2023, metric: 'use.visits', value: 5 })] };

describe('homeTable', () => {
  it('has a row per home metric someone reports, in headline order, a cell per library', () => {
    const table = homeTable([a, b]);
    expect(table.map((r) => r.metric.id)).toEqual(['collection.total', 'use.visits']);
    expect(table[0]?.cells.map((c) => c?.value)).toEqual([9, undefined]);
    expect(table[1]?.cells.map((c) => c?.value)).toEqual([7, 5]);
  });

  it('leaves out headline metrics that are not on the home table (staff.actual)', () => {
    expect(HEADLINE_METRICS).toContain('staff.actual');
    expect(homeTable([a]).some((r) => r.metric.id === 'staff.actual')).toBe(false);
    expect(homeTable([a], ['staff.actual']).map((r) => r.metric.id)).toEqual(['staff.actual']);
  });

  it('is empty without libraries', () => {
    expect(homeTable([])).toEqual([]);
  });

  it('counts the reports of all libraries', () => {
    expect(reportCount([a, b])).toBe(3);
    expect(reportCount([])).toBe(0);
  });
});

describe('the headline list', () => {
  it('home metrics are headline metrics in the same order', () => {
    expect(HOME_METRICS.length).toBeGreaterThan(0);
    expect(HEADLINE_METRICS.filter((m) => HOME_METRICS.includes(m))).toEqual(HOME_METRICS);
  });
});

describe('homeReadingZh', () => {
  it.each([
    [{ value: 364565, qualifier: 'exact', written: '364565' }, '36.4565万'],
    [{ value: 3794200, qualifier: 'exact', written: '379.42万' }, undefined],
    [{ value: 420000, qualifier: 'more-than', written: '42万多' }, '多于42万'],
    [{ value: 301, qualifier: 'exact', written: '301' }, undefined],
  ] as const)('%j → %s', (row, reading) => expect(homeReadingZh(row)).toBe(reading));
});
