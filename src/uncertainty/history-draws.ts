import type { CapacityOption } from '../capacity/history-capacity.js';
import { capacityFactory } from '../capacity/history-capacity.js';
import type { ResolvedHistoryOptions } from '../history/options.js';
import { runReplication, type ReplicationValues } from '../history/replication.js';
import { canStartWorkers } from '../engine/worker-port.js';
import { runJobs, type JobReply } from '../engine/job-pool.js';

/** One replication of one parameter draw of one side (baseline or counterfactual) of a history run. */
export interface HistoryJob {
  /** The side's options with the draw set (`o.draw`). */
  o: ResolvedHistoryOptions;
  replication: number;
  /** The nominal run's first crossings of this replication: every draw replays the same arrivals. */
  firstCrossings?: readonly number[];
  capacity: CapacityOption | undefined;
}

/** Capacity as data a worker can rebuild (a custom hook factory cannot cross a thread boundary). */
const portable = (c: CapacityOption | undefined): boolean => typeof c !== 'function';

/**
 * Runs history jobs (draw × replication) in-process or on `workers` history worker threads; the results come back in
 * job order, so they do not depend on the worker count or the order jobs finish. Capacity given as data is rebuilt
 * in each worker (one fresh model per job); a custom hook factory keeps the jobs in-process.
 * @example
 * const [values] = await runHistoryJobs([{ o: { ...o, draw }, replication: 0, capacity: false }], 1);
 */
export async function runHistoryJobs(jobs: readonly HistoryJob[], workers: number, onProgress?: (done: number, total: number) => void): Promise<ReplicationValues[]> {
  const out: ReplicationValues[] = new Array(jobs.length);
  let done = 0;
  const finish = (i: number, v: ReplicationValues) => {
    out[i] = v;
    onProgress?.(++done, jobs.length);
  };
  if (workers <= 1 || jobs.length < 2 || !canStartWorkers() || !jobs.every((j) => portable(j.capacity))) {
    jobs.forEach((j, i) => finish(i, runReplication(j.o, j.replication, j.firstCrossings, capacityFactory(j.capacity, j.o.scale)?.())));
    return out;
  }
  await runJobs<JobReply & { values: ReplicationValues }>(
    jobs.length,
    workers,
    'history-worker',
    (id) => {
      const j = jobs[id]!;
      const capacity = j.capacity === false ? undefined : j.capacity === undefined ? true : j.capacity;
      return { id, options: j.o, replication: j.replication, firstCrossings: j.firstCrossings, capacity };
    },
    (msg) => finish(msg.id, msg.values),
  );
  return out;
}
