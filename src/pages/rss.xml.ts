/**
 * RSS feed of the annual reports, newest first; linked from every page's <head>. It names its own address
 * (`atom:link rel="self"`), as feed validators ask, so a copy of the feed still says where it comes from.
 */
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getReportHeads, href } from '../data/content.ts';
import { feedItems } from '../lib/open-data/feed.ts';
import { reportPath } from '../lib/site/paths.ts';
import { PLACEHOLDER_SITE_URL } from '../lib/site/settings.ts';

export const GET: APIRoute = async (context) => {
  const items = feedItems(
    (await getReportHeads()).map(({ head, report: { data } }) => ({
      ...head,
      published: data.published,
      dataAsOf: data.dataAsOf,
      figures: Object.keys(data.figures).length,
    })),
  );
  const self = new URL(href('/rss.xml'), context.site ?? PLACEHOLDER_SITE_URL).href;
  return rss({
    title: '图书馆年鉴：年度报告',
    description: '公共图书馆年度工作总结全文及其中的统计数字，每个数字链接到原句。',
    site: context.site ?? PLACEHOLDER_SITE_URL,
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    customData: `<language>zh-CN</language><atom:link href="${self}" rel="self" type="application/rss+xml"/>`,
    items: items.map((i) => ({ ...i, link: href(reportPath(i)) })),
  });
};
