import { describe, expect, it } from 'vitest';
import { palette } from '../../../src/lib/charts/palette.ts';
import { DRAWN_BARS } from '../../../src/lib/charts/specs.ts';
import { metric } from '../../../src/lib/model/catalog.ts';
import type { FigureRow } from '../../../src/lib/model/figure-rows.ts';
import { comparePage, type MetricCharts } from '../../../src/lib/views/compare-page.ts';
import { compareView } from '../../../src/lib/views/compare.ts';
import { figureRow } from '../../support/factories.ts';

const LOANS = 'use.loans';
const loans = (library: string, year: number, value: number, extra: Partial<FigureRow> = {}): FigureRow =>
  figureRow({ library, year, value, metric: LOANS, label: metric(LOANS).label, unit: metric(LOANS).unit, ...extra });

function charts(rows: readonly FigureRow[]): MetricCharts {
  const colors = palette(rows.map((r) => r.library));
  const view = compareView(rows, LOANS, colors);
  if (!view) throw new Error('no figures');
  return view;
}

const rows = [
  loans('beihai', 2020, 300000, { note: '含少儿外借' }),
  loans('beihai', 2021, 200000, { period: '上半年' }),
  loans('nanhai', 2023, 100000, { discrepancy: '前后两处写法不同' }),
];
const colors = palette(['beihai', 'nanhai']);

describe('comparePage', () => {
  it('links a look-alike to its compare page when it has figures, else to its definition', () => {
    const look = metric(LOANS).differsFrom?.[0];
    expect(look).toBeDefined();
    const withPage = comparePage(charts(rows), { all: [{ metric: LOANS }, { metric: look?.id ?? '' }], colors });
    expect(withPage.lookAlikes).toEqual([
      { metric: metric(look?.id ?? ''), note: look?.note, noteEn: look?.noteEn, path: '/compare/use/circulation/' },
    ]);
    const without = comparePage(charts(rows), { all: [{ metric: LOANS }], colors });
    expect(without.lookAlikes.map((l) => l.path)).toEqual(['/metrics/#use.circulation']);
    expect(without.metric).toBe(metric(LOANS));
  });

  it('lists the libraries of the charts with their swatches, in the names of the page', () => {
    const zh = comparePage(charts(rows), { all: [], colors });
    expect(zh.libraries).toEqual([
      { id: 'beihai', name: 'beihai馆', swatch: colors.get('beihai') },
      { id: 'nanhai', name: 'nanhai馆', swatch: colors.get('nanhai') },
    ]);
    expect(zh.toggles).toEqual(zh.libraries);
    const en = comparePage(charts(rows), { all: [], colors, names: new Map([['beihai', 'Beihai City Library']]) });
    expect(en.libraries.map((l) => l.name)).toEqual(['Beihai City Library', 'nanhai馆']);
    expect(en.notes.map((p) => p.libraryName)).toEqual(['Beihai City Library']);
  });

  it('flags part-year and inconsistent figures, and lists editors’ notes', () => {
    const page = comparePage(charts(rows), { all: [], colors });
    expect(page.flagged.map((p) => `${p.library} ${p.year}`)).toEqual(['beihai 2021', 'nanhai 2023']);
    expect(page.notes.map((p) => [p.library, p.year, p.note])).toEqual([['beihai', 2020, '含少儿外借']]);
  });

  it('says when the latest years differ', () => {
    expect(comparePage(charts(rows), { all: [], colors }).yearsDiffer).toBe(true);
    const same = [loans('beihai', 2021, 2), loans('nanhai', 2021, 1), loans('nanhai', 2020, 1)];
    expect(comparePage(charts(same), { all: [], colors }).yearsDiffer).toBe(false);
  });

  it('offers to hide only the libraries the bar chart draws when it draws a selection', () => {
    const many = Array.from({ length: DRAWN_BARS + 4 }, (_, i) =>
      loans(`lib${String(i).padStart(3, '0')}`, 2021, i + 1),
    );
    const page = comparePage(charts(many), { all: [], colors: palette(many.map((r) => r.library)) });
    expect(page.libraries).toHaveLength(DRAWN_BARS + 4);
    expect(page.toggles).toHaveLength(DRAWN_BARS);
    // The largest and the smallest values are drawn; the middle ones are not.
    const shown = new Set(page.toggles.map((l) => l.id));
    expect(shown.has('lib000')).toBe(true);
    expect(shown.has(`lib${String(DRAWN_BARS + 3).padStart(3, '0')}`)).toBe(true);
    expect(shown.has(`lib${String(DRAWN_BARS / 2).padStart(3, '0')}`)).toBe(false);
  });
});
