/**
 * What a library's social image shows: its headline figures of the latest year as bars, each bar's
 * length relative to the largest latest-year value of the same metric among the yearbook's libraries
 * (so bars of different units are never compared with each other). Pure: figure rows in, bars out.
 */
import type { FigureRow } from './figure-rows.ts';
import { withUnit } from './format.ts';
import { HEADLINE_METRICS } from './profile.ts';

/** One bar of the card. */
export interface CardBar {
  readonly metric: string;
  readonly label: string;
  /** The figure as written, with its unit: `42万多人次`. */
  readonly text: string;
  /** value ÷ the largest latest-year value of this metric among all libraries, in (0, 1]. */
  readonly fraction: number;
  /** How many libraries' latest reports give this metric. */
  readonly of: number;
}

/** The latest year of each library's rows. */
function latestYears(rows: readonly FigureRow[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const r of rows) out.set(r.library, Math.max(out.get(r.library) ?? 0, r.year));
  return out;
}

/** The bars of `library`'s card, at most `limit`, in headline order; [] when it has no figures. */
export function cardBars(rows: readonly FigureRow[], library: string, limit = 5): CardBar[] {
  const latest = latestYears(rows);
  const current = rows.filter((r) => r.year === latest.get(r.library));
  const mine = current.filter((r) => r.library === library);
  const bars: CardBar[] = [];
  for (const id of HEADLINE_METRICS) {
    const row = mine.find((r) => r.metric === id);
    if (!row || !(row.value > 0)) continue;
    const peers = current.filter((r) => r.metric === id);
    const max = Math.max(...peers.map((r) => r.value));
    bars.push({
      metric: id,
      label: row.label,
      text: withUnit(row.written, row.unit),
      fraction: row.value / max,
      of: peers.length,
    });
    if (bars.length >= limit) break;
  }
  return bars;
}
