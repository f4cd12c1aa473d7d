/**
 * The columns of every open-data table, ONE declaration each: name, Table Schema type, whether a value is
 * always there, allowed values. The CSV header and order, the JSON keys, the `/data/` field lists and the
 * data package's schemas (src/lib/open-data/data-package.ts) all read these; the columns' descriptions are
 * interface text, per language, keyed by these names (src/i18n/data-columns-strings.ts). Pure.
 */
import { CATEGORY_IDS } from '../chronicle/categories.ts';
import { PRECISIONS, TIMES_OF_DAY } from '../chronicle/dates.ts';
import { QUALIFIERS } from '../model/parse-figure.ts';
import { SCOPE_IDS } from '../model/scope.ts';
import { GROUPS } from '../model/catalog.ts';
import { LIBRARY_LEVEL_IDS } from '../model/library-levels.ts';
import { CHANGE_KIND_IDS } from '../model/change-kinds.ts';

/** A Table Schema field type; `list` is a JSON array of ids, joined by spaces in CSV. */
export type ColumnType = 'string' | 'integer' | 'number' | 'boolean' | 'list';

/** One column of a table. */
export interface Column {
  readonly name: string;
  readonly type: ColumnType;
  /** A value in every row (else null in JSON, an empty cell in CSV). */
  readonly required: boolean;
  /** Allowed values (for a `list`: of its items). */
  readonly enum?: readonly string[];
  /** No two rows share a value (the table's primary key). */
  readonly unique?: boolean;
  /** `uri`, for links. */
  readonly format?: 'uri';
}

type Named<N extends string> = Column & { readonly name: N };
const col = <N extends string>(name: N, type: ColumnType, extra: Omit<Partial<Column>, 'name'> = {}): Named<N> => ({
  type,
  required: true,
  ...extra,
  name,
});
const opt = <N extends string>(name: N, type: ColumnType, extra: Omit<Partial<Column>, 'name'> = {}): Named<N> =>
  col(name, type, { ...extra, required: false });
const key = <N extends string>(name: N): Named<N> => col(name, 'string', { unique: true });

/** `/data/figures.*`: one row per figure of every report. */
export const FIGURE_COLUMNS = [
  key('id'),
  col('library', 'string'),
  col('libraryName', 'string'),
  col('year', 'integer'),
  col('metric', 'string'),
  col('label', 'string'),
  col('value', 'number'),
  col('qualifier', 'string', { enum: QUALIFIERS }),
  col('lowerBound', 'boolean'),
  col('precision', 'number'),
  col('unit', 'string'),
  col('written', 'string'),
  opt('wording', 'string'),
  col('scope', 'string', { enum: SCOPE_IDS }),
  col('labels', 'list'),
  opt('labelsText', 'string'),
  opt('period', 'string'),
  opt('change', 'string'),
  opt('changePercent', 'number'),
  opt('note', 'string'),
  opt('discrepancy', 'string'),
  opt('quote', 'string'),
  opt('quoteLine', 'integer'),
  col('url', 'string', { format: 'uri' }),
] as const satisfies readonly Column[];

/** `/data/events.*`: one row per dated event of every report. */
export const EVENT_COLUMNS = [
  key('id'),
  col('anchor', 'string'),
  col('library', 'string'),
  col('libraryName', 'string'),
  col('year', 'integer'),
  col('start', 'string'),
  opt('end', 'string'),
  col('precision', 'string', { enum: PRECISIONS }),
  opt('time', 'string', { enum: TIMES_OF_DAY }),
  col('categories', 'list', { enum: CATEGORY_IDS }),
  col('source', 'string', { enum: ['chronicle', 'text'] }),
  col('line', 'integer'),
  col('text', 'string'),
  col('url', 'string', { format: 'uri' }),
] as const satisfies readonly Column[];

/** `/data/indicators.*`: one row per per-capita indicator of every report. */
export const INDICATOR_COLUMNS = [
  key('id'),
  col('library', 'string'),
  col('libraryName', 'string'),
  col('year', 'integer'),
  col('indicator', 'string'),
  col('label', 'string'),
  col('value', 'number'),
  col('qualifier', 'string', { enum: QUALIFIERS }),
  col('unit', 'string'),
  col('text', 'string'),
  col('formula', 'string'),
  col('inputs', 'string'),
  opt('inputWording', 'string'),
  col('scope', 'string', { enum: SCOPE_IDS }),
  col('labels', 'list'),
  col('divides', 'string'),
  col('population', 'integer'),
  col('populationWritten', 'string'),
  col('populationYear', 'integer'),
  opt('populationArea', 'string'),
  col('populationSource', 'string'),
  opt('populationUrl', 'string', { format: 'uri' }),
  opt('populationNote', 'string'),
] as const satisfies readonly Column[];

/** `/data/metrics.*`: the metric catalog (src/lib/model/catalog.ts), one row per metric. */
export const METRIC_COLUMNS = [
  key('id'),
  col('group', 'string', { enum: GROUPS.map((g) => g.id) }),
  col('groupLabel', 'string'),
  col('groupLabelEn', 'string'),
  col('key', 'string'),
  col('label', 'string'),
  col('labelEn', 'string'),
  col('unit', 'string'),
  col('unitEn', 'string'),
  col('definition', 'string'),
  col('definitionEn', 'string'),
  col('differsFrom', 'list'),
  opt('differsFromNote', 'string'),
  opt('differsFromNoteEn', 'string'),
] as const satisfies readonly Column[];

/** `/data/libraries.*`: one row per library (content/libraries/), with its service population and source. */
export const LIBRARY_COLUMNS = [
  key('id'),
  col('name', 'string'),
  col('nameEn', 'string'),
  col('level', 'string', { enum: LIBRARY_LEVEL_IDS }),
  col('province', 'string'),
  col('city', 'string'),
  opt('website', 'string', { format: 'uri' }),
  opt('population', 'integer'),
  opt('populationWritten', 'string'),
  opt('populationYear', 'integer'),
  opt('populationArea', 'string'),
  opt('populationSource', 'string'),
  opt('populationUrl', 'string', { format: 'uri' }),
  opt('populationNote', 'string'),
] as const satisfies readonly Column[];

/** `/data/changelog.*`: one row per entry of a report's `changelog:` (added, corrected), newest first. */
export const CHANGELOG_COLUMNS = [
  key('id'),
  col('date', 'string'),
  col('kind', 'string', { enum: CHANGE_KIND_IDS }),
  col('library', 'string'),
  col('libraryName', 'string'),
  col('year', 'integer'),
  col('report', 'string'),
  opt('note', 'string'),
  col('url', 'string', { format: 'uri' }),
] as const satisfies readonly Column[];

/** The names of a table's columns, in order. */
export type ColumnName<T extends readonly Column[]> = T[number]['name'];

/** The names of `columns`, in order (CSV header, JSON key order). */
export const columnNames = <T extends readonly Column[]>(columns: T): ColumnName<T>[] =>
  columns.map((c) => c.name as ColumnName<T>);

/** A row as published: every column present, null where there is no value (an empty CSV cell). */
export type PublishedRow<T extends readonly Column[]> = Readonly<Record<ColumnName<T>, unknown>>;

/** `row` restricted to `columns`, in their order, with '' and undefined as null. */
export function publish<T extends readonly Column[]>(
  columns: T,
  row: Readonly<Record<string, unknown>>,
): PublishedRow<T> {
  const out: Record<string, unknown> = {};
  for (const c of columns) {
    const v = row[c.name];
    out[c.name] = v === undefined || v === '' ? null : v;
  }
  return out as PublishedRow<T>;
}
