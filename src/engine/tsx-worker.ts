// Development only (never bundled: worker-port.ts imports it by a computed URL when running from source). A .ts file
// cannot be a Worker entry on Node 20, so the worker registers tsx first and then imports worker.ts.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';

/**
 * Starts a worker thread that runs the TypeScript module `entry` (a file URL) through tsx.
 * @example
 * const w = await startSourceWorker(new URL('./worker.ts', import.meta.url).href);
 */
export async function startSourceWorker(entry: string): Promise<Worker> {
  // Resolve tsx's ESM API from here, not from the current directory, so running from another folder works.
  let tsx = 'tsx/esm/api';
  try {
    const api = join(dirname(createRequire(import.meta.url).resolve('tsx/package.json')), 'dist/esm/api/index.mjs');
    if (existsSync(api)) tsx = pathToFileURL(api).href;
  } catch {
    // keep the bare specifier
  }
  return new Worker(`import(${JSON.stringify(tsx)}).then((t) => { t.register(); return import(${JSON.stringify(entry)}); });`, { eval: true });
}
