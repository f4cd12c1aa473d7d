/**
 * The per-capita view of a compare page and of a library profile: per-capita indicators with the scope
 * they divide and the population with its source, libraries grouped by peer class (市 / 区 / 县·旗) so a
 * reader can keep to peers, and every library that reports the figure but has no population with a source
 * named — "服务人口未注明来源，不计算人均" — never estimated. Pure.
 */
import { groupBy } from '../group-by.ts';
import { PER_CAPITA, type PerCapitaDef } from '../model/per-capita.ts';
import { LEVELS, PEER_CLASSES, type Level } from '../model/population.ts';
import type { IndicatorRow } from '../open-data/indicator-rows.ts';

/** What the view needs of a library. */
export interface PeerLibrary {
  readonly id: string;
  readonly name: string;
  readonly nameEn: string;
  readonly level: Level;
  /** True when the library gives a population with a source. */
  readonly hasPopulation: boolean;
  /** How its service population was chosen, shown beside its values. */
  readonly populationNote?: string | undefined;
}

/** One library in the per-capita table. */
export interface PerCapitaEntry {
  readonly library: PeerLibrary;
  /** Its indicator values, oldest first (empty when it has no population: see `reason`). */
  readonly rows: readonly IndicatorRow[];
  readonly reason?: 'no-population' | undefined;
}

/** The per-capita section of one metric's compare page. */
export interface PerCapitaSection {
  readonly def: PerCapitaDef;
  /** Peer classes present, in level order, each with its libraries. */
  readonly classes: readonly { level: Level; zh: string; en: string; entries: readonly PerCapitaEntry[] }[];
  /** More than one peer class: offer the filter. */
  readonly filter: boolean;
}

/**
 * The per-capita section for `metric`: undefined when no per-capita indicator divides this metric.
 * `reporters` are the libraries that report the metric, in display order.
 */
export function perCapitaSection(
  metric: string,
  reporters: readonly PeerLibrary[],
  rows: readonly IndicatorRow[],
): PerCapitaSection | undefined {
  const def = PER_CAPITA.find((d) => d.metric === metric);
  if (!def || reporters.length === 0) return undefined;
  // Grouped once: looking each reporter up in every row grows with the square of the corpus.
  const mine = groupBy(
    rows.filter((r) => r.indicator === def.id),
    (r) => r.library,
  );
  const entries = reporters.map((library): PerCapitaEntry => ({
    library,
    rows: [...(mine.get(library.id) ?? [])].sort((a, b) => a.year - b.year),
    reason: library.hasPopulation ? undefined : 'no-population',
  }));
  const classes = LEVELS.flatMap((level) => {
    const inClass = entries.filter((e) => e.library.level === level);
    return inClass.length ? [{ level, zh: PEER_CLASSES[level].zh, en: PEER_CLASSES[level].en, entries: inClass }] : [];
  });
  return { def, classes, filter: classes.length > 1 };
}

/** A library's own per-capita values, indicator by indicator (in catalog order), oldest year first. */
export function libraryPerCapita(
  library: string,
  rows: readonly IndicatorRow[],
): { def: PerCapitaDef; rows: IndicatorRow[] }[] {
  const own = rows.filter((r) => r.library === library);
  return PER_CAPITA.flatMap((def) => {
    const list = own.filter((r) => r.indicator === def.id).sort((a, b) => a.year - b.year);
    return list.length ? [{ def, rows: list }] : [];
  });
}
