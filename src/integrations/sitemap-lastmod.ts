/**
 * `lastmod` in the sitemap (@astrojs/sitemap's `serialize`): the content check publishes each report's and
 * library's last change (src/lib/site/lastmod.ts) when the build starts; the sitemap, written when it ends,
 * reads them here. A page without a date in the content gets none, rather than the build's clock.
 */
import type { SitemapItem } from '@astrojs/sitemap';
import { handoff } from '../lib/build-handoff.ts';
import { stripBase, localePath } from '../i18n/locales.ts';
import { pageLastmods, type DatedReport } from '../lib/site/lastmod.ts';

const dates = handoff<ReadonlyMap<string, string>>('page-lastmods');

/** Publish the reports' dates for this build (the content check calls it); `undefined` clears them. */
export function shareLastmods(reports: readonly DatedReport[] | undefined): void {
  dates.put(reports && pageLastmods(reports));
}

/** The sitemap's `serialize`: `item` with the `lastmod` of its page, when the content has one. */
export function sitemapLastmod(base: string): (item: SitemapItem) => SitemapItem {
  return (item) => {
    const path = localePath(stripBase(new URL(item.url).pathname, base), 'zh');
    const lastmod = dates.get()?.get(path);
    return lastmod ? { ...item, lastmod } : item;
  };
}
