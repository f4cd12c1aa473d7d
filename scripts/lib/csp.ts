/**
 * Content-Security-Policy text: parse, merge, print. Pure. Astro writes one policy per page into a
 * `<meta http-equiv="content-security-policy">` (hashes of that page's inline scripts and styles); a
 * server that sends the policy as a header needs one policy for every page: the union of them all.
 */

/** Directive name → sources, in order of first appearance. */
export type Policy = Map<string, string[]>;

/** "default-src 'self'; script-src 'self' 'sha256-…'" → Map { default-src → ['self'], … }. */
export function parsePolicy(text: string): Policy {
  const policy: Policy = new Map();
  for (const part of text.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name && !policy.has(name.toLowerCase())) policy.set(name.toLowerCase(), sources);
  }
  return policy;
}

/** The union of policies: each directive's sources merged, without duplicates, in first-seen order. */
export function mergePolicies(policies: Iterable<Policy>): Policy {
  const merged: Policy = new Map();
  for (const policy of policies) {
    for (const [name, sources] of policy) {
      const into = merged.get(name) ?? [];
      for (const s of sources) if (!into.includes(s)) into.push(s);
      merged.set(name, into);
    }
  }
  return merged;
}

/** A policy as header text: "default-src 'self'; script-src 'self' …". */
export function printPolicy(policy: Policy): string {
  return [...policy].map(([name, sources]) => [name, ...sources].join(' ')).join('; ');
}

/** The policy of every `<meta http-equiv="content-security-policy">` in an HTML document. */
export function metaPolicies(html: string): Policy[] {
  return [...html.matchAll(/<meta\s+http-equiv="content-security-policy"\s+content="([^"]*)"/gi)].map((m) =>
    parsePolicy(
      (m[1] ?? '')
        .replace(/&#39;|&apos;/g, "'")
        .replace(/&quot;/g, '"')
        .replace(/&amp;/g, '&'),
    ),
  );
}

/**
 * Directives that only work in a header (ignored in `<meta>`): added to the header policy.
 * `frame-ancestors 'none'` stops other sites framing the pages (clickjacking).
 */
export const HEADER_ONLY_DIRECTIVES: readonly string[] = ["frame-ancestors 'none'"];

/** The hardening headers the README's nginx example sends besides the CSP. */
export const HARDENING_HEADERS: Readonly<Record<string, string>> = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'X-Frame-Options': 'DENY',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
  'Cross-Origin-Opener-Policy': 'same-origin',
};

/**
 * Pages other sites may frame: the chart embeds (`/embed/<chart>/`, path relative to the base). They get
 * `frame-ancestors *` instead of `'none'`, and no X-Frame-Options (which cannot allow framing by others).
 */
export const EMBED_PREFIX = 'embed/';
export const EMBED_HEADER_ONLY_DIRECTIVES: readonly string[] = ['frame-ancestors *'];
export const EMBED_HARDENING_HEADERS: Readonly<Record<string, string>> = Object.fromEntries(
  Object.entries(HARDENING_HEADERS).filter(([name]) => name !== 'X-Frame-Options'),
);

/**
 * Files other sites' scripts may read: the open data and the chart images (paths relative to the base). A
 * notebook or a page on another origin fetches them, so they are sent with `Access-Control-Allow-Origin: *`
 * besides the page headers (they carry no cookies or private data: the whole site is public).
 */
export const OPEN_PREFIXES: readonly string[] = ['data/', 'charts/'];
export const CORS_HEADERS: Readonly<Record<string, string>> = { 'Access-Control-Allow-Origin': '*' };
