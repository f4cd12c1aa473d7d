/**
 * The site's two languages and how their URLs relate. Pure. Chinese is the default and lives at the
 * root with no prefix; English lives under `/en/`, page for page (the `i18n` block of astro.config.mjs
 * declares the same). Paths here are site paths, without the deployment base.
 */

/** The site's languages. */
export type Locale = 'zh' | 'en';

/** The `lang` / `hreflang` value of each locale, and the code Astro's i18n config uses for it. */
export const HTML_LANG: Readonly<Record<Locale, string>> = { zh: 'zh-CN', en: 'en' };

/** The `og:locale` of each locale (Open Graph writes language_TERRITORY). */
export const OG_LOCALE: Readonly<Record<Locale, string>> = { zh: 'zh_CN', en: 'en_US' };

/** The URL prefix of the English pages. */
const EN_PREFIX = '/en/';

/** The locale of a site path: `/en/…` is English, everything else Chinese. */
export function localeOfPath(path: string): Locale {
  return path === '/en' || path.startsWith(EN_PREFIX) ? 'en' : 'zh';
}

/** A site path in a locale: (`/compare/`, 'en') → `/en/compare/`; (`/en/compare/`, 'zh') → `/compare/`. */
export function localePath(path: string, locale: Locale): string {
  const bare = localeOfPath(path) === 'en' ? `/${path.slice(EN_PREFIX.length)}` : path;
  if (locale === 'zh') return bare;
  return `/en${bare.startsWith('/') ? bare : `/${bare}`}`;
}

/** The same page in the other language. */
export function counterpartPath(path: string): string {
  return localePath(path, localeOfPath(path) === 'en' ? 'zh' : 'en');
}

/** Remove the deployment base from a URL path: (`/yearbook/en/`, `/yearbook/`) → `/en/`. */
export function stripBase(pathname: string, base: string): string {
  const b = base.endsWith('/') ? base : `${base}/`;
  if (b === '/') return pathname;
  if (pathname === b.slice(0, -1)) return '/';
  return pathname.startsWith(b) ? `/${pathname.slice(b.length)}` : pathname;
}

/** The locale Astro reports for a page (`Astro.currentLocale`: `zh-CN`, `en` or undefined) as ours. */
export const toLocale = (astroLocale: string | undefined): Locale => (astroLocale === 'en' ? 'en' : 'zh');

/**
 * The language of the search index: one index, of the reports' Chinese text and the Chinese pages
 * (src/integrations/pagefind.ts). Only pages in this language mark their body `data-pagefind-body`.
 */
export const SEARCH_INDEX_LOCALE: Locale = 'zh';

/** The `lang` attribute of Chinese text (a report's words) on a page of `locale`: none on Chinese pages. */
export const chineseLang = (locale: Locale): string | undefined => (locale === 'en' ? HTML_LANG.zh : undefined);

/** The other language of a page (its language switch, the catalog's words shown small beside its own). */
export const otherLocale = (locale: Locale): Locale => (locale === 'en' ? 'zh' : 'en');
