/**
 * The two builds the e2e suite serves: the site at the root, and the same site under a sub-path (built
 * with a SITE_CONTACT, so the about page is tested with and without one).
 * E2E_DIST / E2E_DIST_SUBPATH move them (e.g. to a temp dir, so a run is not disturbed by someone
 * rebuilding `dist/` in the same checkout).
 */
import type { Site } from '../../../scripts/lib/static-host.ts';

export const BUILDS = {
  // No correction contact at the root (the about page sends readers to the libraries); one under the sub-path.
  root: { dist: process.env['E2E_DIST'] || 'dist', base: '/', contact: undefined },
  subpath: {
    dist: process.env['E2E_DIST_SUBPATH'] || 'dist-subpath',
    base: '/yearbook/',
    contact: 'corrections@example.org',
  },
} as const satisfies Record<string, Site & { contact: string | undefined }>;
