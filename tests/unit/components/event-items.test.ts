import { describe, expect, it } from 'vitest';
import { eventItemsHtml } from '../../../src/components/events/event-items.ts';
import type { ChronicleEvent } from '../../../src/lib/chronicle/event-schema.ts';
import { chronicleEvent } from '../../support/factories.ts';

const event = (): ChronicleEvent =>
  chronicleEvent('beihai', '2021-11-03', {
    text: '11月3日，举办“书香<北海>”活动 & 讲座。',
    categories: ['lecture', 'online'],
    line: 12,
  });
const href = (path: string): string => `/sub${path}`;

describe('eventItemsHtml: the items of a timeline month', () => {
  it('writes one item with its date, text after the date, categories and link, escaped', () => {
    const html = eventItemsHtml([event()], { lang: 'zh', href });
    expect(html).toBe(
      '<li data-library="beihai" data-year="2021" data-month="11" data-categories="lecture online">' +
        '<p class="when"><span><time datetime="2021-11-03">2021年11月3日</time></span></p>' +
        '<p class="what">举办“书香&lt;北海&gt;”活动 &amp; 讲座。</p>' +
        '<p class="meta small"><span>讲座 · 线上 · 大事记</span>' +
        '<a href="/sub/reports/beihai/2021/#e-2021-11-03-1">见报告原文' +
        '<span class="visually-hidden">（2021年报告，2021年11月3日）</span></a></p></li>',
    );
  });

  it('writes an empty attribute bare, the library when names are given, a range and the text language on English pages', () => {
    const e = chronicleEvent('beihai', '2021', { end: '2022', source: 'text', text: 'A "quoted" text' });
    const html = eventItemsHtml([e], { lang: 'en', href, names: new Map([['beihai', 'Beihai & Co']]) });
    expect(html).toContain('data-month data-categories>');
    expect(html).toContain('<time datetime="2022">');
    expect(html).toContain('<span class="lib">Beihai &amp; Co</span>');
    expect(html).toContain('<p class="what" lang="zh-CN">A &quot;quoted&quot; text</p>');
  });

  it('drops the leading date the same way each time an event is listed again', () => {
    const e = event();
    const once = eventItemsHtml([e], { lang: 'zh', href });
    expect(eventItemsHtml([e, e], { lang: 'zh', href })).toBe(once + once);
    expect(eventItemsHtml([], { lang: 'zh', href })).toBe('');
  });
});
