/**
 * The site's Content-Security-Policy as one header for every page: the union of the `<meta>` policies
 * Astro wrote into the built pages, plus header-only directives (frame-ancestors). Rebuilt content
 * changes the hashes, so generate the header from each build you deploy.
 *
 *   npx tsx scripts/csp-header.ts [dist]           # the policy text
 *   npx tsx scripts/csp-header.ts [dist] --nginx   # nginx add_header lines, hardening headers included
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  HARDENING_HEADERS,
  HEADER_ONLY_DIRECTIVES,
  mergePolicies,
  metaPolicies,
  parsePolicy,
  printPolicy,
} from '../src/lib/csp.ts';

/** Every .html file under dir, sorted. */
function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.html'))
    .sort()
    .map((f) => join(dir, f));
}

/** The header policy for a build: union of its pages' meta policies and the header-only directives. */
export function headerPolicy(dist: string): string {
  const policies = htmlFiles(dist).flatMap((f) => metaPolicies(readFileSync(f, 'utf8')));
  if (policies.length === 0) throw new Error(`No <meta http-equiv="content-security-policy"> in ${dist}`);
  return printPolicy(mergePolicies([...policies, parsePolicy(HEADER_ONLY_DIRECTIVES.join(';'))]));
}

/** nginx `add_header` lines: the CSP and the hardening headers. */
export function nginxHeaders(dist: string): string[] {
  return [
    `add_header Content-Security-Policy "${headerPolicy(dist)}" always;`,
    ...Object.entries(HARDENING_HEADERS).map(([name, value]) => `add_header ${name} "${value}" always;`),
  ];
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const args = process.argv.slice(2);
  const dist = args.find((a) => !a.startsWith('--')) ?? 'dist';
  console.log(args.includes('--nginx') ? nginxHeaders(dist).join('\n') : headerPolicy(dist));
}
