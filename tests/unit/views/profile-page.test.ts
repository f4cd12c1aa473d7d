/** The library profile's view: sections per language, latest year, parts, problems, figures and reports in order. */
import { describe, expect, it } from 'vitest';
import { palette } from '../../../src/lib/charts/palette.ts';
import {
  CHINESE_ONLY_SECTIONS,
  PROFILE_SECTIONS,
  partBars,
  profileView,
  type ProfileInput,
  type ProfileReport,
} from '../../../src/lib/views/profile-page.ts';
import { figureRow } from '../../support/factories.ts';

const report = (year: number, over: Partial<ProfileReport> = {}): ProfileReport => ({
  year,
  title: `测试馆${year}年工作总结`,
  figureCount: 2,
  problems: [],
  plans: [],
  planReview: [],
  ...over,
});

const rows = [
  figureRow({ library: 'a', year: 2020, metric: 'collection.total', value: 100 }),
  figureRow({ library: 'a', year: 2020, metric: 'use.visits', value: 50 }),
  figureRow({ library: 'a', year: 2021, metric: 'collection.total', value: 120 }),
  figureRow({ library: 'a', year: 2021, metric: 'events.lectures', value: 10 }),
  figureRow({ library: 'a', year: 2021, metric: 'events.exhibitions', value: 40, qualifier: 'about' }),
];

const input = (over: Partial<ProfileInput> = {}): ProfileInput => ({
  library: 'a',
  reports: [report(2020, { problems: ['经费不足\n详见附表'] }), report(2021, { problems: ['人手紧张'] })],
  rows,
  events: [{ id: 'e-2021-03-01-1', start: '2021-03-01', text: '3月1日，开馆。', precision: 'day' }],
  awardCount: 1,
  colors: palette(['a', 'b']),
  ...over,
});

describe('profileView', () => {
  it('takes the latest report’s year and lists report years oldest first, reports newest first', () => {
    const v = profileView(input(), 'zh');
    expect(v.year).toBe(2021);
    expect(v.years).toEqual([2020, 2021]);
    expect(v.reports.map((r) => r.year)).toEqual([2021, 2020]);
  });

  it('a change is computed only from last year’s figure of the same scope', () => {
    const network = rows.map((r) => (r.year === 2020 ? { ...r, scope: 'network' as const } : r));
    const v = profileView(input({ rows: network }), 'zh');
    expect(v.headlines[0]?.computed).toBeUndefined();
  });

  it('shows every section the library has in Chinese, in page order', () => {
    const v = profileView(input(), 'zh');
    // No plans in these reports: the plans section is left out.
    expect([...v.sections]).toEqual(PROFILE_SECTIONS.filter((s) => s !== 'plans'));
    expect(v.leftOut).toEqual([]);
  });

  it('leaves the Chinese-only sections to the Chinese page in English, and says which', () => {
    const v = profileView(input(), 'en');
    for (const s of CHINESE_ONLY_SECTIONS) expect(v.sections.has(s)).toBe(false);
    expect(v.leftOut).toEqual(['indicators', 'monthly']);
    expect(v.sections.has('headline')).toBe(true);
    expect(v.sections.has('problems')).toBe(true);
  });

  it('has no monthly section when every event is dated by year only', () => {
    const v = profileView(input({ events: [{ id: 'e', start: '2021', text: '全年', precision: 'year' }] }), 'zh');
    expect(v.sections.has('monthly')).toBe(false);
  });

  it('without reports: no headline, indicators or parts, the year is 0', () => {
    const v = profileView(input({ reports: [], rows: [], awardCount: 0 }), 'zh');
    expect(v.year).toBe(0);
    expect([...v.sections]).toEqual(['monthly', 'years', 'reports']);
  });

  it('headline figures (every figure of the latest year, headline metrics first) and indicators are those of the latest year', () => {
    const v = profileView(input(), 'zh');
    expect(v.headlines.map((h) => [h.row.metric, h.row.year])).toEqual([
      ['collection.total', 2021],
      ['events.lectures', 2021],
      ['events.exhibitions', 2021],
    ]);
    expect(v.headlines[0]?.computed?.text).toBe('+20%');
    expect(v.indicators.present.every((i) => i.present)).toBe(true);
    expect(v.indicators.missing.length).toBeGreaterThan(0);
    expect(v.indicators.missing.every((i) => !i.present && i.reason)).toBe(true);
  });

  it('small multiples for metrics in two or more years, in the library’s colour', () => {
    const v = profileView(input(), 'zh');
    expect(v.multiples.map((m) => m.metric)).toEqual(['collection.total']);
    expect(v.color).toBe(palette(['a', 'b']).get('a')?.color);
    expect(profileView(input({ colors: new Map() }), 'zh').color).toBe('#0072B2');
  });

  it('parts of the latest year, scaled to the largest; hasParts says whether any has a figure', () => {
    const v = profileView(input(), 'zh');
    expect(v.parts.map((p) => p.key)).toEqual(['events', 'titles', 'education']);
    expect(v.parts[0]?.bars.map((b) => [b.row.metric, b.share])).toEqual([
      ['events.lectures', 0.25],
      ['events.exhibitions', 1],
    ]);
    expect(v.hasParts).toBe(true);
    expect(profileView(input({ rows: rows.slice(0, 3) }), 'zh').hasParts).toBe(false);
  });

  it('problems newest first, each with its heading (when it has one) and its text', () => {
    expect(profileView(input(), 'zh').problems).toEqual([
      { year: 2021, items: [{ heading: '', text: '人手紧张' }] },
      { year: 2020, items: [{ heading: '经费不足', text: '详见附表' }] },
    ]);
  });

  it('every figure, newest report first, catalog order kept within a report', () => {
    const v = profileView(input(), 'zh');
    expect(v.allRows.map((r) => `${r.year} ${r.metric}`)).toEqual([
      '2021 collection.total',
      '2021 events.lectures',
      '2021 events.exhibitions',
      '2020 collection.total',
      '2020 use.visits',
    ]);
  });
});

describe('partBars', () => {
  it('keeps the metrics’ order, skips those not given, never divides by less than 1', () => {
    const small = [figureRow({ library: 'a', year: 2021, metric: 'staff.senior', value: 0.5 })];
    expect(partBars(['staff.junior', 'staff.senior'], small).map((b) => [b.row.metric, b.share])).toEqual([
      ['staff.senior', 0.5],
    ]);
    expect(partBars(['staff.junior'], small)).toEqual([]);
  });
});
