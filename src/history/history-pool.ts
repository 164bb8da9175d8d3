import type { ResolvedHistoryOptions } from './options.js';
import type { ReplicationValues } from './replication.js';
import { startWorker, type WorkerPort } from '../engine/worker-port.js';

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
  const queue = [...indexes];
  const out: ReplicationValues[] = [];
  const pool = await Promise.all(Array.from({ length: Math.min(o.workers, indexes.length) }, () => startWorker('history-worker')));
  try {
    await Promise.all(
      pool.map(async (w: WorkerPort) => {
        // One listener per worker; the replication in flight takes the reply with its id.
        let pending: { id: number; resolve(v: ReplicationValues): void; reject(e: unknown): void } | undefined;
        w.onMessage((m) => {
          const msg = m as { id: number; values?: ReplicationValues; error?: string };
          if (!pending || msg.id !== pending.id) return;
          const p = pending;
          pending = undefined;
          if (msg.error) p.reject(new Error(msg.error));
          else p.resolve(msg.values!);
        });
        w.onError((e) => pending?.reject(e));
        for (let r = queue.shift(); r !== undefined; r = queue.shift()) {
          const id = r;
          const values = await new Promise<ReplicationValues>((resolve, reject) => {
            pending = { id, resolve, reject };
            w.post({ id, options: o, replication: id, firstCrossings: firstCrossings?.get(id) });
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
