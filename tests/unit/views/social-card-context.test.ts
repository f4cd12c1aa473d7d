import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { FigureRow } from '../../../src/lib/model/figure-rows.ts';
import { figureRow } from '../../support/factories.ts';
import { groupBy } from '../../../src/lib/group-by.ts';
import { palette, type Swatch } from '../../../src/lib/charts/palette.ts';
import { HEADLINE_METRICS } from '../../../src/lib/views/profile.ts';
import { barSpec, lineSpec } from '../../../src/lib/charts/specs.ts';
import { cardContext, libraryCardChart, siteCardChart, type CardChart } from '../../../src/lib/views/social-card.ts';

/** The card code this replaces: every card filtered every row of the corpus. Kept as the reference. */
function naive(
  rows: readonly FigureRow[],
  library: string | undefined,
  colors: ReadonlyMap<string, Swatch>,
  max = 5,
): CardChart | undefined {
  const bars = (metric: string, lib: string | undefined): CardChart | undefined => {
    const spec = barSpec(rows, metric, colors);
    if (!spec) return undefined;
    const order = (spec.series[0]?.points ?? []).flatMap((p) => (p ? [p.library] : []));
    if (order.length <= max) return { spec, state: { scale: 'linear' } };
    const kept = order.slice(0, max);
    if (lib && order.includes(lib) && !kept.includes(lib)) kept[max - 1] = lib;
    return { spec, state: { scale: 'linear', libraries: kept } };
  };
  const positive = rows.filter((r) => r.value > 0 && HEADLINE_METRICS.includes(r.metric));
  if (library === undefined) {
    const reporters = (m: string): number => new Set(positive.filter((r) => r.metric === m).map((r) => r.library)).size;
    const best = [...HEADLINE_METRICS].sort((a, b) => reporters(b) - reporters(a))[0];
    return best && reporters(best) > 0 ? bars(best, undefined) : undefined;
  }
  const mine = positive.filter((r) => r.library === library);
  const years = (m: string): number => new Set(mine.filter((r) => r.metric === m).map((r) => r.year)).size;
  const overYears = HEADLINE_METRICS.find((m) => years(m) >= 2);
  if (overYears) {
    const spec = lineSpec(rows, overYears, colors, [library]);
    if (spec) return { spec, state: { scale: 'linear' } };
  }
  const first = HEADLINE_METRICS.find((m) => years(m) >= 1);
  return first ? bars(first, library) : undefined;
}

const LIBRARIES = ['a', 'b', 'c', 'd', 'e', 'f', 'g'];
const row = (library: string, year: number, metric: string, value: number): FigureRow =>
  figureRow({
    library,
    year,
    metric,
    value,
    qualifier: value % 3 === 0 ? 'about' : 'exact',
    quote: '',
    quoteLine: 0,
  });

const rowsArb = fc.array(
  fc
    .record({
      library: fc.constantFrom(...LIBRARIES),
      year: fc.integer({ min: 2019, max: 2023 }),
      metric: fc.constantFrom('collection.total', 'use.visits', 'events.total', 'staff.actual', 'not.headline'),
      value: fc.integer({ min: 0, max: 50 }),
    })
    .map((r) => row(r.library, r.year, r.metric, r.value)),
  { maxLength: 60 },
);

describe('card charts from a shared context', () => {
  const colors = palette(LIBRARIES);

  it('a library card from its own rows equals the card computed from every row', () => {
    fc.assert(
      fc.property(rowsArb, fc.integer({ min: 1, max: 4 }), (rows, max) => {
        const context = cardContext(rows, colors);
        const own = groupBy(rows, (r) => r.library);
        for (const lib of [...LIBRARIES, 'nobody'])
          expect(libraryCardChart(own.get(lib) ?? [], lib, context, max)).toEqual(naive(rows, lib, colors, max));
        expect(siteCardChart(context, max)).toEqual(naive(rows, undefined, colors, max));
      }),
    );
  });

  it('ignores rows of other libraries handed to a library card', () => {
    const rows = [row('a', 2021, 'use.visits', 5), row('a', 2022, 'use.visits', 6), row('b', 2022, 'use.visits', 9)];
    const context = cardContext(rows, colors);
    const chart = libraryCardChart(rows, 'a', context);
    expect(chart?.spec.id).toBe('line-use.visits-a');
    expect(chart?.spec.series.map((s) => s.key)).toEqual(['a']);
  });

  it('computes each headline metric’s bars once, for metrics with figures only', () => {
    const context = cardContext([row('a', 2021, 'use.visits', 5), row('b', 2021, 'not.headline', 1)], colors);
    expect([...context.bars.keys()]).toEqual(['use.visits']);
    expect(context.siteMetric).toBe('use.visits');
    expect(cardContext([row('a', 2021, 'use.visits', 0)], colors).siteMetric).toBeUndefined();
  });
});
