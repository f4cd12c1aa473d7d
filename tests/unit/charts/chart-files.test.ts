import { describe, expect, it } from 'vitest';
import {
  ACROSS_FROM,
  barChartSize,
  CHART_IMAGE,
  chartFileName,
  embedSnippet,
} from '../../../src/lib/charts/chart-files.ts';

describe('chartFileName', () => {
  it('is the id as a file name', () => expect(chartFileName('bar-collection.total')).toBe('bar-collection.total.png'));
  it('refuses an unsafe id', () => expect(() => chartFileName('../x')).toThrow(/safe path segment/));
});

describe('embedSnippet', () => {
  it('is an iframe of the embed page with an escaped title', () => {
    expect(
      embedSnippet({ url: 'https://example.org/yearbook/embed/monthly-all/', title: '“每月”事件 <数> & "图"' }),
    ).toBe(
      '<iframe src="https://example.org/yearbook/embed/monthly-all/" title="“每月”事件 &lt;数&gt; &amp; &quot;图&quot;" width="100%" height="560" loading="lazy" style="border:0"></iframe>',
    );
  });
  it('takes a height', () => expect(embedSnippet({ url: 'u', title: 't', height: 400 })).toContain('height="400"'));
});

describe('barChartSize', () => {
  it('keeps the usual size for upright bars and other charts, grows with the bars drawn across', () => {
    expect(barChartSize(undefined)).toEqual({ size: '', height: CHART_IMAGE.height });
    expect(barChartSize(ACROSS_FROM - 1)).toEqual({ size: '', height: CHART_IMAGE.height });
    expect(barChartSize(ACROSS_FROM).size).toBe('across-m');
    expect(barChartSize(21).size).toBe('across-l');
    expect(barChartSize(21).height).toBeGreaterThan(barChartSize(ACROSS_FROM).height);
  });
});
