/** Plans and outcomes as the profile shows them: status counts, first lines, evidence with its words and path. */
import { describe, expect, it } from 'vitest';
import type { PlanReport } from '../../../src/lib/model/plan-outcomes.ts';
import { firstLine, planOutcomes, snippet } from '../../../src/lib/views/profile-plans.ts';

const reports: PlanReport[] = [
  {
    library: 't',
    year: 2021,
    plans: [
      { id: 'rooms', text: '建成两个城市书房。\n分两期实施。' },
      { id: 'dome', text: '完成屋顶维修。' },
      { id: 'app', text: '上线新版应用。' },
    ],
    planReview: [],
  },
  {
    library: 't',
    year: 2022,
    plans: [{ id: 'next', text: '推进新馆建设。' }],
    planReview: [
      {
        plan: 'rooms',
        status: 'done',
        evidence: [{ event: 'e-2022-03-31-1' }, { quote: '我馆建成城市书房两处' }, { event: 'e-missing' }],
      },
      { plan: 'dome', status: 'no-evidence', evidence: [], note: '报告未提及' },
    ],
  },
];
const events = [{ id: 'e-2022-03-31-1', start: '2022-03-31', text: '3月31日，城市书房（海滨点）揭牌开放。' }];

describe('planOutcomes', () => {
  const [latest, reviewed] = planOutcomes('t', reports, events);

  it('lists the newest plan first; the latest is not reviewable yet', () => {
    expect(latest?.planYear).toBe(2022);
    expect(latest?.reviewedIn).toBeUndefined();
    expect(latest?.planPath).toBe('/reports/t/2022/');
    expect(latest?.items.map((i) => i.evidence)).toEqual([[]]);
  });

  it('counts statuses in display order, leaving out those with none, and the items not checked', () => {
    expect(reviewed?.reviewedIn).toBe(2022);
    expect(reviewed?.counts).toEqual([
      { status: 'done', count: 1 },
      { status: 'no-evidence', count: 1 },
    ]);
    expect(reviewed?.pending).toBe(1);
  });

  it('shows each item by its first line, with the status and note an editor recorded', () => {
    expect(reviewed?.items.map((i) => [i.text, i.status, i.note])).toEqual([
      ['建成两个城市书房。', 'done', undefined],
      ['完成屋顶维修。', 'no-evidence', '报告未提及'],
      ['上线新版应用。', undefined, undefined],
    ]);
  });

  it('evidence: an event with its date and words after the date, a quote, an unknown event by id', () => {
    const [event, quote, unknown] = reviewed?.items[0]?.evidence ?? [];
    expect(event).toEqual({
      kind: 'event',
      id: 'e-2022-03-31-1',
      start: '2022-03-31',
      words: '城市书房（海滨点）揭牌开放。',
      path: '/reports/t/2022/#e-2022-03-31-1',
    });
    expect(quote?.kind).toBe('quote');
    expect(quote?.words).toBe('我馆建成城市书房两处');
    expect(quote?.path).toMatch(/^\/reports\/t\/2022\/#:~:text=/);
    expect(unknown).toEqual({
      kind: 'event',
      id: 'e-missing',
      start: undefined,
      words: '',
      path: '/reports/t/2022/#e-missing',
    });
  });

  it('is empty when no report has plans', () => {
    expect(planOutcomes('t', [{ ...reports[0]!, plans: [] }], [])).toEqual([]);
  });
});

describe('text helpers', () => {
  it.each([
    ['一二三', 3, '一二三'],
    ['一二三四', 3, '一二三……'],
    ['𠀀𠀁𠀂𠀃', 3, '𠀀𠀁𠀂……'],
  ])('snippet(%s, %d) = %s', (text, n, out) => {
    expect(snippet(text, n)).toBe(out);
  });

  it('firstLine keeps the first line only', () => {
    expect(firstLine('甲\n乙')).toBe('甲');
    expect(firstLine('甲')).toBe('甲');
  });
});
