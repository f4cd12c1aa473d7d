/**
 * Builds the site twice — at the root into `dist/` (reused when E2E_REUSE_DIST=1) and under
 * `/yearbook/` into `dist-subpath/` — and serves both with nginx on free ports of 127.0.0.1 (a Node
 * static server when nginx is not installed). Tests read the origins from E2E_ROOT_ORIGIN and
 * E2E_SUBPATH_ORIGIN. The returned function stops the server.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BUILDS } from './support/builds.ts';
import { findNginx, startNginx, startNodeHost, type RunningHost } from '../../scripts/lib/static-host.ts';

/**
 * The sub-path build splits its search index into parts (a tiny part budget: the real site is ~0.7 MB of
 * indexed HTML), so the search specs cover merged parts there and the one-part index at the root. At
 * 200 KB the index is cut by province: 内蒙古 and 广东 share a part, 广西 (北海's two long reports) fills
 * three of its own.
 */
const SUBPATH_SEARCH_PART_BYTES = '200000';

function build(outDir: string, base: string, cacheDir: string, extraEnv: Record<string, string> = {}): void {
  const started = Date.now();
  rmSync(outDir, { recursive: true, force: true });
  const r = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--silent'], {
    stdio: 'inherit',
    env: {
      ...process.env,
      ASTRO_TELEMETRY_DISABLED: '1',
      BASE_PATH: base,
      YEARBOOK_OUT_DIR: outDir,
      YEARBOOK_CACHE_DIR: cacheDir,
      ...extraEnv,
    },
  });
  if (r.status !== 0) throw new Error(`astro build (base ${base}) failed with status ${r.status}`);
  console.log(`[e2e] built ${outDir} (base ${base}) in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

export default async function globalSetup(): Promise<() => Promise<void>> {
  const { root, subpath } = BUILDS;
  // Fresh caches in a temp dir: no sharing with other builds running in the same checkout.
  const tmp = mkdtempSync(join(tmpdir(), 'yearbook-e2e-'));
  if (process.env['E2E_REUSE_DIST'] === '1' && existsSync(join(root.dist, 'sitemap-index.xml'))) {
    console.log(`[e2e] reusing ${root.dist}/ (E2E_REUSE_DIST=1)`);
  } else {
    build(root.dist, root.base, join(tmp, 'cache-root'), { SITE_CONTACT: '' });
  }
  build(subpath.dist, subpath.base, join(tmp, 'cache-subpath'), {
    YEARBOOK_SEARCH_PART_BYTES: SUBPATH_SEARCH_PART_BYTES,
    SITE_CONTACT: subpath.contact,
  });

  const sites = [root, subpath];
  const nginx = process.env['E2E_SERVER'] === 'node' ? undefined : findNginx();
  let host: RunningHost;
  if (nginx) {
    host = await startNginx(nginx, tmp, sites);
  } else {
    console.log(
      '[e2e] NOTE: nginx not found (set NGINX_PATH, or apt-get install nginx-light); serving with the Node ' +
        'fallback in scripts/lib/static-host.ts instead. CI (.ci/run) installs and uses nginx.',
    );
    host = await startNodeHost(sites);
  }
  const [rootOrigin = '', subpathOrigin = ''] = host.origins;
  process.env['E2E_ROOT_ORIGIN'] = rootOrigin;
  process.env['E2E_SUBPATH_ORIGIN'] = subpathOrigin;
  process.env['E2E_SERVER_KIND'] = host.kind;
  console.log(`[e2e] ${host.kind}: ${rootOrigin}${root.base} and ${subpathOrigin}${subpath.base} (config in ${tmp})`);

  return async () => {
    await host.stop();
    rmSync(tmp, { recursive: true, force: true });
  };
}
