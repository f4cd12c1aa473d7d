/**
 * The two reference tables of the open data, as rows: `/data/metrics.*` from the metric catalog (so the
 * dictionary is data, not only the /metrics/ page) and `/data/libraries.*` from the library files, each
 * library's service population with its source. Pure.
 */
import { GROUPS, type Metric } from '../model/catalog.ts';
import type { ServicePopulation } from '../model/population.ts';
import { LIBRARY_COLUMNS, METRIC_COLUMNS, publish, type PublishedRow } from './columns.ts';

/** One entry of `/data/metrics.json`. */
export type MetricRecord = PublishedRow<typeof METRIC_COLUMNS>;

/** The catalog's metrics as rows; "not the same as" notes are joined as `id：note`, by ；. */
export function metricRecords(metrics: readonly Metric[]): MetricRecord[] {
  return metrics.map((m) => {
    const group = GROUPS.find((g) => g.id === m.group);
    const differs = m.differsFrom ?? [];
    return publish(METRIC_COLUMNS, {
      ...m,
      groupLabel: group?.label,
      groupLabelEn: group?.labelEn,
      differsFrom: differs.map((d) => d.id),
      differsFromNote: differs.map((d) => `${d.id}：${d.note}`).join('；'),
      differsFromNoteEn: differs.map((d) => `${d.id}: ${d.noteEn}`).join('; '),
    });
  });
}

/** What the library table needs of a library file (src/schemas/library.ts). */
export interface LibraryData {
  readonly id: string;
  readonly name: string;
  readonly nameEn: string;
  readonly level: string;
  readonly region: { readonly province: string; readonly city: string };
  readonly website?: string | undefined;
  readonly population?: ServicePopulation | undefined;
}

/** One entry of `/data/libraries.json`. */
export type LibraryRecord = PublishedRow<typeof LIBRARY_COLUMNS>;

/** The libraries as rows, in the given order; the population columns are null for a library without one. */
export function libraryRecords(libraries: readonly LibraryData[]): LibraryRecord[] {
  return libraries.map((l) => {
    const p = l.population;
    return publish(LIBRARY_COLUMNS, {
      ...l,
      province: l.region.province,
      city: l.region.city,
      population: p?.value,
      populationWritten: p?.written,
      populationYear: p?.year,
      populationArea: p?.area,
      populationSource: p?.source,
      populationUrl: p?.url,
      populationNote: p?.note,
    });
  });
}
