/**
 * Tells the deployer, at the start and again at the end of a production build, what the site will get
 * wrong without its settings: with no `SITE_URL` every absolute link points at the placeholder domain;
 * with no `SITE_CONTACT` readers have no one to write to about a wrong figure. A setting that cannot be
 * used at all stops the build earlier, in astro.config.mjs (readSiteSettings throws).
 */
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { contactWarning, siteUrlWarning, type SiteSettings } from '../lib/site/settings.ts';

function warn(settings: SiteSettings, logger: AstroIntegrationLogger): void {
  for (const message of [siteUrlWarning(settings), contactWarning(settings)]) if (message) logger.warn(message);
}

/** The integration, given the settings astro.config.mjs read. */
export function siteSettingsCheck(settings: SiteSettings): AstroIntegration {
  let build = false;
  return {
    name: 'yearbook:site-settings',
    hooks: {
      'astro:config:setup': ({ command, logger }) => {
        build = command === 'build';
        if (build) warn(settings, logger);
      },
      'astro:build:done': ({ logger }) => {
        if (build) warn(settings, logger);
      },
    },
  };
}
