/**
 * The deployment's own settings, read once from the environment: where the site lives, under what
 * licence its compiled data is published, and whom readers write to about a wrong figure. Pure: the
 * environment comes in as a plain object (astro.config.mjs and src/data/site.ts pass `process.env`).
 *
 * | variable            | meaning                                             | default                      |
 * | ------------------- | --------------------------------------------------- | ---------------------------- |
 * | `SITE_URL`          | public origin                                       | the placeholder below        |
 * | `SITE_DATA_LICENCE` | SPDX id of the compiled data's licence (LICENCES)   | `CC-BY-4.0`                  |
 * | `SITE_CONTACT`      | e-mail address or https URL for corrections         | none (readers are sent to the library) |
 */

/** The origin used when `SITE_URL` is not set: links built with it lead nowhere. */
export const PLACEHOLDER_SITE_URL = 'https://library-yearbook.example.org';

/** A licence the compiled data can be published under. */
export interface Licence {
  readonly id: string;
  readonly name: string;
  readonly url: string;
}

/** The licences a deployer can choose by SPDX id: open-data licences a reader can look up. */
export const LICENCES: Readonly<Record<string, Licence>> = {
  'CC-BY-4.0': { id: 'CC-BY-4.0', name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' },
  'CC-BY-SA-4.0': {
    id: 'CC-BY-SA-4.0',
    name: 'CC BY-SA 4.0',
    url: 'https://creativecommons.org/licenses/by-sa/4.0/',
  },
  'CC0-1.0': { id: 'CC0-1.0', name: 'CC0 1.0', url: 'https://creativecommons.org/publicdomain/zero/1.0/' },
  'ODbL-1.0': { id: 'ODbL-1.0', name: 'ODbL 1.0', url: 'https://opendatacommons.org/licenses/odbl/1-0/' },
};

/** Where readers send corrections: a link and the text shown for it. */
export interface Contact {
  readonly href: string;
  readonly text: string;
}

export interface SiteSettings {
  /** The public origin, without a trailing slash. */
  readonly siteUrl: string;
  /** False when `SITE_URL` was not set and `siteUrl` is the placeholder. */
  readonly siteUrlSet: boolean;
  readonly dataLicence: Licence;
  /** Undefined when `SITE_CONTACT` is not set. */
  readonly contact: Contact | undefined;
}

/** A setting that cannot be used; the message names the variable, the value and the fix. */
export class SettingError extends Error {
  override name = 'SettingError';
}

const EMAIL = /^[^\s@<>()]+@[^\s@<>()]+\.[^\s@<>()]+$/;

function readContact(raw: string | undefined): Contact | undefined {
  const value = raw?.trim();
  if (!value) return undefined;
  if (value.startsWith('mailto:') && EMAIL.test(value.slice(7))) return { href: value, text: value.slice(7) };
  if (EMAIL.test(value)) return { href: `mailto:${value}`, text: value };
  if (/^https?:\/\/[^\s]+$/.test(value)) return { href: value, text: value.replace(/^https?:\/\//, '') };
  throw new SettingError(
    `SITE_CONTACT="${value}" 不是电子邮件地址或网址（is neither an e-mail address nor an http(s) URL）：` +
      '写成 corrections@example.org 或 https://example.org/contact',
  );
}

function readSiteUrl(raw: string | undefined): { siteUrl: string; siteUrlSet: boolean } {
  const value = raw?.trim();
  if (!value) return { siteUrl: PLACEHOLDER_SITE_URL, siteUrlSet: false };
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new SettingError(`SITE_URL="${value}" 不是网址（is not a URL）：写成 https://example.org`);
  }
  if (!/^https?:$/.test(url.protocol) || url.pathname !== '/' || url.search || url.hash)
    throw new SettingError(
      `SITE_URL="${value}" 只写协议和域名（only the origin）：写成 ${url.origin}，子路径放在 BASE_PATH（a sub-path goes in BASE_PATH）`,
    );
  return { siteUrl: url.origin, siteUrlSet: true };
}

/** The settings of this deployment from its environment; an unusable value throws a SettingError. */
export function readSiteSettings(env: Readonly<Record<string, string | undefined>>): SiteSettings {
  const licenceId = env['SITE_DATA_LICENCE']?.trim() || 'CC-BY-4.0';
  const dataLicence = LICENCES[licenceId];
  if (!dataLicence)
    throw new SettingError(
      `SITE_DATA_LICENCE="${licenceId}" 不在可选许可中（is not a known licence）：可选 ${Object.keys(LICENCES).join('、')}`,
    );
  return { ...readSiteUrl(env['SITE_URL']), dataLicence, contact: readContact(env['SITE_CONTACT']) };
}

/**
 * What a production build says when it would publish placeholder links: every absolute URL the site
 * writes (canonical links, hreflang alternates, og:image, the RSS feed, the sitemap, robots.txt, the
 * embed snippet, citation lines) would point at the placeholder domain. Undefined when all is set.
 */
export function siteUrlWarning(settings: SiteSettings): string | undefined {
  if (settings.siteUrlSet) return undefined;
  return [
    `SITE_URL 未设置：canonical 链接、hreflang、og:image、RSS、sitemap、robots.txt、嵌入代码和引用格式中的网址都将指向占位域名 ${PLACEHOLDER_SITE_URL}。`,
    `SITE_URL is not set: canonical links, hreflang alternates, og:image, the RSS feed, the sitemap, robots.txt, the embed snippet and citation lines will all point to the placeholder ${PLACEHOLDER_SITE_URL}.`,
    '部署前请这样构建（build for deployment with）：SITE_URL=https://your.domain npx astro build',
  ].join('\n');
}

/** What a production build says when readers have no one to write to about a wrong figure. */
export function contactWarning(settings: SiteSettings): string | undefined {
  if (settings.contact) return undefined;
  return [
    'SITE_CONTACT 未设置：“关于”页只能请读者联系发布报告的图书馆来纠错。',
    'SITE_CONTACT is not set: the about page can only send readers to the library that published a report to ask for a correction.',
    '设置电子邮件或网址（set an e-mail address or URL）：SITE_CONTACT=corrections@your.domain',
  ].join('\n');
}
