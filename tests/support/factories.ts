/**
 * Test data built the same way in every unit test: a figure row, a dated event and a count chart's input with
 * every field filled, neutral defaults for what a test does not look at, and the fields it is about given by name.
 */
import type { CountInput } from '../../src/lib/charts/specs.ts';
import type { FigureRow } from '../../src/lib/model/figure-rows.ts';
import type { ChronicleEvent } from '../../src/lib/chronicle/event-schema.ts';

/**
 * A figure row of `library` and `year`: by default an exact 100 册 of collection.total (labelled with its id),
 * written as the plain number and stated in the sentence `共100册。`.
 */
export function figureRow(fields: Pick<FigureRow, 'library' | 'year'> & Partial<FigureRow>): FigureRow {
  const metric = fields.metric ?? 'collection.total';
  const value = fields.value ?? 100;
  const written = fields.written ?? String(value);
  return {
    libraryName: `${fields.library}馆`,
    metric,
    label: metric,
    value,
    qualifier: 'exact',
    unit: '册',
    written,
    period: '',
    change: '',
    note: '',
    discrepancy: '',
    quote: `共${written}册。`,
    quoteLine: 1,
    wording: '',
    scope: 'library',
    labels: [],
    labelsText: '',
    ...fields,
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

/** A 大事记 event of `library` starting at `start` (`2021`, `2021-03` or `2021-03-31`, its precision). */
export const chronicleEvent = (
  library: string,
  start: string,
  extra: Partial<ChronicleEvent> = {},
): ChronicleEvent => ({
  id: `e-${start}-1`,
  library,
  year: Number(start.slice(0, 4)),
  start,
  text: '',
  categories: [],
  line: 1,
  source: 'chronicle',
  precision: start.length === 10 ? 'day' : start.length === 7 ? 'month' : 'year',
  ...extra,
});

/** A monthly count chart's input over January and February 2021, with these rows of counts. */
export const twoMonthCounts = (series: CountInput['series'], extra: Partial<CountInput> = {}): CountInput => ({
  id: 'monthly-x',
  title: '每月事件',
  label: '事件数',
  unit: '条',
  keys: ['2021-01', '2021-02'],
  categories: ['2021年1月', '2021年2月'],
  series,
  ...extra,
});
