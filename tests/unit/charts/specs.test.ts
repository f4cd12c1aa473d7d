import { describe, expect, it } from 'vitest';
import type { FigureRow } from '../../../src/lib/model/figure-rows.ts';
import { visitsRow } from '../../support/factories.ts';
import { OKABE_ITO, palette } from '../../../src/lib/charts/palette.ts';
import { comparePath, figureAnchor, sourcePath, textFragment } from '../../../src/lib/site/paths.ts';
import { chartConfig } from '../../../src/lib/charts/chart-config.ts';
import { LIGHT_THEME } from '../../../src/lib/charts/count-chart-config.ts';
import {
  barSpec,
  DRAWN_BARS,
  DRAWN_LINES,
  drawnSpec,
  lineSpec,
  specCsvRows,
  specPoints,
} from '../../../src/lib/charts/specs.ts';

const row = visitsRow;

const rows: FigureRow[] = [
  row('beihai', 2020, 500000, '50万多', 'more-than'),
  row('beihai', 2021, 420000, '42万多', 'more-than'),
  row('balinzuoqi', 2021, 35000, '3.5万余', 'more-than', { period: '' }),
  row('nanhai', 2023, 176282, '176282'),
];
const colors = palette(['nanhai', 'beihai', 'balinzuoqi']);

describe('palette', () => {
  it('assigns Okabe–Ito colours by sorted id, whatever the input order', () => {
    expect(colors.get('balinzuoqi')?.color).toBe(OKABE_ITO[0]);
    expect(colors.get('beihai')?.color).toBe(OKABE_ITO[1]);
    expect(palette(['beihai', 'balinzuoqi', 'nanhai'])).toEqual(colors);
  });
  it('gives each library a distinct shape too', () => {
    const shapes = [...colors.values()].map((s) => s.shape);
    expect(new Set(shapes).size).toBe(shapes.length);
  });
});

describe('provenance', () => {
  it('anchors figures by metric id', () => expect(figureAnchor('use.circulation')).toBe('fig-use-circulation'));
  it('uses the whole short sentence as a text fragment, encoding - , &', () => {
    expect(textFragment('大专学历7人，本科28人。')).toBe(`:~:text=${encodeURIComponent('大专学历7人，本科28人。')}`);
    expect(textFragment('a-b & c')).toBe(':~:text=a%2Db%20%26%20c');
  });
  it('uses start,end of a long sentence', () => {
    const s = '2023 年，全区总分馆全年实现文献流通量 126.38 万册次，同比增长 10.66%；';
    const f = textFragment(s);
    expect(f.startsWith(`:~:text=${encodeURIComponent('2023 年，全区总分馆全年')}`)).toBe(true);
    expect(f.endsWith(`,${encodeURIComponent('10.66%；')}`)).toBe(true);
  });
  it('links to the report row plus the sentence; no fragment when the sentence is unknown', () => {
    expect(sourcePath({ library: 'beihai', year: 2021, metric: 'use.visits', quote: '' })).toBe(
      '/reports/beihai/2021/#fig-use-visits',
    );
    expect(comparePath('collection.total')).toBe('/compare/collection/total/');
  });
});

describe('barSpec', () => {
  it('takes each library’s latest figure, largest first, naming years when they differ', () => {
    const spec = barSpec(rows, 'use.visits', colors);
    expect(spec?.categories).toEqual(['beihai馆（2021年）', 'nanhai馆（2023年）', 'balinzuoqi馆（2021年）']);
    expect(specPoints(spec!).map((p) => p.written)).toEqual(['42万多', '176282', '3.5万余']);
    expect(spec?.hasInexact).toBe(true);
    expect(spec?.summary).toBe(
      '柱状图，接待读者（进馆）：各馆最近一年，共 3 个馆：beihai馆42万多人次（2021年），nanhai馆176282人次（2023年），balinzuoqi馆3.5万余人次（2021年）；beihai馆最多。',
    );
  });
  it('restricts to one year when asked', () => {
    const spec = barSpec(rows, 'use.visits', colors, 2021);
    expect(spec?.categories).toEqual(['beihai馆', 'balinzuoqi馆']);
    expect(spec?.title).toBe('接待读者（进馆）：2021年各馆');
  });
  it('is undefined without figures', () => expect(barSpec(rows, 'use.loans', colors)).toBeUndefined());
});

