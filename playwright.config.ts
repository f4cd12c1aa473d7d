/**
 * End-to-end suite: the built site (root and /yearbook/ builds, see tests/e2e/global-setup.ts) served by
 * nginx, driven by Chromium. The browser is `CHROMIUM_PATH`, else the system's `chromium`, else
 * Playwright's own download (ordinary machines: `npx playwright install chromium`).
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { defineConfig, devices } from '@playwright/test';
import type { SiteName } from './tests/e2e/support/site.ts';

function systemChromium(): string | undefined {
  if (process.env['CHROMIUM_PATH']) return process.env['CHROMIUM_PATH'];
  try {
    const found = execFileSync('sh', ['-c', 'command -v chromium || command -v chromium-browser'], {
      encoding: 'utf8',
    }).trim();
    if (found) return found;
  } catch {
    // not on PATH
  }
  return existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined;
}

const executablePath = systemChromium();
const launchOptions = {
  ...(executablePath ? { executablePath } : {}),
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
};
const desktop = { ...devices['Desktop Chrome'], channel: undefined, launchOptions };

export default defineConfig<{ site: SiteName }>({
  testDir: 'tests/e2e',
  globalSetup: './tests/e2e/global-setup.ts',
  fullyParallel: true,
  forbidOnly: !!process.env['CI'],
  retries: 0,
  // Pages wait on the browser and the server more than on the CPU: at least two workers even on 2 cores.
  workers: process.env['E2E_WORKERS'] ? Number(process.env['E2E_WORKERS']) : Math.max(2, availableParallelism()),
  timeout: 30_000,
  // A check waits up to 10 s (Playwright's default is 5): on a shared 2-core CI machine a page's script can
  // stall for seconds while the other worker loads a page; a check that is wrong still fails, only later.
  expect: { timeout: 10_000 },
  reporter: [['list']],
  use: { trace: 'off', screenshot: 'off', locale: 'zh-CN', timezoneId: 'UTC' },
  projects: [
    { name: 'desktop', testIgnore: /(no-js|phone)\.spec\.ts/, use: { ...desktop, site: 'root' } },
    { name: 'subpath', testIgnore: /(no-js|phone)\.spec\.ts/, use: { ...desktop, site: 'subpath' } },
    { name: 'no-js', testMatch: /no-js\.spec\.ts/, use: { ...desktop, site: 'root', javaScriptEnabled: false } },
    {
      name: 'phone',
      testMatch: /phone\.spec\.ts/,
      use: {
        ...desktop,
        site: 'root',
        viewport: { width: 390, height: 844 },
        isMobile: true,
        hasTouch: true,
        deviceScaleFactor: 3,
      },
    },
  ],
});
