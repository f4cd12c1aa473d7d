import { describe, expect, it } from 'vitest';
import { ACROSS_FROM } from '../../../src/lib/charts/chart-files.ts';
import {
  anyChartConfig,
  chartConfig,
  HATCH_TILE,
  logRange,
  paintHatchTile,
  tickLabel,
} from '../../../src/lib/charts/chart-config.ts';
import { CHART_TEXT_PX, LIGHT_THEME } from '../../../src/lib/charts/count-chart-config.ts';
import { twoMonthCounts, visitsRow } from '../../support/factories.ts';
import { palette } from '../../../src/lib/charts/palette.ts';
import { barSpec, countSpec, lineSpec } from '../../../src/lib/charts/specs.ts';

const row = visitsRow;
const rows = [
  row('beihai', 2020, 500000, '50万多', 'more-than'),
  row('beihai', 2021, 420000, '42万多', 'more-than'),
  row('nanhai', 2023, 176282, '176282'),
];
const colors = palette(['beihai', 'nanhai']);
const bar = barSpec(rows, 'use.visits', colors)!;
const line = lineSpec(rows, 'use.visits', colors)!;
const theme = { ...LIGHT_THEME, bg: '#fefefe', font: '"Test Sans"' };
const hatched = (color: string): string => `hatch(${color})`;
type Scales = Record<string, Record<string, unknown> & { ticks: Record<string, unknown> }>;
const scales = (c: ReturnType<typeof chartConfig>): Scales => c.options?.scales as unknown as Scales;
const dataset = (c: ReturnType<typeof chartConfig>, i = 0): Record<string, unknown> =>
  c.data.datasets[i] as unknown as Record<string, unknown>;

describe('chartConfig', () => {
  it('hatches inexact bars with the given fill and outlines them; exact bars are solid', () => {
    const c = chartConfig(bar, { scale: 'linear' }, theme, hatched);
    expect(c.type).toBe('bar');
    expect(c.data.labels).toEqual(['beihai馆（2021年）', 'nanhai馆（2023年）']);
    expect(dataset(c)['data']).toEqual([420000, 176282]);
    expect(dataset(c)['backgroundColor']).toEqual([
      `hatch(${colors.get('beihai')?.color})`,
      colors.get('nanhai')?.color,
    ]);
    expect(dataset(c)['borderWidth']).toEqual([2, 0]);
  });

  it('on a log axis draws a bar chart’s values as points, not bars (a bar’s length would mean nothing)', () => {
    const c = chartConfig(bar, { scale: 'log' }, theme, hatched);
    expect(dataset(c)['type']).toBe('line');
    expect(dataset(c)['showLine']).toBe(false);
    expect(dataset(c)['data']).toEqual([420000, 176282]);
    // Inexact: hollow, in the theme background, as on line charts.
    expect(dataset(c)['pointBackgroundColor']).toEqual(['#fefefe', colors.get('nanhai')?.color]);
    expect(scales(c)['y']?.['type']).toBe('logarithmic');
    expect(dataset(chartConfig(bar, { scale: 'linear' }, theme))['type']).toBe('bar');
  });

  it('draws hollow points in the theme background for inexact line values, one line per library', () => {
    const c = chartConfig(line, { scale: 'linear' }, theme);
    expect(c.data.labels).toEqual(['2020年', '2021年', '2022年', '2023年']);
    expect(c.data.datasets.map((d) => d.label)).toEqual(['beihai馆', 'nanhai馆']);
    const beihai = colors.get('beihai')?.color;
    expect(dataset(c, 0)['pointBackgroundColor']).toEqual(['#fefefe', '#fefefe', beihai, beihai]);
    expect(dataset(c, 1)['pointBackgroundColor']).toEqual(Array(4).fill(colors.get('nanhai')?.color));
    expect(dataset(c, 1)['data']).toEqual([null, null, null, 176282]);
  });

  it('draws bars upright below ACROSS_FROM and across from it on, values after the bars', () => {
    expect(chartConfig(bar, { scale: 'linear' }, theme).options?.indexAxis).toBeUndefined();
    const ids = Array.from({ length: ACROSS_FROM }, (_, i) => `lib${i}`);
    const many = barSpec(
      ids.map((id, i) => row(id, 2021, 1000 * (i + 1), String(1000 * (i + 1)))),
      'use.visits',
      palette(ids),
    )!;
    const across = chartConfig(many, { scale: 'log' }, theme);
    expect(across.options?.indexAxis).toBe('y');
    // The value axis is x: its scale type, grid and tick labels; the names are on y, every one shown.
    expect(scales(across)['x']?.['type']).toBe('logarithmic');
    expect(scales(across)['y']?.ticks['autoSkip']).toBe(false);
    expect(across.options?.layout?.padding).toMatchObject({ right: 84 });
    // Hiding libraries below the threshold draws the rest upright again.
    const few = chartConfig(many, { scale: 'linear', libraries: ids.slice(0, 3) }, theme);
    expect(few.options?.indexAxis).toBeUndefined();
    expect(scales(few)['y']?.['type']).toBe('linear');
  });

  it('keeps only the chosen libraries', () => {
    const c = chartConfig(bar, { scale: 'linear', libraries: ['nanhai'] }, theme);
    expect(c.data.labels).toEqual(['nanhai馆（2023年）']);
    expect(chartConfig(line, { scale: 'linear', libraries: ['beihai'] }, theme).data.datasets).toHaveLength(1);
  });

  it('uses the theme for ticks, grid and font', () => {
    const s = scales(chartConfig(bar, { scale: 'linear' }, theme));
    expect(s['y']?.ticks['color']).toBe(theme.muted);
    expect(s['y']?.ticks['font']).toEqual({ family: '"Test Sans"', size: CHART_TEXT_PX });
    expect(s['x']?.ticks['font']).toEqual({ family: '"Test Sans"', size: CHART_TEXT_PX });
    expect(s['y']?.['grid']).toEqual({ color: theme.grid });
  });

  it('spans whole powers of ten on a log axis, over the shown libraries only', () => {
    const log = scales(chartConfig(bar, { scale: 'log' }, theme))['y'];
    expect(log).toMatchObject({ type: 'logarithmic', beginAtZero: false, min: 1e5, max: 1e6 });
    expect(scales(chartConfig(bar, { scale: 'linear' }, theme))['y']).not.toHaveProperty('min');
  });
});

