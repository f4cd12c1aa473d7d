/**
 * What a metric's compare page shows, computed from the metric's figure rows. Pure. Unlike things are
 * kept apart: figures are split into one panel per scope (the library alone; its branch network; a whole
 * area), so a network total is never a plain bar beside library-alone bars; a panel ranks its libraries
 * in a bar chart only when it has two or more, and draws a history only when some library has two or
 * more years. The scopes and definition labels present are listed for the top of the page.
 */
import { groupBy, lastBy } from '../group-by.ts';
import type { FigureRow } from '../model/figure-rows.ts';
import { labelMeaning, labelText } from '../model/definition-labels.ts';
import { SCOPE_IDS, type Scope } from '../model/scope.ts';
import type { Swatch } from '../charts/palette.ts';
import { barSpec, lineSpec, type ChartSpec } from '../charts/specs.ts';

/** The figures of one scope, and the charts they make. */
export interface ScopePanel {
  readonly scope: Scope;
  /** Every figure of this scope, by library (first-row order) then year. */
  readonly rows: readonly FigureRow[];
  /** Each library's latest figure of this scope, largest first. */
  readonly latest: readonly FigureRow[];
  /** The ranking: only with two or more libraries. */
  readonly bar?: ChartSpec | undefined;
  /** The history: only when some library has two or more years. */
  readonly line?: ChartSpec | undefined;
}

/** One definition label as it occurs among the metric's figures. */
export interface LabelUse {
  readonly ref: string;
  readonly zh: string;
  readonly en: string;
  readonly meaning: string;
  readonly meaningEn: string;
  /** Who carries it: library id, name and years. */
  readonly reports: readonly { library: string; libraryName: string; years: readonly number[] }[];
}

/** A compare page. */
export interface CompareView {
  readonly metric: string;
  /** Libraries reporting the metric at all. */
  readonly libraries: number;
  /** Only one library reports it: "仅一家馆报告此项", its figures and history, no ranking. */
  readonly single: boolean;
  /** Non-empty panels, narrowest scope first. */
  readonly panels: readonly ScopePanel[];
  /** More than one scope: they are shown apart, and the page says so above the charts. */
  readonly separated: boolean;
  readonly labels: readonly LabelUse[];
  /** Every chart of the page, panel by panel, bar before line. */
  readonly specs: readonly ChartSpec[];
}

const byLibraryThenYear = (order: ReadonlyMap<string, number>) => (a: FigureRow, b: FigureRow) =>
  (order.get(a.library) ?? 0) - (order.get(b.library) ?? 0) || a.year - b.year;

/** The compare page of `metric` from its rows (any order); undefined when there are none. */
export function compareView(
  rows: readonly FigureRow[],
  metric: string,
  colors: ReadonlyMap<string, Swatch>,
): CompareView | undefined {
  const own = rows.filter((r) => r.metric === metric);
  if (own.length === 0) return undefined;
  const order = new Map<string, number>();
  for (const r of own) if (!order.has(r.library)) order.set(r.library, order.size);
  const sorted = [...own].sort(byLibraryThenYear(order));
  const panels = SCOPE_IDS.flatMap((scope): ScopePanel[] => {
    const mine = sorted.filter((r) => r.scope === scope);
    if (mine.length === 0) return [];
    const latest = lastBy(mine, (r) => r.library).sort(
      (a, b) => b.value - a.value || a.library.localeCompare(b.library),
    );
    const years = new Map<string, number>();
    for (const r of mine) years.set(r.library, (years.get(r.library) ?? 0) + 1);
    const bar = latest.length >= 2 ? barSpec(mine, metric, colors, undefined, scope) : undefined;
    const line = [...years.values()].some((n) => n >= 2) ? lineSpec(mine, metric, colors, undefined, scope) : undefined;
    return [{ scope, rows: mine, latest, bar, line }];
  });
  return {
    metric,
    libraries: order.size,
    single: order.size === 1,
    panels,
    separated: panels.length > 1,
    labels: labelUses(sorted),
    specs: panels.flatMap((p) => [p.bar, p.line].filter((s): s is ChartSpec => s !== undefined)),
  };
}

/**
 * Who a panel's figures come from: each library once (in the rows' order), with the years of its figures.
 * One pass: a panel of a national compare page has tens of thousands of rows.
 */
export function panelReporters(
  rows: readonly FigureRow[],
): { library: string; libraryName: string; years: readonly number[] }[] {
  return [...groupBy(rows, (r) => r.library)].map(([library, own]) => ({
    library,
    libraryName: own[0]?.libraryName ?? library,
    years: own.map((r) => r.year),
  }));
}

/** Every label among `rows` (in order of first use), with who carries it in which years. */
export function labelUses(rows: readonly FigureRow[]): LabelUse[] {
  const uses = new Map<string, Map<string, { libraryName: string; years: number[] }>>();
  for (const r of rows) {
    for (const ref of r.labels) {
      let libs = uses.get(ref);
      if (!libs) uses.set(ref, (libs = new Map<string, { libraryName: string; years: number[] }>()));
      const lib = libs.get(r.library) ?? { libraryName: r.libraryName, years: [] };
      if (!lib.years.includes(r.year)) lib.years.push(r.year);
      libs.set(r.library, lib);
    }
  }
  return [...uses].map(([ref, libs]) => ({
    ref,
    zh: labelText(ref),
    en: labelText(ref, 'en'),
    meaning: labelMeaning(ref),
    meaningEn: labelMeaning(ref, 'en'),
    reports: [...libs].map(([library, l]) => ({ library, libraryName: l.libraryName, years: l.years })),
  }));
}
