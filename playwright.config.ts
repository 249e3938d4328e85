// End-to-end tests (test/e2e/): Playwright Test drives Debian's Chromium over the built site in dist/,
// served the way production serves it (scripts/serve-dist.ts). Run `npm run build` first; `npm test` does.
import { availableParallelism } from 'node:os';
import { defineConfig } from '@playwright/test';
import { chromiumArgs, chromiumPath } from './src/integrations/chromium.ts';

const port = Number(process.env['E2E_PORT'] ?? 4391);
const baseURL = `http://127.0.0.1:${port}`;
const ci = Boolean(process.env['CI']);

export default defineConfig({
  testDir: 'test/e2e',
  testMatch: '**/*.test.ts',
  fullyParallel: true,
  workers: availableParallelism(),
  forbidOnly: ci,
  // Sized for a busy two-core machine, where a page with axe can take half a minute and a lazily
  // loaded module seconds to arrive.
  timeout: 120_000,
  expect: { timeout: 15_000 },
  // Each failure in full as it happens; CI logs get one line per test as well.
  reporter: ci ? 'list' : 'line',
  use: {
    baseURL,
    browserName: 'chromium',
    // The project's one browser: Debian's Chromium, never one a tool downloads (src/integrations/chromium.ts).
    launchOptions: { executablePath: chromiumPath, args: chromiumArgs },
    trace: 'retain-on-failure',
    actionTimeout: 15_000,
    navigationTimeout: 30_000,
  },
  webServer: {
    command: `node scripts/serve-dist.ts ${port}`,
    url: `${baseURL}/`,
    reuseExistingServer: !ci,
    timeout: 30_000,
  },
});