describe('lineSpec', () => {
  it('aligns every library on all years, null where missing, colours from the palette', () => {
    const spec = lineSpec(rows, 'use.visits', colors);
    expect(spec?.categories).toEqual(['2020年', '2021年', '2022年', '2023年']);
    const beihai = spec?.series.find((s) => s.key === 'beihai');
    expect(beihai?.points.map((p) => p?.value ?? null)).toEqual([500000, 420000, null, null]);
    expect(beihai?.color).toBe(colors.get('beihai')?.color);
    expect(spec?.summary).toContain('beihai馆2020年50万多人次、2021年42万多人次');
  });
  it('serialises to JSON and back unchanged', () => {
    const spec = lineSpec(rows, 'use.visits', colors);
    expect(JSON.parse(JSON.stringify(spec))).toEqual(spec);
  });
  it('CSV rows are exactly the drawn points, with absolute source URLs', () => {
    const spec = lineSpec(rows, 'use.visits', colors);
    const csv = specCsvRows(spec!, (p) => `https://example.org${p}`);
    expect(csv).toHaveLength(4);
    expect(csv[0]).toMatchObject({
      library: 'balinzuoqi',
      year: 2021,
      value: 35000,
      qualifier: 'more-than',
      written: '3.5万余',
    });
    expect(String(csv[0]?.source)).toBe('https://example.org/reports/balinzuoqi/2021/#num-use-visits');
  });
});

describe('drawnSpec', () => {
  // 30 libraries with distinct values; lib-00 has the smallest, lib-29 the largest, all in 2021 (2020 too for some).
  const many = Array.from({ length: 30 }, (_, i) => {
    const id = `lib-${String(i).padStart(2, '0')}`;
    return [row(id, 2021, 1000 + i, String(1000 + i)), ...(i % 3 ? [] : [row(id, 2020, 2000 - i, `${2000 - i}`)])];
  }).flat();
  const manyColors = palette(many.map((r) => r.library));

  it('returns a spec with few libraries unchanged', () => {
    const bar = barSpec(rows, 'use.visits', colors)!;
    expect(drawnSpec(bar)).toBe(bar);
    const line = lineSpec(rows, 'use.visits', colors)!;
    expect(drawnSpec(line)).toBe(line);
  });

  it('draws the largest and smallest bars with a named gap, values untouched', () => {
    const bar = barSpec(many, 'use.visits', manyColors)!;
    const view = drawnSpec(bar);
    const half = DRAWN_BARS / 2;
    expect(view.categories).toHaveLength(DRAWN_BARS + 1);
    expect(view.categories[half]).toBe(`⋯ 另 ${30 - DRAWN_BARS} 个馆`);
    const pts = view.series[0]!.points;
    expect(pts[half]).toBeNull();
    expect(pts[0]!.library).toBe('lib-29');
    expect(pts.at(-1)!.library).toBe('lib-00');
    // Every drawn point is one of the spec's own points, with its written form.
    const own = new Set(specPoints(bar));
    for (const p of specPoints(view)) expect(own.has(p)).toBe(true);
    expect(view.selection).toBe(`共 30 个馆，图中画出数值最大的 ${half} 个和最小的 ${half} 个`);
    expect(view.summary).toContain(view.selection);
    expect(view.summary).not.toContain('lib-15馆');
    // The full spec keeps every library for the table and the CSV.
    expect(specPoints(bar)).toHaveLength(30);
  });

  it('draws the lines of the largest latest values, in the spec’s order', () => {
    const line = lineSpec(many, 'use.visits', manyColors)!;
    const view = drawnSpec(line);
    const expected = Array.from({ length: DRAWN_LINES }, (_, i) => `lib-${29 - DRAWN_LINES + 1 + i}`);
    expect(view.series.map((s) => s.key)).toEqual(expected);
    expect(view.categories).toEqual(line.categories);
    expect(view.summary).toContain(`图中画出各馆最近一年数值最大的 ${DRAWN_LINES} 个`);
    expect(view.summary).not.toContain('lib-00馆');
  });

  it('keeps the gap as an empty category in the chart configuration', () => {
    const view = drawnSpec(barSpec(many, 'use.visits', manyColors)!);
    const c = chartConfig(view, { scale: 'linear' }, LIGHT_THEME);
    expect(c.data.labels).toHaveLength(DRAWN_BARS + 1);
    expect(c.data.datasets[0]!.data[DRAWN_BARS / 2]).toBeNull();
  });
});
