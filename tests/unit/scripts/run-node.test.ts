/**
 * `npm run dev` / `npm run build` work from a staff terminal whose Node is older than Astro needs: the npm
 * scripts that run Node code go through scripts/run-node.sh, which puts Node >= 22.12 first on PATH.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const scripts = (JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> }).scripts;

describe('the Node wrapper', () => {
  it.each([
    'dev',
    'dev:library',
    'build',
    'build:library',
    'preview',
    'check',
    'import',
    'new-report',
    'new-library',
    'test:unit',
  ])('npm run %s goes through scripts/run-node.sh', (name) =>
    expect(scripts[name]).toMatch(/^bash scripts\/run-node\.sh /),
  );

  it('runs a command under Node >= 22.12 even when the PATH offers only the system Node', () => {
    // The PATH of a terminal that never sourced scripts/setup.sh (the system Node, often 20).
    const r = spawnSync('bash', ['scripts/run-node.sh', 'node', '-p', 'process.versions.node'], {
      encoding: 'utf8',
      env: { ...process.env, PATH: '/usr/local/bin:/usr/bin:/bin' },
      timeout: 120_000,
    });
    expect(r.status, r.stderr).toBe(0);
    const [major = 0, minor = 0] = r.stdout.trim().split('.').map(Number);
    expect(major > 22 || (major === 22 && minor >= 12), r.stdout).toBe(true);
  }, 120_000);
});
