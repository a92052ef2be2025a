import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // The site-build test runs a real Astro build; two cores are shared with it.
    testTimeout: 20_000,
    hookTimeout: 300_000,
    pool: 'forks',
  },
});
