import { defineConfig } from 'vitest/config';

// End-to-end tests drive Debian's Chromium over the built site in dist/ (run `npm run build` first).
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.test.ts'],
    // Moving to Playwright Test (playwright.config.ts), file by file.
    exclude: ['test/e2e/site.test.ts'],
    globalSetup: ['test/e2e/support/global-setup.ts'],
    testTimeout: 120_000,
    hookTimeout: 60_000,
    // On a busy two-core machine a lazily loaded module can take seconds to arrive.
    expect: { poll: { timeout: 15_000 } },
    // Two cores: one browser per worker is plenty.
    maxWorkers: 2,
  },
});
