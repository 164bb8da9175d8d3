import { ImmsimError } from '../domain/errors.js';
import type { MeasureId, Measure } from '../policy/types.js';
import { MODEL_VERSION } from '../version.js';
import { monthsBetween } from './calendar.js';
import { type HistoryOptions, resolveHistoryOptions, type ResolvedHistoryOptions } from './options.js';
import { type ReplicationValues, runReplication } from './replication.js';
import { type HistorySummary, summarise } from './summarise.js';
import { SERIES_IDS, FY_FIGURES } from './series-ids.js';
import { capacityFactory, type CapacityOption } from '../capacity/history-capacity.js';
import { historyUncertaintyOption, withDrawProgress, withHistoryDraws, withHistoryComparisonDraws } from '../uncertainty/history.js';
import { historyShardDraws, mergeHistoryShardDraws, type HistoryShardDraws } from '../uncertainty/history-shards.js';
import type { UncertaintyInfo } from '../uncertainty/probabilistic.js';

/** The JSON contract of `immsim history --format json` (docs/history.md). */
export interface HistoryResult extends HistorySummary {
  model: { version: string };
  from: string;
  to: string;
  seed: number;
  replications: number;
  scale: number;
  measures: { with: MeasureId[]; without: MeasureId[]; custom?: string[] };
  months: string[];
  /** With `uncertainty`: the draws behind every `ci95Total` (docs/statistics.md). */
  uncertainty?: UncertaintyInfo;
}

/** A shard of a history run (`--shard i/N`): some replications' raw figures, merged by {@link mergeHistory}. */
export interface HistoryShard {
  kind: 'immsim-history-shard';
  model: { version: string };
  options: Omit<ResolvedHistoryOptions, 'workers'>;
  shard: { index: number; count: number };
  replications: ReplicationValues[];
  /** With `uncertainty`: the same replications under each parameter draw (merged into `ci95Total`). */
  uncertainty?: HistoryShardDraws;
}

/**
 * Replays the southwest border from `from` to `to` in calendar time, each fact judged by the rules of its day, and
 * returns monthly series and fiscal-year figures with 95% intervals across replications.
 * @example
 * const r = await simulateHistory({ from: '2019-01', to: '2019-12', scale: 0.01, replications: 2 });
 * r.series['waiting-in-mexico'].mean[11] // people waiting in Mexico under MPP at the end of Dec 2019
 */
export async function simulateHistory(options: HistoryOptions = {}): Promise<HistoryResult> {
  const o = resolveHistoryOptions(options);
  const u = historyUncertaintyOption(options.uncertainty, o.seed);
  const reps = await runReplications(o, withDrawProgress(options, u), replicationIndexes(o, options.shard));
  return u ? withHistoryDraws(resultOf(o, reps), u, { o, capacity: options.capacity }, reps, options.onProgress) : resultOf(o, reps);
}

/**
 * Runs only a shard's replications and returns them raw, for {@link mergeHistory}.
 * @example
 * const parts = await Promise.all([0, 1].map((index) => simulateHistoryShard({ replications: 4, scale: 0.01, shard: { index, count: 2 } })));
 * mergeHistory(parts).replications // 4
 */
export async function simulateHistoryShard(options: HistoryOptions & { shard: { index: number; count: number } }): Promise<HistoryShard> {
  const o = resolveHistoryOptions(options);
  const u = historyUncertaintyOption(options.uncertainty, o.seed);
  const reps = await runReplications(o, withDrawProgress(options, u), replicationIndexes(o, options.shard));
  if (reps.length === 0) throw new ImmsimError([{ path: ['shard'], message: 'this shard has no replication: use fewer shards than replications' }]);
  const { workers: _w, ...rest } = o;
  const shard: HistoryShard = { kind: 'immsim-history-shard', model: { version: MODEL_VERSION }, options: rest, shard: options.shard, replications: reps };
  return u ? { ...shard, uncertainty: await historyShardDraws({ o, capacity: options.capacity }, reps, u, options.onProgress) } : shard;
}

/**
 * Merges shards of one history run into the full result (identical to running it unsharded).
 * @example
 * mergeHistory([shard0, shard1]).series.encounters.mean.length // months
 */
export function mergeHistory(shards: readonly HistoryShard[]): HistoryResult {
  if (shards.length === 0) throw new ImmsimError([{ path: ['shards'], message: 'expected at least one history shard' }]);
  const first = shards[0]!;
  const key = JSON.stringify(first.options);
  for (const [i, s] of shards.entries()) {
    if (s.kind !== 'immsim-history-shard') throw new ImmsimError([{ path: ['shards', i, 'kind'], message: "expected 'immsim-history-shard'" }]);
    if (JSON.stringify(s.options) !== key) throw new ImmsimError([{ path: ['shards', i, 'options'], message: 'shards come from different runs (options differ)' }]);
  }
  const reps = shards.flatMap((s) => s.replications);
  const seen = new Set(reps.map((r) => r.replication));
  if (seen.size !== reps.length || seen.size !== first.options.replications) {
    throw new ImmsimError([{ path: ['shards'], message: `expected replications 0..${first.options.replications - 1} exactly once across the shards, got ${[...seen].sort((a, b) => a - b).join(', ')}` }]);
  }
  const result = resultOf({ ...first.options, workers: 1 }, reps);
  return first.uncertainty || shards.some((x) => x.uncertainty) ? mergeHistoryShardDraws(result, shards) : result;
}

