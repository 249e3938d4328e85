import { defineConfig } from 'vitest/config';

// Tests that build the site in a temporary copy of the repository (slow: each build takes seconds).
export default defineConfig({
  test: {
    include: ['test/integration/**/*.test.ts'],
    testTimeout: 180_000,
    hookTimeout: 180_000,
    fileParallelism: false,
  },
});
