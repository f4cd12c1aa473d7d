/**
 * Per-capita indicators flattened for the open data (`/data/indicators.json`, `/data/indicators.csv`):
 * one row per indicator a report's figures and its library's cited population give. Nothing is written
 * for a library without a population with a source, or for an indicator whose figure is missing. Pure.
 */
import type { FigureRow } from '../model/figure-rows.ts';
import { perCapitaIndicators, perCapitaInputs } from '../model/per-capita.ts';
import type { ServicePopulation } from '../model/population.ts';
import type { Scope } from '../model/scope.ts';

/** One per-capita indicator of one report. */
export interface IndicatorRow {
  /** Dataset-wide id: `<library>-<year>-<indicator>`. */
  readonly id: string;
  readonly library: string;
  readonly libraryName: string;
  readonly year: number;
  /** Indicator id (src/lib/model/per-capita.ts): visitsPerCapita, eventsPer10k, … */
  readonly indicator: string;
  readonly label: string;
  /** Rounded to the precision of its inputs (never more than 3 significant digits). */
  readonly value: number;
  /** exact, about, or more-than (a lower bound stays a lower bound). */
  readonly qualifier: string;
  readonly unit: string;
  /** The value as shown on the site, with its qualifier and unit. */
  readonly text: string;
  /** The formula with its inputs as written, and the rounding. */
  readonly formula: string;
  /** Metric id of the figure divided. */
  readonly inputs: string;
  /** That figure as the report words it. */
  readonly inputWording: string;
  /** Scope of that figure (library, network, area) and its definition labels. */
  readonly scope: Scope;
  readonly labels: readonly string[];
  /** What is divided by what, in words. */
  readonly divides: string;
  readonly population: number;
  readonly populationWritten: string;
  readonly populationYear: number;
  readonly populationArea: string;
  readonly populationSource: string;
  readonly populationUrl: string;
  readonly populationNote: string;
}

/** The rows of one report: its figure rows (one library, one year) and its library's population. */
export function indicatorRows(rows: readonly FigureRow[], population: ServicePopulation | undefined): IndicatorRow[] {
  const first = rows[0];
  if (!first || !population) return [];
  const inputs = perCapitaInputs(rows);
  return perCapitaIndicators(inputs, population).flatMap((i) =>
    i.present && i.value !== undefined
      ? [
          {
            id: `${first.library}-${first.year}-${i.def.id}`,
            library: first.library,
            libraryName: first.libraryName,
            year: first.year,
            indicator: i.def.id,
            label: i.def.label,
            value: i.value,
            qualifier: i.qualifier,
            unit: i.def.unit,
            text: i.text,
            formula: i.formula,
            inputs: i.def.metric,
            inputWording: inputs[i.def.metric]?.wording || inputs[i.def.metric]?.written || '',
            scope: i.scope ?? 'library',
            labels: i.labels,
            divides: i.divides,
            population: population.value,
            populationWritten: population.written,
            populationYear: population.year,
            populationArea: population.area ?? '',
            populationSource: population.source,
            populationUrl: population.url ?? '',
            populationNote: population.note ?? '',
          },
        ]
      : [],
  );
}
