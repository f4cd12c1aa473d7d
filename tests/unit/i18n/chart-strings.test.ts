import { describe, expect, it } from 'vitest';
import { chartHeading, chartSources, type LegendEntry } from '../../../src/lib/charts/chart-figure.ts';
import { palette } from '../../../src/lib/charts/palette.ts';
import { barSpec, lineSpec, specPoints } from '../../../src/lib/charts/specs.ts';
import { metric } from '../../../src/lib/model/catalog.ts';
import { chartTitle, legendNote, sourceList } from '../../../src/i18n/chart-strings.ts';
import { UI } from '../../../src/i18n/ui.ts';
import { visitsRow } from '../../support/factories.ts';

const rows = [
  visitsRow('beihai', 2020, 500000, '50万'),
  visitsRow('beihai', 2021, 420000, '42万'),
  visitsRow('nanhai', 2023, 176282, '176282'),
];
const colors = palette(['beihai', 'nanhai']);
const m = metric('use.visits');
const specs = [
  barSpec(rows, 'use.visits', colors),
  barSpec(rows, 'use.visits', colors, 2021),
  lineSpec(rows, 'use.visits', colors),
  lineSpec(rows, 'use.visits', colors, ['beihai']),
].flatMap((s) => (s ? [s] : []));

describe('chart titles', () => {
  it.each(specs.map((s) => [s.id, s] as const))('the Chinese title of %s is the spec’s own', (_, spec) => {
    expect(chartTitle(chartHeading(spec), m.label, UI.zh.chart)).toBe(spec.title);
  });

  it('English titles say the same in English', () => {
    expect(specs.map((s) => chartTitle(chartHeading(s), m.labelEn, UI.en.chart))).toEqual([
      `${m.labelEn}: each library’s latest year`,
      `${m.labelEn}: each library, 2021`,
      `${m.labelEn}: over the years`,
      `${m.labelEn}: over the years`,
    ]);
  });
});

describe('legend notes', () => {
  const selection = (kind: 'bar' | 'line'): LegendEntry => ({
    kind: 'selection',
    selection: { kind, text: '共 30 个馆，图中画出……', total: 30, drawn: kind === 'bar' ? 10 : 7 },
  });
  const notes = (locale: 'zh' | 'en'): string[] =>
    [
      selection('bar'),
      selection('line'),
      { kind: 'inexact', chart: 'bar' } as const,
      { kind: 'inexact', chart: 'line' } as const,
      { kind: 'part-year' } as const,
      { kind: 'stack-order' } as const,
    ].map((e) => (e.kind === 'series' ? '' : legendNote(e, UI[locale].chart)));

  it('Chinese repeats the spec’s selection sentence and says how inexact values look', () => {
    const zh = notes('zh');
    expect(zh[0]).toBe('共 30 个馆，图中画出……；下表列出全部数值');
    expect(zh[2]).toMatch(/^斜线填充＝约数或下限/);
    expect(zh[3]).toMatch(/^空心点、虚线＝约数或下限/);
    expect(zh[4]).toBe('＊＝非全年数据');
  });

  it('English gives the selection’s numbers, and every note differs', () => {
    const en = notes('en');
    expect(en[0]).toBe(
      'Of 30 libraries, the chart draws the 10 largest and the 10 smallest values; the table lists every value',
    );
    expect(en[1]).toContain('draws the 7 with the largest latest values');
    expect(new Set(en).size).toBe(en.length);
    for (const n of en) expect(n).not.toMatch(/[\u4e00-\u9fff]/);
  });
});

describe('source lists', () => {
  const sources = chartSources(specPoints(specs[2] ?? specs[0]!));

  it('names each report', () => {
    expect(sourceList(sources, UI.zh.chart)).toBe(
      'beihai馆 2020年工作总结；beihai馆 2021年工作总结；nanhai馆 2023年工作总结',
    );
    expect(sourceList(sources, UI.en.chart)).toBe(
      'beihai馆, 2020 work report; beihai馆, 2021 work report; nanhai馆, 2023 work report',
    );
  });

  it('counts many', () => {
    const count = { kind: 'count', libraries: 30, reports: 45, from: 2019, to: 2023 } as const;
    expect(sourceList(count, UI.zh.chart)).toBe('30 个馆的 45 份工作总结（2019—2023年）');
    expect(sourceList(count, UI.en.chart)).toBe('45 work reports of 30 libraries (2019–2023)');
  });
});
