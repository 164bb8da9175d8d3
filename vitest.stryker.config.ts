import { defineConfig } from 'vitest/config';

// The tests Stryker runs against mutants of src/law and src/policy (`npm run mutation`, see stryker.config.json):
// only the suites that exercise the law and the policy data, so each mutant run stays short.
export default defineConfig({
  test: {
    include: ['tests/law/**/*.test.ts', 'tests/policy/**/*.test.ts', 'tests/testing/**/*.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
