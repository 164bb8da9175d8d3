import type { Cohort } from '../cohorts/types.js';
import { ImmsimError, type Issue } from '../domain/errors.js';
import type { Regime } from '../policy/types.js';
import { MODEL_VERSION } from '../version.js';
import { integerOption, resolveCohort, resolveRegime, runNumbers, throwIfIssues, workerCount } from './options.js';
import { PairedSummary, type PairedSummaryJSON } from './paired-summary.js';
import { runRange } from './pool.js';
import type { ComparisonResult, SimulationResult } from './result.js';
import { comparisonFrom } from './simulate.js';
import { RegimeSummary, type RegimeSummaryJSON } from './summary.js';

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
  if (!m || count < 1 || index >= count || count > 1_000_000) {
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
}

/**
 * Runs one shard of a simulation (run or compare) and returns its partial summary, ready to write as JSON.
 * @example
 * const part = await runShard({ mode: 'run', regimes: ['mpp-2019'], n: 1_000_000, seed: 1, index: 0, count: 4 });
 */
export async function runShard(o: ShardOptions): Promise<ShardFile> {
  const issues: Issue[] = [];
  const regimes = o.regimes.map((r, i) => resolveRegime(r, ['regimes', i], issues));
  const cohort = resolveCohort(o.cohort, ['cohort'], issues);
  const { n, seed, horizonDays } = runNumbers(o, issues);
  const workers = await workerCount(o.workers, (n / Math.max(1, o.count)) * regimes.length, issues);
  const count = integerOption(o.count, 'shard count', 1, 1_000_000, issues);
  const index = integerOption(o.index, 'shard index', 0, Math.max(0, count - 1), issues);
  if (o.mode === 'compare' && regimes.length < 2) issues.push({ path: ['regimes'], message: 'compare needs at least two regimes' });
  throwIfIssues(issues);
  const [start, end] = shardRange(n, index, count);
  const rs = regimes as Regime[];
  const block = await runRange({ regimes: rs, cohort: cohort!, seed, horizonDays, paired: o.mode === 'compare' }, start, end, workers, o.onProgress);
  return {
    kind: 'immsim-shard',
    model: { version: MODEL_VERSION },
    mode: o.mode,
    regimes: rs,
    cohort: cohort!,
    n,
    seed,
    horizonDays,
    shard: { index, count, start, end },
    summaries: block.summaries.map((s) => s.toJSON()),
    paired: block.paired.map((p) => p.toJSON()),
  };
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Merges shard files into the result one run would have given. Refuses shards of a different model version,
 * mode, regime, cohort, seed, n or horizon, duplicates, and incomplete sets — naming what differs.
 * @example
 * const result = mergeShards([part0, part1, part2, part3]);
 */
export function mergeShards(shards: unknown[]): SimulationResult | ComparisonResult {
  if (!Array.isArray(shards) || shards.length === 0) throw new ImmsimError([{ path: ['shards'], message: 'give at least one shard file' }]);
  shards.forEach((s, i) => {
    const o = s as Partial<ShardFile>;
    if (typeof o !== 'object' || o === null || o.kind !== 'immsim-shard' || !o.shard || !Array.isArray(o.summaries)) {
      throw new ImmsimError([{ path: ['shards', i], message: "is not an immsim shard file (expected kind 'immsim-shard')" }]);
    }
  });
  const list = shards as ShardFile[];
  const first = list[0]!;
  const checks: [string, (s: ShardFile) => unknown][] = [
    ['model version', (s) => s.model.version],
    ['mode', (s) => s.mode],
    ['regimes', (s) => s.regimes],
    ['cohort', (s) => s.cohort],
    ['seed', (s) => s.seed],
    ['n', (s) => s.n],
    ['horizonDays', (s) => s.horizonDays],
    ['shard count', (s) => s.shard.count],
  ];
  list.forEach((s, i) => {
    for (const [name, get] of checks) {
      if (!same(get(s), get(first))) {
        throw new ImmsimError([{ path: ['shards', i], message: `has a different ${name} from shard file 0; shards must come from the same run` }]);
      }
    }
  });
  if (first.model.version !== MODEL_VERSION) {
    throw new ImmsimError([{ path: ['shards', 0], message: `was made by model version ${first.model.version}; this is ${MODEL_VERSION}` }]);
  }
  const seen = new Set<number>();
  for (const s of list) {
    if (seen.has(s.shard.index)) throw new ImmsimError([{ path: ['shards'], message: `shard ${s.shard.index}/${s.shard.count} given twice` }]);
    seen.add(s.shard.index);
  }
  const missing = Array.from({ length: first.shard.count }, (_, i) => i).filter((i) => !seen.has(i));
  if (missing.length) {
    throw new ImmsimError([{ path: ['shards'], message: `missing shard(s) ${missing.map((i) => `${i}/${first.shard.count}`).join(', ')}` }]);
  }
  const summaries = first.summaries.map((_, r) => list.reduce((acc, s) => acc.merge(RegimeSummary.fromJSON(s.summaries[r]!)), new RegimeSummary()));
  const paired = first.paired.map((_, r) => list.reduce((acc, s) => acc.merge(PairedSummary.fromJSON(s.paired[r]!)), new PairedSummary()));
  const meta = { version: MODEL_VERSION, cohort: first.cohort.id, seed: first.seed, horizonDays: first.horizonDays };
  if (first.mode === 'run') return summaries[0]!.toResult({ ...meta, regime: first.regimes[0]!.id });
  return comparisonFrom({ summaries, paired }, first);
}
