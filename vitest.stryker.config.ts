import { defineConfig } from 'vitest/config';

// The tests Stryker runs against mutants of src/law and src/policy (`npm run mutation`, see stryker.config.json):
// the suites that exercise the law and the policy, lighter where a suite only repeats another's work:
// - tests/law/equivalence.test.ts compares the compiled runner with an XState actor; both run the same (mutated)
//   guards and actions, so it cannot tell a mutant from the original;
// - tests/law/invariants.test.ts is one property per invariant; tests/testing/catalogue.test.ts checks the same
//   catalogue on more kinds of regime in one combined search (IMMSIM_MUTATION skips its per-invariant copies).
// FC_RUNS lowers the default number of fast-check runs (tests that set numRuns themselves keep theirs).
export default defineConfig({
  test: {
    include: ['tests/law/**/*.test.ts', 'tests/policy/**/*.test.ts', 'tests/testing/**/*.test.ts'],
    exclude: ['tests/law/equivalence.test.ts', 'tests/law/invariants.test.ts'],
    env: { IMMSIM_MUTATION: '1', FC_RUNS: '150' },
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
