import { PairedSummary, type PairedSummaryJSON } from '../engine/paired-summary.js';
import type { RangeSpec } from '../engine/pool.js';
import { runBlock, type BlockResult } from '../engine/run-block.js';
import { RegimeSummary, type RegimeSummaryJSON } from '../engine/summary.js';
import type { Regime } from '../policy/types.js';
import { canStartWorkers } from '../engine/worker-port.js';
import { runJobs, type JobReply } from '../engine/job-pool.js';

/** The smallest block of people a job holds, unless a draw has fewer. */
const MIN_BLOCK = 10_000;

function mergeInto(acc: BlockResult | undefined, r: BlockResult): BlockResult {
  if (!acc) return r;
  acc.summaries.forEach((s, i) => s.merge(r.summaries[i]!));
  acc.paired.forEach((p, i) => p.merge(r.paired[i]!));
  return acc;
}

/**
 * Runs people [start, end) under each of several regime sets (one per parameter draw), with the same people and
 * random streams in every set (common random numbers), and returns one merged result per set. Jobs are (set, block
 * of people); they spread over `workers` threads, and since merging is exact the results do not depend on the worker
 * count, the block split or the order jobs finish.
 * @example
 * const [nominal, draw1] = await runDraws({ cohort, seed: 1, horizonDays: 1095, paired: true }, [[a, b], [a1, b1]], 0, 20_000, 2);
 */
export async function runDraws(
  spec: Omit<RangeSpec, 'regimes'>,
  sets: readonly Regime[][],
  start: number,
  end: number,
  workers: number,
  onProgress?: (done: number, total: number) => void,
): Promise<BlockResult[]> {
  const n = end - start;
  const total = n * sets.length;
  // Few sets: split people too, so every thread has work; many sets: one job per set.
  const block = Math.max(Math.min(MIN_BLOCK, n), Math.ceil((n * sets.length) / (4 * Math.max(1, workers))));
  const jobs: { set: number; s: number; e: number }[] = [];
  sets.forEach((_, set) => {
    for (let s = start; s < end; s += block) jobs.push({ set, s, e: Math.min(end, s + block) });
    if (n === 0) jobs.push({ set, s: start, e: start });
  });
  const results: (BlockResult | undefined)[] = sets.map(() => undefined);
  let done = 0;
  const finish = (job: (typeof jobs)[number], r: BlockResult) => {
    results[job.set] = mergeInto(results[job.set], r);
    done += job.e - job.s;
    onProgress?.(done, total);
  };
  if (workers <= 1 || jobs.length < 2 || !canStartWorkers()) {
    for (const job of jobs) finish(job, runBlock({ ...spec, regimes: sets[job.set]!, start: job.s, end: job.e }));
    return results as BlockResult[];
  }
  type Reply = JobReply & { summaries: RegimeSummaryJSON[]; paired: PairedSummaryJSON[] };
  await runJobs<Reply>(
    jobs.length,
    workers,
    'worker',
    (id) => ({ id, spec: { ...spec, regimes: sets[jobs[id]!.set]!, start: jobs[id]!.s, end: jobs[id]!.e } }),
    (msg) =>
      finish(jobs[msg.id]!, {
        summaries: msg.summaries.map((j) => RegimeSummary.fromJSON(j)),
        paired: msg.paired.map((j) => PairedSummary.fromJSON(j)),
      }),
  );
  return results as BlockResult[];
}
