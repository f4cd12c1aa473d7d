/** A figure row for tests: a plausible exact figure, with whatever the test says overriding it. */
import type { FigureRow } from '../../src/lib/model/figure-rows.ts';

export function figureRow(over: Partial<FigureRow> & Pick<FigureRow, 'library' | 'year' | 'metric'>): FigureRow {
  const written = over.written ?? String(over.value ?? 100);
  return {
    libraryName: `${over.library}馆`,
    label: over.metric,
    value: 100,
    qualifier: 'exact',
    unit: '册',
    written,
    period: '',
    change: '',
    note: '',
    discrepancy: '',
    quote: `共${written}册。`,
    quoteLine: 1,
    ...over,
  };
}

/** A 接待读者（进馆） row as the chart tests draw it, stated in a sentence of the report. */
export const visitsRow = (
  library: string,
  year: number,
  value: number,
  written: string,
  qualifier = 'exact',
  extra: Partial<FigureRow> = {},
): FigureRow =>
  figureRow({
    library,
    year,
    value,
    written,
    qualifier,
    metric: 'use.visits',
    label: '接待读者（进馆）',
    unit: '人次',
    quote: `全年接待读者${written}人次。`,
    ...extra,
  });
