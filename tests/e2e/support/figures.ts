/**
 * The built site's own open data (`/data/figures.json`, read from the root build on disk): what the
 * like-with-like specs expect a page to show is looked up here, never counted from the corpus by hand.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BUILDS } from './builds.ts';

/** The fields of a figures.json row the specs use. */
export interface BuiltFigure {
  readonly library: string;
  readonly libraryName: string;
  readonly year: number;
  readonly metric: string;
  readonly wording: string;
  readonly written: string;
  readonly scope: 'library' | 'network' | 'area';
  readonly labels: readonly string[];
  readonly labelsText: string;
}

/** Every figure of the root build (empty before global setup has built it). */
export function builtFigures(dist: string = BUILDS.root.dist): BuiltFigure[] {
  const file = join(dist, 'data', 'figures.json');
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as BuiltFigure[]) : [];
}

/** A figure's link target on its report page, relative to the base: `reports/nanhai/2023/#num-use-circulation`. */
export const figureHref = (f: BuiltFigure): string =>
  `reports/${f.library}/${f.year}/#num-${f.metric.replace(/\./g, '-')}`;

/** A metric's compare page relative to the base. */
export const comparePage = (metric: string): string => `compare/${metric.replace('.', '/')}/`;
