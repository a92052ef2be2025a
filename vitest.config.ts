import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // The site-build test runs a real Astro build; two cores are shared with it.
    testTimeout: 20_000,
    hookTimeout: 300_000,
    pool: 'forks',
    // Two workers even on two cores: site builds take a lock and run one at a time, so while
    // one worker waits on a build the other runs unit tests (168 s → 137 s for the suite here).
    maxWorkers: 2,
  },
});
