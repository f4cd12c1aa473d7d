/**
 * A real `astro build` in a child process, for the build tests: which content, where the output and the
 * build cache go, anything else in `env` (BASE_PATH, YEARBOOK_BUILD_WORKERS, …). The child gets this
 * process's environment without Vitest's own variables, which would leak into Vite.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

/**
 * This process's environment without Vitest's (BASE_URL, MODE, NODE_ENV=test, TEST, VITEST_*): what a staff
 * member's shell would give `astro build`, `astro dev` or `npm run check`.
 */
export function buildEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const key of ['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'NODE_ENV', 'TEST']) delete env[key];
  for (const key of Object.keys(env)) if (key.startsWith('VITEST')) delete env[key];
  return env;
}

export interface AstroBuildOptions {
  /** The site is written to `<out>/dist`, the build cache kept in `<out>/cache`. */
  readonly out: string;
  /** The content folder (YEARBOOK_CONTENT_DIR); the real `content/` when not given. */
  readonly content?: string | undefined;
  /** More variables for the build. */
  readonly env?: Readonly<Record<string, string>>;
  /** Milliseconds before the build is killed. */
  readonly timeout?: number;
}

export interface AstroBuildResult {
  /** The exit code (null when killed). */
  readonly status: number | null;
  /** stdout, then stderr. */
  readonly output: string;
}

/** Runs `astro build` and returns its exit code and output. */
export function astroBuild({ out, content, env = {}, timeout = 180_000 }: AstroBuildOptions): AstroBuildResult {
  const r = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
    encoding: 'utf8',
    env: {
      ...buildEnv(),
      ASTRO_TELEMETRY_DISABLED: '1',
      ...(content ? { YEARBOOK_CONTENT_DIR: content } : {}),
      YEARBOOK_OUT_DIR: join(out, 'dist'),
      YEARBOOK_CACHE_DIR: join(out, 'cache'),
      ...env,
    },
    timeout,
  });
  return { status: r.status, output: `${r.stdout}\n${r.stderr}` };
}
