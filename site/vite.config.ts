// The page: static files built from site/ against the BUILT library (dist/), so the page runs what npm ships.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const dist = (f: string) => fileURLToPath(new URL(`../dist/${f}`, import.meta.url));

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  // Relative URLs: the folder works from any path on any static host.
  base: './',
  resolve: { alias: [{ find: /^immsim$/, replacement: dist('index.js') }, { find: /^immsim\/charts$/, replacement: dist('charts.js') }] },
  // The engine's worker is an ES module that shares chunks with the page.
  worker: { format: 'es' },
  build: { outDir: 'dist', emptyOutDir: true, target: 'es2022', chunkSizeWarningLimit: 1200 },
  preview: { host: '127.0.0.1' },
  server: { host: '127.0.0.1' },
});
