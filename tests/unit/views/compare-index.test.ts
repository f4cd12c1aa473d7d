import { describe, expect, it } from 'vitest';
import { palette } from '../../../src/lib/charts/palette.ts';
import { GROUPS, metric } from '../../../src/lib/model/catalog.ts';
import { compareIndex } from '../../../src/lib/views/compare-index.ts';
import type { MetricCharts } from '../../../src/lib/views/compare-page.ts';
import { compareView } from '../../../src/lib/views/compare.ts';
import { figureRow } from '../../support/factories.ts';

const loans = (library: string, year: number, value: number) =>
  figureRow({
    library,
    year,
    value,
    metric: 'use.loans',
    label: metric('use.loans').label,
    unit: metric('use.loans').unit,
  });
const rows = [
  loans('nanhai', 2023, 5),
  loans('beihai', 2020, 1),
  loans('beihai', 2021, 2),
  figureRow({ library: 'beihai', year: 2021, value: 7, metric: 'collection.total' }),
];
const colors = palette(['beihai', 'nanhai']);
const charts: MetricCharts[] = ['collection.total', 'use.loans'].map((id) => {
  const view = compareView(rows, id, colors);
  if (!view) throw new Error(id);
  return view;
});

describe('compareIndex', () => {
  it('groups the metrics with figures as the catalog does, leaving out empty groups', () => {
    const groups = compareIndex(charts);
    expect(groups.map((g) => g.group.id)).toEqual(
      GROUPS.map((g) => g.id).filter((g) => ['collection', 'use'].includes(g)),
    );
    expect(groups.map((g) => g.items.map((i) => i.metric))).toEqual([
      [metric('collection.total')],
      [metric('use.loans')],
    ]);
  });

  it('says who reports a metric, each library once in the charts’ order, and how many values', () => {
    const use = compareIndex(charts).find((g) => g.group.id === 'use')?.items[0];
    expect(use).toMatchObject({ libraries: ['beihai馆', 'nanhai馆'], values: 3 });
    const en = compareIndex(charts, new Map([['nanhai', 'Nanhai District Library']]));
    expect(en.find((g) => g.group.id === 'use')?.items[0]?.libraries).toEqual(['beihai馆', 'Nanhai District Library']);
  });

  it('is empty without charts', () => {
    expect(compareIndex([])).toEqual([]);
  });
});
