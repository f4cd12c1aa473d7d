/**
 * The two builds the e2e suite serves: the site at the root, and the same site under a sub-path.
 * E2E_DIST / E2E_DIST_SUBPATH move them (e.g. to a temp dir, so a run is not disturbed by someone
 * rebuilding `dist/` in the same checkout).
 */
import type { Site } from '../../../scripts/lib/static-host.ts';

export const BUILDS = {
  root: { dist: process.env['E2E_DIST'] || 'dist', base: '/' },
  subpath: { dist: process.env['E2E_DIST_SUBPATH'] || 'dist-subpath', base: '/yearbook/' },
} as const satisfies Record<string, Site>;
