import type { Cohort } from '../cohorts/types.js';
import { ImmsimError, type Issue } from '../domain/errors.js';
import { show } from '../policy/zod-kit.js';
import { MAX_SHARDS, shardHash } from './merge-shards.js';
import type { Regime } from '../policy/types.js';
import { MODEL_VERSION } from '../version.js';
import { integerOption, resolveCohort, resolveRegime, runNumbers, throwIfIssues, workerCount } from './options.js';
import type { PairedSummaryJSON } from './paired-summary.js';
import { runRange } from './pool.js';
import type { RegimeSummaryJSON } from './summary.js';
import { uncertaintyOption, type UncertaintyOptions } from '../uncertainty/options.js';
import { drawRegimeSets } from '../uncertainty/probabilistic.js';
import { runDraws } from '../uncertainty/run-draws.js';

/** A partial result for people [start, end) of a run split into `count` shards; `mergeShards` combines them. */
export interface ShardFile {
  kind: 'immsim-shard';
  model: { version: string };
  /** 'run' (one regime) or 'compare' (paired, first regime is the baseline). */
  mode: 'run' | 'compare';
  regimes: Regime[];
  cohort: Cohort;
  n: number;
  seed: number;
  horizonDays: number;
  shard: { index: number; count: number; start: number; end: number };
  summaries: RegimeSummaryJSON[];
  paired: PairedSummaryJSON[];
  /**
   * With `uncertainty`: the design (draws, seed, ranges) and, per parameter draw, the same people's summaries under
   * that draw; `mergeShards` adds them draw by draw and gives every interval `ci95Total` as an unsharded run would.
   */
  uncertainty?: { options: Required<UncertaintyOptions>; draws: { summaries: RegimeSummaryJSON[]; paired: PairedSummaryJSON[] }[] };
  /** 'sha256:…' of everything else in the file; `mergeShards` refuses a shard whose content does not match it. */
  hash: string;
}

/**
 * The people of shard `index` of `count` (0-based): an even split of [0, n).
 * @example
 * shardRange(10, 1, 3) // [3, 6]
 */
export function shardRange(n: number, index: number, count: number): [number, number] {
  return [Math.floor((n * index) / count), Math.floor((n * (index + 1)) / count)];
}

/**
 * Parses 'i/N' (0-based i, e.g. a Slurm array task id or a Kubernetes job completion index).
 * @example
 * parseShard('0/4') // { index: 0, count: 4 }
 */
export function parseShard(spec: string): { index: number; count: number } {
  const m = /^(\d+)\/(\d+)$/.exec(spec.trim());
  const index = m ? Number(m[1]) : NaN;
  const count = m ? Number(m[2]) : NaN;
  if (!m || count < 1 || index >= count || count > MAX_SHARDS) {
    throw new ImmsimError([{ path: ['shard'], message: `must be i/N with 0 ≤ i < N (0-based), e.g. 0/4; got '${spec}'` }]);
  }
  return { index, count };
}

/**
 * Options of {@link runShard}: the run's options plus which shard (0-based `index` of `count`).
 * @example
 * runShard({ mode: 'compare', regimes: ['kelly-2017', 'mpp-2019'], n: 1e6, seed: 1, index: 2, count: 8 });
 */
export interface ShardOptions {
  regimes: (string | Regime)[];
  mode: 'run' | 'compare';
  cohort?: string | Cohort;
  n: number;
  seed: number;
  horizonDays?: number;
  workers?: number;
  index: number;
  count: number;
  onProgress?: (done: number, total: number) => void;
  /** K parameter draws, each run on this shard's people (as `simulate`'s `uncertainty`). */
  uncertainty?: UncertaintyOptions;
}

/**
 * Runs one shard of a simulation (run or compare) and returns its partial summary, ready to write as JSON.
 * @example
 * const part = await runShard({ mode: 'run', regimes: ['mpp-2019'], n: 1_000_000, seed: 1, index: 0, count: 4 });
 */
export async function runShard(o: ShardOptions): Promise<ShardFile> {
  const issues: Issue[] = [];
  if (typeof o !== 'object' || o === null) throwIfIssues([{ path: [], message: 'options must be an object with mode, regimes, n, seed, index and count' }]);
  if (o.mode !== 'run' && o.mode !== 'compare') issues.push({ path: ['mode'], message: `must be 'run' or 'compare'; got ${show(o.mode)}` });
  if (!Array.isArray(o.regimes)) issues.push({ path: ['regimes'], message: 'must be a list of regime ids or objects' });
  const regimes = (Array.isArray(o.regimes) ? o.regimes : []).map((r, i) => resolveRegime(r, ['regimes', i], issues));
  if (o.mode === 'run' && regimes.length !== 1) issues.push({ path: ['regimes'], message: `mode 'run' takes exactly one regime; got ${regimes.length}` });
  const cohort = resolveCohort(o.cohort, ['cohort'], issues);
  const { n, seed, horizonDays } = runNumbers(o, issues);
  const count = integerOption(o.count, 'shard count', 1, MAX_SHARDS, issues);
  const index = integerOption(o.index, 'shard index', 0, Math.max(0, count - 1), issues);
  const u = uncertaintyOption(o.uncertainty, seed, issues);
  const workers = await workerCount(o.workers, (n / Math.max(1, count)) * regimes.length * ((u?.draws ?? 0) + 1), issues);
  if (o.mode === 'compare' && regimes.length < 2) issues.push({ path: ['regimes'], message: 'compare needs at least two regimes' });
  const ids = regimes.map((r) => r?.id);
  const dup = ids.find((id, i) => id !== undefined && ids.indexOf(id) !== i);
  if (dup) issues.push({ path: ['regimes'], message: `regime ids must be distinct; '${dup}' appears twice` });
  throwIfIssues(issues);
  const [start, end] = shardRange(n, index, count);
  const rs = regimes as Regime[];
  const spec = { cohort: cohort!, seed, horizonDays, paired: o.mode === 'compare' };
  // With uncertainty, this shard's people run under the nominal regimes and every draw (common random numbers).
  const [block, ...draws] = u
    ? await runDraws(spec, [rs, ...drawRegimeSets(rs, u).regimeSets], start, end, workers, o.onProgress)
    : [await runRange({ ...spec, regimes: rs }, start, end, workers, o.onProgress)];
  const file: Omit<ShardFile, 'hash'> = {
    kind: 'immsim-shard',
    model: { version: MODEL_VERSION },
    mode: o.mode,
    regimes: rs,
    cohort: cohort!,
    n,
    seed,
    horizonDays,
    shard: { index, count, start, end },
    summaries: block!.summaries.map((s) => s.toJSON()),
    paired: block!.paired.map((p) => p.toJSON()),
    ...(u ? { uncertainty: { options: u, draws: draws.map((d) => ({ summaries: d.summaries.map((s) => s.toJSON()), paired: d.paired.map((p) => p.toJSON()) })) } } : {}),
  };
  // The hash is of the JSON form, as it will be read back.
  const plain = JSON.parse(JSON.stringify(file)) as Omit<ShardFile, 'hash'>;
  return { ...plain, hash: shardHash(plain) };
}

export { mergeShards } from './merge-shards.js';
