import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const src = (path: string) => fileURLToPath(new URL(`./src/${path}`, import.meta.url));

export default defineConfig({
  // The examples import the package by name, as a user would ('immsim', 'immsim/testing', ...). In this repository
  // the names resolve to the sources (here for vitest, in tsconfig.json "paths" for tsc and tsx), so the examples
  // test the code as it is now, with no build needed; tests/pack.test.ts checks the same names in the packed package.
  resolve: {
    alias: [
      { find: /^immsim$/, replacement: src('index.ts') },
      { find: /^immsim\/testing$/, replacement: src('testing/index.ts') },
      { find: /^immsim\/charts$/, replacement: src('report/charts.ts') },
      { find: /^immsim\/node$/, replacement: src('node.ts') },
    ],
  },
  test: {
    include: ['tests/**/*.test.ts', 'examples/**/*.test.ts'],
    setupFiles: ['tests/helpers/no-xstate-warnings.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    pool: 'forks',
  },
});
