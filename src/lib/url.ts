/** Site-internal URLs that respect the deployment base path (`/` or `/yearbook/`). Pure. */

/** Join the base path and a site path: ("/yearbook/", "/reports/x/") → "/yearbook/reports/x/". */
export function joinBase(base: string, path: string): string {
  if (/^(?:[a-z]+:|#|\/\/)/i.test(path)) return path;
  const b = base.endsWith('/') ? base : `${base}/`;
  return `${b}${path.replace(/^\//, '')}`;
}