/** The paired comparison of two history runs on the same arrivals and random streams. */
export interface HistoryComparison {
  baseline: HistoryResult;
  counterfactual: HistoryResult;
  /** Counterfactual minus baseline, per replication, then summarised. */
  difference: HistorySummary;
}

/**
 * Compares the history as it was (or as `options` says) with a counterfactual (measures switched on or off, custom
 * measures), with common random numbers: the counterfactual replays the same people (the baseline's solved first
 * crossings, the same profiles and random streams by person index).
 * @example
 * const c = await compareHistory({ from: '2019-01', to: '2021-09', scale: 0.01 }, { without: ['mpp'] });
 * c.counterfactual.series['waiting-in-mexico'].mean.every((v) => v === 0) // true
 */
export async function compareHistory(
  options: HistoryOptions,
  counterfactual: { with?: readonly MeasureId[]; without?: readonly MeasureId[]; measures?: readonly Measure[]; capacity?: CapacityOption },
): Promise<HistoryComparison> {
  const a = resolveHistoryOptions(options);
  const u = historyUncertaintyOption(options.uncertainty, a.seed);
  const sameMeasures = !counterfactual.with && !counterfactual.without && !counterfactual.measures;
  const b = resolveHistoryOptions(
    sameMeasures ? options : { ...options, with: counterfactual.with ?? [], without: counterfactual.without ?? [], ...(counterfactual.measures ? { measures: counterfactual.measures } : {}) },
  );
  const optionsB = counterfactual.capacity === undefined ? options : { ...options, capacity: counterfactual.capacity };
  const idx = replicationIndexes(a, options.shard);
  const ra = await runReplications(a, options, idx);
  const byRep = new Map(ra.map((r) => [r.replication, r.firstCrossings]));
  const rb = await runReplications(b, optionsB, idx, byRep);
  const diff: ReplicationValues[] = ra.map((x) => {
    const y = rb.find((r) => r.replication === x.replication)!;
    const series = Object.fromEntries(SERIES_IDS.map((id) => [id, y.series[id].map((v, i) => v - x.series[id][i]!)])) as ReplicationValues['series'];
    const fiscalYears = Object.fromEntries(
      Object.keys(x.fiscalYears).map((fy) => [fy, Object.fromEntries(FY_FIGURES.map((id) => [id, y.fiscalYears[fy]![id] - x.fiscalYears[fy]![id]]))]),
    ) as ReplicationValues['fiscalYears'];
    const capacity = x.capacity && y.capacity ? capacityDifference(x.capacity, y.capacity) : undefined;
    return { replication: x.replication, series, fiscalYears, firstCrossings: x.firstCrossings, ...(capacity ? { capacity } : {}) };
  });
  const cmp = { baseline: resultOf(a, ra), counterfactual: resultOf(b, rb), difference: summarise(diff) };
  return u ? withHistoryComparisonDraws(cmp, u, [{ o: a, capacity: options.capacity }, { o: b, capacity: optionsB.capacity }], ra, options.onProgress) : cmp;
}

function capacityDifference(x: NonNullable<ReplicationValues['capacity']>, y: NonNullable<ReplicationValues['capacity']>): NonNullable<ReplicationValues['capacity']> {
  const series = Object.fromEntries(Object.keys(x.series).map((id) => [id, y.series[id]!.map((v, i) => v - x.series[id]![i]!)]));
  const fiscalYears = Object.fromEntries(
    Object.keys(x.fiscalYears).map((fy) => [fy, Object.fromEntries(Object.keys(x.fiscalYears[fy]!).map((id) => [id, (y.fiscalYears[fy]?.[id] ?? 0) - x.fiscalYears[fy]![id]!]))]),
  );
  return { series, fiscalYears };
}

function replicationIndexes(o: ResolvedHistoryOptions, shard?: { index: number; count: number }): number[] {
  const all = Array.from({ length: o.replications }, (_, r) => r);
  return shard ? all.filter((r) => r % shard.count === shard.index) : all;
}

function resultOf(o: ResolvedHistoryOptions, reps: readonly ReplicationValues[]): HistoryResult {
  if (reps.length === 0) throw new ImmsimError([{ path: ['shard'], message: 'this shard has no replication: use fewer shards than replications' }]);
  return {
    model: { version: MODEL_VERSION },
    from: o.from,
    to: o.to,
    seed: o.seed,
    replications: reps.length,
    scale: o.scale,
    measures: { with: o.with, without: o.without, ...(o.measures.length ? { custom: o.measures.map((m) => m.id) } : {}) },
    months: monthsBetween(o.from, o.to),
    ...summarise(reps),
  };
}

/** Runs replications in-process or on worker threads (each replication is a deterministic replay: same result). */
async function runReplications(
  o: ResolvedHistoryOptions,
  options: HistoryOptions,
  indexes: readonly number[],
  firstCrossings?: Map<number, number[]>,
): Promise<ReplicationValues[]> {
  const total = indexes.length;
  const out: ReplicationValues[] = [];
  const capacity = capacityFactory(options.capacity, o.scale);
  if (o.workers <= 1 || total <= 1 || capacity) {
    for (const r of indexes) {
      out.push(runReplication(o, r, firstCrossings?.get(r), capacity?.()));
      options.onProgress?.(out.length, total);
    }
    return out;
  }
  const { runOnWorkers } = await import('./history-pool.js');
  return runOnWorkers(o, indexes, firstCrossings, options.onProgress);
}
