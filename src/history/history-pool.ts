import type { ResolvedHistoryOptions } from './options.js';
import type { ReplicationValues } from './replication.js';

type WorkerCtor = typeof import('node:worker_threads').Worker;

async function startWorker(Worker: WorkerCtor): Promise<InstanceType<WorkerCtor>> {
  const here = import.meta.url;
  if (!here.endsWith('.ts')) return new Worker(new URL('./history-worker.js', here));
  // Running from TypeScript sources (tests, tsx): load the worker through tsx, as src/engine/pool.ts does.
  const entry = JSON.stringify(new URL('./history-worker.ts', here).href);
  const { createRequire } = await import('node:module');
  const { pathToFileURL } = await import('node:url');
  const { dirname, join } = await import('node:path');
  const { existsSync } = await import('node:fs');
  let tsx = 'tsx/esm/api';
  try {
    const api = join(dirname(createRequire(here).resolve('tsx/package.json')), 'dist/esm/api/index.mjs');
    if (existsSync(api)) tsx = pathToFileURL(api).href;
  } catch {
    // keep the bare specifier
  }
  return new Worker(`import(${JSON.stringify(tsx)}).then((t) => { t.register(); return import(${entry}); });`, { eval: true });
}

/**
 * Runs replications on worker threads, one at a time per worker; results are keyed by replication index, so they do
 * not depend on the worker count or finishing order.
 * @example
 * const reps = await runOnWorkers(resolveHistoryOptions({ replications: 4, scale: 0.01, workers: 2 }), [0, 1, 2, 3]);
 */
export async function runOnWorkers(
  o: ResolvedHistoryOptions,
  indexes: readonly number[],
  firstCrossings?: Map<number, number[]>,
  onProgress?: (done: number, total: number) => void,
): Promise<ReplicationValues[]> {
  const { Worker } = await import('node:worker_threads');
  const queue = [...indexes];
  const out: ReplicationValues[] = [];
  const pool = await Promise.all(Array.from({ length: Math.min(o.workers, indexes.length) }, () => startWorker(Worker)));
  try {
    await Promise.all(
      pool.map(async (w) => {
        for (let r = queue.shift(); r !== undefined; r = queue.shift()) {
          const values = await new Promise<ReplicationValues>((resolve, reject) => {
            const onMessage = (msg: { id: number; values?: ReplicationValues; error?: string }) => {
              if (msg.id !== r) return;
              w.off('message', onMessage);
              w.off('error', reject);
              if (msg.error) reject(new Error(msg.error));
              else resolve(msg.values!);
            };
            w.on('message', onMessage);
            w.once('error', reject);
            w.postMessage({ id: r, options: o, replication: r, firstCrossings: firstCrossings?.get(r) });
          });
          out.push(values);
          onProgress?.(out.length, indexes.length);
        }
      }),
    );
  } finally {
    await Promise.all(pool.map((w) => w.terminate()));
  }
  return out;
}
