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
    wording: `${written}册`,
    scope: 'library',
    labels: [],
    labelsText: '',
    period: '',
    change: '',
    note: '',
    discrepancy: '',
    quote: `共${written}册。`,
    quoteLine: 1,
    ...over,
  };
}
