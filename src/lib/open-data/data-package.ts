/**
 * `/data/datapackage.json`: a Frictionless Data Package describing every BOM-less CSV download (whole-corpus,
 * per-year and reference tables), each with a Table Schema generated from src/lib/open-data/columns.ts, so
 * the package, the files and /data/ cannot disagree. Pure.
 */
import type { Column } from './columns.ts';
import * as columns from './columns.ts';
import type { DownloadEntry } from './download-files.ts';

/** The tables, by file-name stem. */
export const TABLES = {
  figures: columns.FIGURE_COLUMNS,
  events: columns.EVENT_COLUMNS,
  indicators: columns.INDICATOR_COLUMNS,
  metrics: columns.METRIC_COLUMNS,
  libraries: columns.LIBRARY_COLUMNS,
  changelog: columns.CHANGELOG_COLUMNS,
} as const;
export type TableName = keyof typeof TABLES;

/** A Table Schema field. */
export interface SchemaField {
  readonly name: string;
  readonly type: 'string' | 'integer' | 'number' | 'boolean';
  readonly description: string;
  readonly format?: 'uri';
  readonly constraints?: { readonly required?: true; readonly unique?: true; readonly enum?: readonly string[] };
}

/** One column as a Table Schema field; a list is a space-separated string in CSV (empty for an empty list). */
export function schemaField(c: Column, description: string): SchemaField {
  const constraints = {
    ...(c.required && c.type !== 'list' ? { required: true as const } : {}),
    ...(c.unique ? { unique: true as const } : {}),
    ...(c.enum && c.type !== 'list' ? { enum: c.enum } : {}),
  };
  return {
    name: c.name,
    type: c.type === 'list' ? 'string' : c.type,
    description: c.type === 'list' && c.enum ? `${description} (${c.enum.join(' ')})` : description,
    ...(c.format ? { format: c.format } : {}),
    ...(Object.keys(constraints).length ? { constraints } : {}),
  };
}

const FOREIGN: Readonly<Partial<Record<TableName, readonly (readonly [string, TableName])[]>>> = {
  figures: [
    ['metric', 'metrics'],
    ['library', 'libraries'],
  ],
  events: [['library', 'libraries']],
  indicators: [['library', 'libraries']],
  changelog: [['library', 'libraries']],
};

/** What the package says about itself. */
export interface PackageMeta {
  readonly title: string;
  readonly description: string;
  readonly homepage: string;
  readonly version: string;
  /** ISO date-time the data was last updated (from the content, never the clock); absent when unknown. */
  readonly created?: string;
  readonly licenses: readonly { readonly name: string; readonly path: string; readonly title: string }[];
  readonly sources: readonly { readonly title: string; readonly path: string }[];
  readonly contributors: readonly { readonly title: string; readonly role: string; readonly path?: string }[];
}

/**
 * The package's `version` and `created`, from the date the data was last updated (`YYYY-MM-DD`, see
 * src/lib/site/last-updated.ts): a calendar version `YYYY.MM.DD` and midnight UTC of that day. Derived from
 * the content, so two builds of one checkout write the same descriptor (scripts/determinism.sh).
 */
export function packageDates(updated: string | undefined): Pick<PackageMeta, 'version' | 'created'> {
  if (!updated || !/^\d{4}-\d{2}-\d{2}$/.test(updated)) return { version: 'unversioned' };
  return { version: updated.replaceAll('-', '.'), created: `${updated}T00:00:00Z` };
}

/** The descriptor: one resource per BOM-less CSV of `entries`, plus the reference tables. */
export function dataPackage(
  meta: PackageMeta,
  entries: readonly DownloadEntry[],
  descriptions: Readonly<Record<TableName, Readonly<Record<string, string>>>>,
): Record<string, unknown> {
  const resource = (table: TableName, scope: 'all' | number): Record<string, unknown> => {
    const name = scope === 'all' ? table : `${table}-${scope}`;
    return {
      name,
      path: scope === 'all' ? `${table}-no-bom.csv` : `${scope}/${table}-no-bom.csv`,
      profile: 'tabular-data-resource',
      format: 'csv',
      mediatype: 'text/csv',
      encoding: 'utf-8',
      schema: {
        fields: TABLES[table].map((c: Column) => schemaField(c, descriptions[table][c.name] ?? '')),
        missingValues: [''],
        primaryKey: 'id',
        // The profile requires at least one foreign key where the property is present.
        ...(FOREIGN[table]
          ? {
              foreignKeys: FOREIGN[table].map(([fields, resource]) => ({
                fields,
                reference: { resource, fields: 'id' },
              })),
            }
          : {}),
      },
    };
  };
  const data = entries.flatMap((e) =>
    e.file.endsWith('-no-bom.csv') ? [resource(e.file.replace('-no-bom.csv', '') as TableName, e.scope)] : [],
  );
  return {
    name: 'library-yearbook',
    profile: 'tabular-data-package',
    ...meta,
    resources: [resource('metrics', 'all'), resource('libraries', 'all'), resource('changelog', 'all'), ...data],
  };
}
