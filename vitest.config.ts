import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    // In CI a JSON report too, from which .ci/run prints the plain "N passed, N failed" line.
    reporters: process.env.SOP_TEST_REPORT ? ['default', 'json'] : ['default'],
    outputFile: process.env.SOP_TEST_REPORT ? { json: process.env.SOP_TEST_REPORT } : undefined,
  },
});
