/** Site-internal URLs that respect the deployment base path (`/` or `/yearbook/`). Pure. */

/** Join the base path and a site path: ("/yearbook/", "/reports/x/") → "/yearbook/reports/x/". */
export function joinBase(base: string, path: string): string {
  if (/^(?:[a-z]+:|#|\/\/)/i.test(path)) return path;
  const b = base.endsWith('/') ? base : `${base}/`;
  return `${b}${path.replace(/^\//, '')}`;
}

/**
 * A link as an author wrote it in MDX, made to respect the base path: only root-relative links
 * ("/libraries/x/") get the base; external, protocol-relative, fragment, query and relative links
 * pass through, and so does a link that already starts with the base.
 */
export function withBase(base: string, link: string): string {
  if (!link.startsWith('/') || link.startsWith('//')) return link;
  const b = base.endsWith('/') ? base : `${base}/`;
  if (b === '/' || link === b.slice(0, -1) || link.startsWith(b)) return link;
  return joinBase(b, link);
}