describe('helpers', () => {
  it.each([
    [[176282, 420000], { min: 1e5, max: 1e6 }],
    [[5, 950], { min: 1, max: 1e3 }],
    [[0, -1], undefined],
  ])('logRange(%j)', (values, out) => expect(logRange(values)).toEqual(out));

  it.each([
    [5000, '5000'],
    [10000, '1万'],
    [250000, '25万'],
  ])('tickLabel(%i) = %s', (v, out) => expect(tickLabel(v)).toBe(out));

  it('paints a hatch tile: background first, then the strokes in the colour', () => {
    const calls: string[] = [];
    const g = {
      fillStyle: '' as unknown,
      strokeStyle: '' as unknown,
      lineWidth: 0,
      fillRect: (...a: number[]) => calls.push(`fill ${String(g.fillStyle)} ${a.join(',')}`),
      beginPath: () => calls.push('begin'),
      moveTo: () => undefined,
      lineTo: () => undefined,
      stroke: () => calls.push(`stroke ${String(g.strokeStyle)}`),
    };
    paintHatchTile(g, '#D55E00', '#fff');
    expect(calls).toEqual([`fill #fff 0,0,${HATCH_TILE},${HATCH_TILE}`, 'begin', 'stroke #D55E00']);
  });
});

describe('anyChartConfig', () => {
  it('sends count specs to their own configuration and figure specs to chartConfig', () => {
    const counts = countSpec(
      twoMonthCounts([
        { key: 'beihai', label: '北海', counts: [1, 2] },
        { key: 'nanhai', label: '南海', counts: [0, 3] },
      ]),
      colors,
    );
    const c = anyChartConfig(counts, { scale: 'log', libraries: ['nanhai'] }, theme);
    expect(c.type).toBe('bar');
    expect(c.data.datasets.map((d) => d.data)).toEqual([[0, 3]]);
    expect(anyChartConfig(line, { scale: 'linear' }, theme).type).toBe('line');
  });
});

describe('chart text is legible on a phone (≥ 12 px)', () => {
  /** Font sizes (px) of every axis and of every text a plugin draws, read from a config. */
  function textSizes(c: ReturnType<typeof anyChartConfig>): number[] {
    const axes = Object.values((c.options?.scales ?? {}) as Scales).map((a) =>
      Number((a.ticks['font'] as { size?: number } | undefined)?.size),
    );
    const drawn: number[] = [];
    // A canvas context that records every font set and ignores every other call.
    const ctx = new Proxy(
      {},
      {
        get: () => () => undefined,
        set: (_, key, value) => {
          if (key === 'font') drawn.push(Number(/(\d+(?:\.\d+)?)px/.exec(String(value))?.[1]));
          return true;
        },
      },
    );
    const chart = {
      ctx,
      options: c.options,
      data: { datasets: [{ data: [1], points: [] }] },
      chartArea: { top: 0, bottom: 100, left: 0, right: 100 },
      scales: { x: { getPixelForValue: () => 0, width: 100 } },
      getDatasetMeta: () => ({ hidden: false, data: [] }),
    };
    type Hook = ((ch: unknown) => void) | undefined;
    for (const p of c.plugins ?? []) {
      (p.beforeDatasetsDraw as unknown as Hook)?.(chart);
      (p.afterDatasetsDraw as unknown as Hook)?.(chart);
    }
    return [...axes, ...drawn];
  }

  it.each([
    ['bar', anyChartConfig(bar, { scale: 'linear' }, theme)],
    ['line', anyChartConfig(line, { scale: 'log' }, theme)],
    [
      'counts',
      anyChartConfig(
        countSpec(
          {
            id: 'monthly-x',
            title: '每月事件',
            label: '事件数',
            unit: '条',
            keys: ['2021-01'],
            categories: ['2021年1月'],
            series: [{ key: 'beihai', label: '北海', counts: [3] }],
          },
          colors,
        ),
        { scale: 'linear' },
        theme,
      ),
    ],
  ])('%s chart', (_, c) => {
    const sizes = textSizes(c);
    expect(sizes.length).toBeGreaterThanOrEqual(3);
    for (const px of sizes) expect(px).toBeGreaterThanOrEqual(12);
  });
});
