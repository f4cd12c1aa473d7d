import { describe, expect, it } from 'vitest';
import {
  contactWarning,
  LICENCES,
  PLACEHOLDER_SITE_URL,
  readSiteSettings,
  SettingError,
  siteUrlWarning,
} from '../../../src/lib/site/settings.ts';

describe('readSiteSettings', () => {
  it('defaults: the placeholder origin, CC BY 4.0, no contact', () => {
    const s = readSiteSettings({});
    expect(s).toEqual({
      siteUrl: PLACEHOLDER_SITE_URL,
      siteUrlSet: false,
      dataLicence: LICENCES['CC-BY-4.0'],
      contact: undefined,
    });
  });

  it.each([
    ['https://example.org', 'https://example.org'],
    ['https://example.org/', 'https://example.org'],
    ['  http://127.0.0.1:8080 ', 'http://127.0.0.1:8080'],
  ])('SITE_URL=%s → %s', (raw, origin) => {
    expect(readSiteSettings({ SITE_URL: raw })).toMatchObject({ siteUrl: origin, siteUrlSet: true });
  });

  it.each([
    ['example.org', /不是网址/],
    ['https://example.org/yearbook/', /BASE_PATH/],
    ['ftp://example.org', /只写协议和域名/],
  ])('SITE_URL=%s stops with a message', (raw, message) => {
    expect(() => readSiteSettings({ SITE_URL: raw })).toThrow(SettingError);
    expect(() => readSiteSettings({ SITE_URL: raw })).toThrow(message);
  });

  it.each([
    ['corrections@example.org', 'mailto:corrections@example.org', 'corrections@example.org'],
    ['mailto:a.b@lib.example.cn', 'mailto:a.b@lib.example.cn', 'a.b@lib.example.cn'],
    ['https://example.org/contact', 'https://example.org/contact', 'example.org/contact'],
  ])('SITE_CONTACT=%s → %s', (raw, href, text) => {
    expect(readSiteSettings({ SITE_CONTACT: raw }).contact).toEqual({ href, text });
  });

  it.each(['someone', 'javascript:alert(1)', 'a@b'])('SITE_CONTACT=%s stops with a message', (raw) => {
    expect(() => readSiteSettings({ SITE_CONTACT: raw })).toThrow(/SITE_CONTACT=.*电子邮件地址或网址/);
  });

  it('an empty variable counts as not set', () => {
    expect(readSiteSettings({ SITE_URL: '', SITE_CONTACT: ' ', SITE_DATA_LICENCE: '' })).toEqual(readSiteSettings({}));
  });

  it('a licence by SPDX id; an unknown one lists the choices', () => {
    expect(readSiteSettings({ SITE_DATA_LICENCE: 'CC0-1.0' }).dataLicence.name).toBe('CC0 1.0');
    expect(() => readSiteSettings({ SITE_DATA_LICENCE: 'MIT' })).toThrow(/MIT.*CC-BY-4\.0、CC-BY-SA-4\.0/);
  });
});

describe('warnings of a production build', () => {
  it('without SITE_URL: names the placeholder and everything that will point to it', () => {
    const w = siteUrlWarning(readSiteSettings({})) ?? '';
    for (const what of ['canonical', 'og:image', 'RSS', 'sitemap', 'robots.txt', '嵌入代码', 'citation lines'])
      expect(w).toContain(what);
    expect(w).toContain(PLACEHOLDER_SITE_URL);
    expect(w).toContain('SITE_URL=https://');
  });

  it('with SITE_URL and SITE_CONTACT: nothing to say', () => {
    const s = readSiteSettings({ SITE_URL: 'https://example.org', SITE_CONTACT: 'a@example.org' });
    expect(siteUrlWarning(s)).toBeUndefined();
    expect(contactWarning(s)).toBeUndefined();
  });

  it('without SITE_CONTACT: says readers are sent to the library', () => {
    expect(contactWarning(readSiteSettings({}))).toMatch(/SITE_CONTACT.*图书馆/);
  });
});
