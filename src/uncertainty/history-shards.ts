/**
 * Uncertainty over history shards: a shard runs its replications under the nominal parameters and under every draw
 * (the design depends only on the options and the uncertainty seed, so every shard draws the same K parameter sets);
 * merging puts each draw's replications back together and forms `ci95Total` exactly as an unsharded run does.
 */
import { ImmsimError } from '../domain/errors.js';
import type { ReplicationValues } from '../history/replication.js';
import { summarise, type HistorySummary } from '../history/summarise.js';
import { annotateHistoryTotals } from './history-totals.js';
import { historyDraws, runHistoryDraws, type HistorySide } from './history.js';
import type { UncertaintyOptions } from './options.js';
import type { UncertaintyInfo } from './probabilistic.js';

/** What a history shard keeps of its draws: the design, and per draw the shard's replications. */
export interface HistoryShardDraws {
  info: UncertaintyInfo;
  draws: ReplicationValues[][];
}

/**
 * Runs a shard's replications (`nominal`, with their solved first crossings) under every parameter draw.
 * @example
 * const u = await historyShardDraws({ o, capacity: false }, reps, { draws: 4, seed: 1, ranges: {} });
 * u.draws.length // 4
 */
export async function historyShardDraws(
  side: HistorySide,
  nominal: readonly ReplicationValues[],
  u: Required<UncertaintyOptions>,
  onProgress?: (done: number, total: number) => void,
): Promise<HistoryShardDraws> {
  const { draws, info } = historyDraws([side.o], u);
  const report = onProgress && ((done: number, total: number) => onProgress(nominal.length + done, nominal.length + total));
  const perDraw = await runHistoryDraws([side], nominal, draws, side.o.workers, report);
  return { info, draws: perDraw.map((d) => d[0]!) };
}

interface ShardLike {
  replications: readonly ReplicationValues[];
  uncertainty?: HistoryShardDraws;
}

const byReplication = (a: ReplicationValues, b: ReplicationValues) => a.replication - b.replication;

/**
 * Adds the total intervals of merged history shards to their merged result. Refuses, in one line, shards of which
 * some carry draws and some do not, shards drawn with different designs, and a draw that lacks any of its shard's
 * replications.
 * @example
 * mergeHistoryShardDraws(resultOf(options, reps), shards).series.encounters.ci95Total
 */
export function mergeHistoryShardDraws<R extends HistorySummary>(result: R, shards: readonly ShardLike[]): R & { uncertainty: UncertaintyInfo } {
  const fail = (i: number, message: string): never => {
    throw new ImmsimError([{ path: ['shards', i, 'uncertainty'], message }]);
  };
  const first = shards[0]!.uncertainty;
  if (!first) return fail(0, 'some shards carry parameter draws and this one does not: run every shard with the same --uncertainty');
  const design = JSON.stringify(first.info);
  const k = first.info.draws;
  for (const [i, s] of shards.entries()) {
    if (!s.uncertainty) fail(i, 'some shards carry parameter draws and this one does not: run every shard with the same --uncertainty');
    if (JSON.stringify(s.uncertainty!.info) !== design) fail(i, 'shards were drawn with different designs (draws, seed or ranges differ)');
    if (!Array.isArray(s.uncertainty!.draws) || s.uncertainty!.draws.length !== k) fail(i, `expected ${k} draws, got ${s.uncertainty!.draws?.length}`);
    const want = s.replications.map((r) => r.replication).sort((a, b) => a - b).join(',');
    for (const [d, reps] of s.uncertainty!.draws.entries()) {
      if (reps.map((r) => r.replication).sort((a, b) => a - b).join(',') !== want) fail(i, `draw ${d} does not hold the shard's replications ${want}`);
    }
  }
  const perDraw = Array.from({ length: k }, (_, d) => shards.flatMap((s) => s.uncertainty!.draws[d]!).sort(byReplication));
  annotateHistoryTotals(result, perDraw.map((reps) => summarise(reps)), false);
  return Object.assign(result, { uncertainty: first.info });
}
