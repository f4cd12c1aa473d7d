/**
 * The site's Content-Security-Policy as one header for every page: the union of the `<meta>` policies
 * Astro wrote into the built pages, plus header-only directives (frame-ancestors). Rebuilt content
 * changes the hashes, so generate the header from each build you deploy.
 *
 *   npx tsx scripts/csp-header.ts [dist]           # the policy text
 *   npx tsx scripts/csp-header.ts [dist] --nginx   # nginx add_header lines, hardening headers included
 *   npx tsx scripts/csp-header.ts [dist] --nginx --embed   # the same for the embed pages' location
 *   npx tsx scripts/csp-header.ts [dist] --nginx --data    # the same for /data/ and /charts/ (CORS)
 *
 * Embed pages (`/embed/…`) are made to be framed by other sites: their headers allow any frame ancestor.
 * The open data and chart images (`/data/…`, `/charts/…`) may be read by other sites' scripts (CORS).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  CORS_HEADERS,
  EMBED_HARDENING_HEADERS,
  EMBED_HEADER_ONLY_DIRECTIVES,
  HARDENING_HEADERS,
  HEADER_ONLY_DIRECTIVES,
  mergePolicies,
  metaPolicies,
  parsePolicy,
  printPolicy,
  type Policy,
} from './lib/csp.ts';

/** Every .html file under dir, sorted. */
function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.html'))
    .sort()
    .map((f) => join(dir, f));
}

/**
 * The distinct meta policies of a build's pages, in the order first met. Pages are read one at a time and
 * only distinct policies are kept: a national build has tens of thousands of pages that mostly share a
 * handful of policies, and holding every page's exhausted the heap at 4,000 reports.
 */
function distinctPolicies(dist: string): Policy[] {
  const distinct = new Map<string, Policy>();
  for (const f of htmlFiles(dist))
    for (const policy of metaPolicies(readFileSync(f, 'utf8'))) {
      const text = printPolicy(policy);
      if (!distinct.has(text)) distinct.set(text, policy);
    }
  return [...distinct.values()];
}

/**
 * Which paths a header set is for: every page, the embeds that other sites may frame, or the open data
 * and chart images that other sites may fetch.
 */
export type PageKind = 'page' | 'embed' | 'data';

/** The header policy for a build: union of its pages' meta policies and the header-only directives. */
export function headerPolicy(dist: string, kind: PageKind = 'page'): string {
  const policies = distinctPolicies(dist);
  if (policies.length === 0) throw new Error(`No <meta http-equiv="content-security-policy"> in ${dist}`);
  const headerOnly = kind === 'embed' ? EMBED_HEADER_ONLY_DIRECTIVES : HEADER_ONLY_DIRECTIVES;
  return printPolicy(mergePolicies([...policies, parsePolicy(headerOnly.join(';'))]));
}

/** The security headers (CSP and hardening) as name → value. */
export function securityHeaders(dist: string, kind: PageKind = 'page'): Record<string, string> {
  const hardening = kind === 'embed' ? EMBED_HARDENING_HEADERS : HARDENING_HEADERS;
  return {
    'Content-Security-Policy': headerPolicy(dist, kind),
    ...hardening,
    ...(kind === 'data' ? CORS_HEADERS : {}),
  };
}

/** nginx `add_header` lines: the CSP and the hardening headers (and CORS for `data`). */
export function nginxHeaders(dist: string, kind: PageKind = 'page'): string[] {
  return Object.entries(securityHeaders(dist, kind)).map(([name, value]) => `add_header ${name} "${value}" always;`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const args = process.argv.slice(2);
  const dist = args.find((a) => !a.startsWith('--')) ?? 'dist';
  const kind: PageKind = args.includes('--embed') ? 'embed' : args.includes('--data') ? 'data' : 'page';
  console.log(args.includes('--nginx') ? nginxHeaders(dist, kind).join('\n') : headerPolicy(dist, kind));
}
