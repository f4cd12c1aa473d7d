/**
 * A library's service population, with its cited source, and its peer class (市 / 区 / 县·旗) from its
 * administrative level. Per-capita indicators (src/lib/model/indicators.ts) use only a population that has
 * a source; there is no estimate anywhere.
 */
import type { ParsedFigure } from './parse-figure.ts';
import { LIBRARY_LEVEL_IDS, LIBRARY_LEVELS, type LibraryLevel } from './library-levels.ts';

/**
 * A service population as the library file gives it (src/schemas/library.ts normalises it to this). `value`
 * is the residents, exact to the precision written (366.72万 → 3667200, precise to 100); `written` is as the
 * source writes it (`1853227`, `366.72万`), which carries the precision into derived figures.
 */
export interface ServicePopulation extends ParsedFigure {
  /** The year the population was counted (a census year). */
  readonly year: number;
  /** The publication it is cited from. */
  readonly source: string;
  readonly url?: string | undefined;
  /** The area it counts, e.g. 北海市 or 佛山市南海区. */
  readonly area?: string | undefined;
  /** How the library's service population was chosen, shown beside every per-capita figure. */
  readonly note?: string | undefined;
}

/** Administrative levels of the libraries, which are also their peer classes for comparison. */
export const LEVELS = LIBRARY_LEVEL_IDS;
export type Level = LibraryLevel;

/** A peer class: libraries of one administrative level, compared among themselves. */
export interface PeerClass {
  readonly id: Level;
  /** The level (地级市 …) and the peer class (市 …) in Chinese and English. */
  readonly level: string;
  readonly levelEn: string;
  readonly zh: string;
  readonly en: string;
}

/** Each level's peer class, read from the one table of levels (src/lib/model/library-levels.ts). */
export const PEER_CLASSES = Object.fromEntries(
  LEVELS.map((id) => {
    const l = LIBRARY_LEVELS[id];
    return [id, { id, level: l.zh, levelEn: l.en, zh: l.peer.zh, en: l.peer.en }];
  }),
) as Readonly<Record<Level, PeerClass>>;
