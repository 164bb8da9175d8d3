import { defineConfig } from 'tsup';

export default defineConfig([
  {
    // The library: ESM + CJS + declarations for every public entry point.
    entry: {
      index: 'src/index.ts',
      testing: 'src/testing/index.ts',
      charts: 'src/report/charts.ts',
      node: 'src/node.ts',
      worker: 'src/engine/worker.ts',
      'history-worker': 'src/history/history-worker.ts',
    },
    format: ['esm', 'cjs'],
    dts: { entry: { index: 'src/index.ts', testing: 'src/testing/index.ts', charts: 'src/report/charts.ts', node: 'src/node.ts' } },
    sourcemap: true,
    shims: true,
    target: 'node20',
    splitting: true,
    external: ['fast-check'],
  },
  {
    // The CLI: one ESM file with a shebang; it imports the library chunks at run time.
    entry: { cli: 'src/cli/main.ts' },
    format: ['esm'],
    target: 'node20',
    banner: { js: '#!/usr/bin/env node' },
    external: ['fast-check'],
  },
]);
