import { describe, expect, it } from 'vitest';
import type { FigureRow } from '../../src/lib/figure-rows.ts';
import { OKABE_ITO, palette } from '../../src/lib/palette.ts';
import { comparePath, figureAnchor, sourcePath, textFragment } from '../../src/lib/provenance.ts';
import { barSpec, lineSpec, specCsvRows, specPoints } from '../../src/lib/series.ts';

const row = (
  library: string,
  year: number,
  value: number,
  written: string,
  qualifier = 'exact',
  extra: Partial<FigureRow> = {},
): FigureRow => ({
  library,
  libraryName: `${library}馆`,
  year,
  metric: 'use.visits',
  label: '接待读者（进馆）',
  value,
  qualifier,
  unit: '人次',
  written,
  period: '',
  change: '',
  note: '',
  discrepancy: '',
  quote: `全年接待读者${written}人次。`,
  quoteLine: 1,
  ...extra,
});

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
