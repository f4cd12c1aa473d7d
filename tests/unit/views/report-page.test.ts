/** The report page's view: the text on the Chinese page only, figure groups, header items, the timeline summary. */
import { describe, expect, it } from 'vitest';
import {
  REPORT_SECTIONS,
  SHORT_TIMELINE,
  figureGroups,
  reportTimeline,
  reportView,
  type ReportInput,
} from '../../../src/lib/views/report-page.ts';
import { figureRow } from '../../support/factories.ts';
import type { ChronicleEvent } from '../../../src/lib/chronicle/event-schema.ts';

const event = (
  n: number,
  source: 'chronicle' | 'text',
  categories: ChronicleEvent['categories'] = [],
): ChronicleEvent => ({
  id: `e-2021-03-${String(n).padStart(2, '0')}-1`,
  library: 'a',
  year: 2021,
  start: `2021-03-${String(n).padStart(2, '0')}`,
  precision: 'day',
  text: '举办讲座。',
  categories,
  line: n,
  source,
});

const rows = [
  figureRow({ library: 'a', year: 2021, metric: 'collection.total' }),
  figureRow({ library: 'a', year: 2021, metric: 'use.visits', qualifier: 'about', quote: '' }),
  figureRow({ library: 'a', year: 2021, metric: 'staff.actual', qualifier: 'more-than' }),
];

const input = (over: Partial<ReportInput> = {}): ReportInput => ({
  library: { id: 'a', name: '甲馆' },
  year: 2021,
  title: '甲馆2021年工作总结',
  published: '2021-12-31',
  rows,
  events: [event(1, 'chronicle', ['lecture']), event(2, 'text', ['lecture', 'online'])],
  headings: [
    { depth: 2, slug: 'a', text: '一、概述' },
    { depth: 3, slug: 'b', text: '（一）' },
    { depth: 4, slug: 'c', text: '1.' },
  ],
  noteCount: 2,
  leaders: 1,
  awards: 0,
  problems: 3,
  plans: 0,
  ...over,
});

describe('reportView', () => {
  it('Chinese: the text on the page with its contents (depth 2–3), notes, one figures table', () => {
    const v = reportView(input(), 'zh');
    expect(v.textOnPage).toBe(true);
    expect(v.grouped).toBe(false);
    expect(v.toc.map((h) => h.slug)).toEqual(['a', 'b']);
    expect([...v.sections]).toEqual(['notes', 'text', 'timeline', 'figures', 'leadership', 'problems']);
  });

  it('English: no text, notes or contents; the figures by group; the same other sections', () => {
    const v = reportView(input(), 'en');
    expect(v.textOnPage).toBe(false);
    expect(v.grouped).toBe(true);
    expect(v.toc).toEqual([]);
    expect([...v.sections]).toEqual(['text', 'timeline', 'figures', 'leadership', 'problems']);
  });

  it('every section when the report has everything', () => {
    const full = input({ awards: 1, plans: 2 });
    expect([...reportView(full, 'zh').sections]).toEqual(REPORT_SECTIONS);
    const bare = input({ events: [], noteCount: 0, leaders: 0, problems: 0 });
    expect([...reportView(bare, 'zh').sections]).toEqual(['text', 'figures']);
  });

  it('the line under the heading: the title only where the heading is not the title; no file name', () => {
    expect(reportView(input(), 'zh').meta).toEqual([{ kind: 'published', date: '2021-12-31' }]);
    expect(reportView(input({ published: undefined, dataAsOf: '2021-12' }), 'en').meta).toEqual([
      { kind: 'title', text: '甲馆2021年工作总结' },
      { kind: 'dataAsOf', date: '2021-12' },
    ]);
  });

  it('counts inexact figures and knows whether any number is marked in the text', () => {
    const v = reportView(input(), 'zh');
    expect(v.inexact).toBe(2);
    expect(v.markedFigures).toBe(true);
    expect(reportView(input({ rows: [rows[1]!] }), 'zh').markedFigures).toBe(false);
  });
});

describe('figureGroups', () => {
  it('groups in catalog order, empty groups left out, labels in both languages', () => {
    const groups = figureGroups([...rows].reverse());
    expect(groups.map((g) => [g.id, g.rows.length])).toEqual([
      ['collection', 1],
      ['use', 1],
      ['staff', 1],
    ]);
    expect(groups[0]?.labelEn).toBe('Collection');
    expect(groups[0]?.label).toBe('馆藏与文献建设');
  });
});

describe('reportTimeline', () => {
  it('counts chronicle and text events and categories; a short list is shown in full', () => {
    const t = reportTimeline(input().events, { id: 'a', name: '甲馆' });
    expect([t.total, t.chronicle, t.short]).toEqual([2, 1, true]);
    expect(t.categories).toEqual([
      { id: 'lecture', count: 2 },
      { id: 'online', count: 1 },
    ]);
    expect(t.monthly.series.map((s) => s.label)).toEqual(['甲馆']);
  });

  it('a long list is not', () => {
    const many = Array.from({ length: SHORT_TIMELINE + 1 }, (_, i) => event((i % 28) + 1, 'chronicle'));
    expect(reportTimeline(many, { id: 'a', name: '甲馆' }).short).toBe(false);
    const exactly = many.slice(1);
    expect(reportTimeline(exactly, { id: 'a', name: '甲馆' }).short).toBe(true);
  });
});
