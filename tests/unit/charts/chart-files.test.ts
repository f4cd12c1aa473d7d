import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import {
  ACROSS_FROM,
  barChartSize,
  CHART_IMAGE,
  chartFileName,
  EMBED_FALLBACK_HEIGHT,
  EMBED_HEIGHT_MESSAGE,
  embedSnippet,
} from '../../../src/lib/charts/chart-files.ts';

describe('chartFileName', () => {
  it('is the id as a file name', () => expect(chartFileName('bar-collection.total')).toBe('bar-collection.total.png'));
  it('refuses an unsafe id', () => expect(() => chartFileName('../x')).toThrow(/safe path segment/));
});

describe('embedSnippet', () => {
  const snippet = embedSnippet({
    url: 'https://example.org/yearbook/embed/monthly-all/',
    title: '“每月”事件 <数> & "图"',
  });
  it('is an iframe of the embed page with an escaped title and a fixed fallback height', () => {
    expect(snippet.split('\n')[0]).toBe(
      `<iframe src="https://example.org/yearbook/embed/monthly-all/" title="“每月”事件 &lt;数&gt; &amp; &quot;图&quot;" width="100%" height="${EMBED_FALLBACK_HEIGHT}" loading="lazy" style="border:0" data-library-yearbook></iframe>`,
    );
  });
  it('takes a height', () =>
    expect(embedSnippet({ url: 'https://e.org/', title: 't', height: 400 })).toContain('height="400"'));

  /** Run the snippet's listener against a fake page holding two frames; returns their heights. */
  function listen(message: { origin: string; source: unknown; data: unknown }): string[] {
    const script = /<script>(.*)<\/script>/.exec(snippet)?.[1] ?? '';
    const frames = [
      { contentWindow: 'w1', style: { height: '' } },
      { contentWindow: 'w2', style: { height: '' } },
    ];
    let handler: ((e: unknown) => void) | undefined;
    const addEventListener = (_type: string, h: (e: unknown) => void) => (handler = h);
    const document = { querySelectorAll: () => frames };
    runInNewContext(script, { addEventListener, document });
    handler?.(message);
    return frames.map((f) => f.style.height);
  }

  it('sizes the frame whose embed posted its height, and only from the embed origin', () => {
    const data = { type: EMBED_HEIGHT_MESSAGE, height: 1234.2 };
    expect(listen({ origin: 'https://example.org', source: 'w2', data })).toEqual(['', '1235px']);
    expect(listen({ origin: 'https://evil.example', source: 'w2', data })).toEqual(['', '']);
    expect(listen({ origin: 'https://example.org', source: 'w2', data: { type: 'other', height: 9 } })).toEqual([
      '',
      '',
    ]);
  });
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
