/**
 * Social sharing: the Open Graph / Twitter meta tags of a page, and the size of the social images.
 * Pure: values in, tag list out (Base.astro renders them).
 */

/** Size of every social image (the 1.91:1 card Open Graph and Twitter recommend). */
export const SOCIAL_IMAGE = { width: 1200, height: 630 } as const;

/** What a page says about itself when shared. */
export interface SocialInput {
  /** The page title as in <title>. */
  readonly title: string;
  readonly description: string;
  /** Absolute canonical URL. */
  readonly url: string;
  /** Absolute URL of a PNG of SOCIAL_IMAGE size. */
  readonly image: string;
  readonly imageAlt: string;
  readonly type: 'website' | 'article';
  readonly siteName: string;
  /** The page's language as Open Graph writes it (`zh_CN`, `en_US`). */
  readonly locale: string;
  /** The languages the same page exists in besides (`og:locale:alternate`). */
  readonly alternateLocales?: readonly string[];
}

/** A `<meta property>` (Open Graph) or `<meta name>` (Twitter) tag. */
export type MetaTag = { property: string; content: string } | { name: string; content: string };

/** Collapse whitespace and cut at `max` characters (with an ellipsis), as share previews do anyway. */
export function clip(text: string, max: number): string {
  const t = text.replace(/\s+/g, ' ').trim();
  const chars = [...t];
  return chars.length <= max ? t : `${chars.slice(0, max - 1).join('')}…`;
}

/**
 * The social image's alternative text when a page names none: the site and the page title, or, on a page
 * whose title is the site's own (the home page), the site's description, which already names the site
 * (`图书馆年鉴：把公共图书馆年度工作总结变成…`), rather than the site's name twice.
 */
export function socialImageAlt(p: {
  readonly siteTitle: string;
  readonly title: string;
  readonly siteDescription: string;
  readonly locale: 'zh' | 'en';
}): string {
  if (p.title.trim() === p.siteTitle.trim()) return p.siteDescription;
  return `${p.siteTitle}${p.locale === 'en' ? ': ' : '：'}${p.title}`;
}

/** The Open Graph and Twitter tags of a page. */
export function socialMeta(p: SocialInput): MetaTag[] {
  const description = clip(p.description, 160);
  return [
    { property: 'og:type', content: p.type },
    { property: 'og:site_name', content: p.siteName },
    { property: 'og:locale', content: p.locale },
    ...(p.alternateLocales ?? []).map((l) => ({ property: 'og:locale:alternate', content: l })),
    { property: 'og:title', content: p.title },
    { property: 'og:description', content: description },
    { property: 'og:url', content: p.url },
    { property: 'og:image', content: p.image },
    { property: 'og:image:type', content: 'image/png' },
    { property: 'og:image:width', content: String(SOCIAL_IMAGE.width) },
    { property: 'og:image:height', content: String(SOCIAL_IMAGE.height) },
    { property: 'og:image:alt', content: p.imageAlt },
    { name: 'twitter:card', content: 'summary_large_image' },
    { name: 'twitter:title', content: p.title },
    { name: 'twitter:description', content: description },
    { name: 'twitter:image', content: p.image },
    { name: 'twitter:image:alt', content: p.imageAlt },
  ];
}
