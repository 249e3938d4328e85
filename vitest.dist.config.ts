import { defineConfig } from 'vitest/config';

// Checks of the built site that need no browser (test/dist/): they read dist/, so run `npm run build` first.
export default defineConfig({
  test: {
    include: ['test/dist/**/*.test.ts'],
    setupFiles: ['test/dist/setup.ts'],
    testTimeout: 60_000,
  },
});
