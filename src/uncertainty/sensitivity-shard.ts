/**
 * Sensitivity analyses split over machines: the plan's runs (nominal, one at a time, Saltelli rows) are tiled into
 * shards; each shard runs its runs over all n people and keeps one metric value per run, so a shard file is small.
 * Merging concatenates the values and computes the indices, byte-identical to one machine's analysis.
 */
import type { Cohort } from '../cohorts/types.js';
import { contentHash } from '../domain/content-hash.js';
import { ImmsimError } from '../domain/errors.js';
import { MAX_SHARDS } from '../engine/merge-shards.js';
import { shardRange } from '../engine/shard.js';
import type { RangeOverrides } from '../policy/ranges.js';
import type { Regime } from '../policy/types.js';
import { MODEL_VERSION } from '../version.js';
import { evaluatePlan, finishSensitivity, planSensitivity, type SensitivityOptions, type SensitivityResult } from './sensitivity.js';

/** The inputs of an analysis as data (regimes and cohort resolved), the same in every shard of it. */
export interface SensitivityInputs {
  regimes: Regime[];
  metric: string;
  cohort: Cohort;
  n: number;
  seed: number;
  horizonDays: number;
  baseSamples: number;
  resamples: number;
  ranges: RangeOverrides;
  parameters: string[] | null;
}

/** Runs [start, end) of an analysis's plan of `runs` runs and their metric values; `mergeSensitivityShards` combines them. */
export interface SensitivityShard {
  kind: 'immsim-sensitivity-shard';
  model: { version: string };
  inputs: SensitivityInputs;
  runs: number;
  shard: { index: number; count: number; start: number; end: number };
  values: number[];
  /** 'sha256:…' of everything else in the file. */
  hash: string;
}

const refuse = (path: (string | number)[], message: string): never => {
  throw new ImmsimError([{ path: ['shards', ...path], message }]);
};
const isInt = (x: unknown): x is number => typeof x === 'number' && Number.isSafeInteger(x);

/**
 * Runs shard `index` of `count` of a sensitivity analysis (0-based): an even share of its runs, each over all n people.
 * @example
 * const part = await sensitivityShard({ regimes: ['pep-2016', 'mpp-2019'], metric: 'in-absentia-order', n: 10_000, seed: 1, index: 0, count: 4 });
 */
export async function sensitivityShard(o: SensitivityOptions & { index: number; count: number }): Promise<SensitivityShard> {
  const p = await planSensitivity(o);
  const { index, count } = o;
  if (!isInt(count) || count < 1 || count > MAX_SHARDS || !isInt(index) || index < 0 || index >= count) {
    throw new ImmsimError([{ path: ['shard'], message: `must be i/N with 0 ≤ i < N ≤ ${MAX_SHARDS}; got ${String(index)}/${String(count)}` }]);
  }
  const [start, end] = shardRange(p.plan.length, index, count);
  const values = await evaluatePlan(p, start, end, o.onProgress);
  const inputs: SensitivityInputs = {
    regimes: p.regimes, metric: p.metric, cohort: p.cohort, n: p.n, seed: p.seed, horizonDays: p.horizonDays,
    baseSamples: p.N, resamples: p.resamples, ranges: o.ranges ?? {}, parameters: o.parameters ?? null,
  };
  const file = JSON.parse(JSON.stringify({ kind: 'immsim-sensitivity-shard', model: { version: MODEL_VERSION }, inputs, runs: p.plan.length, shard: { index, count, start, end }, values: [...values] })) as Omit<SensitivityShard, 'hash'>;
  return { ...file, hash: contentHash(file) };
}

/**
 * Merges the shards of one sensitivity analysis into its result (identical to running it on one machine). Refuses in
 * one line: a shard whose content hash does not match, another model version, different inputs or shard counts,
 * duplicates, missing shards, runs that do not tile the plan exactly, and value lists of the wrong length.
 * @example
 * const s = mergeSensitivityShards([part0, part1, part2, part3]);
 */
export async function mergeSensitivityShards(shards: unknown[]): Promise<SensitivityResult> {
  if (!Array.isArray(shards) || shards.length === 0) throw new ImmsimError([{ path: ['shards'], message: 'give at least one shard file' }]);
  const list = shards.map((x, i) => {
    const s = x as Partial<SensitivityShard> | null;
    if (typeof s !== 'object' || s === null || s.kind !== 'immsim-sensitivity-shard') return refuse([i], "is not a sensitivity shard (expected kind 'immsim-sensitivity-shard')");
    if (s.model?.version !== MODEL_VERSION) refuse([i], `was made by another model version; this is ${MODEL_VERSION}`);
    if (typeof s.hash !== 'string') refuse([i, 'hash'], 'missing: every shard carries a content hash; re-run this shard');
    const sh = s.shard;
    if (typeof sh !== 'object' || sh === null || ![sh.index, sh.count, sh.start, sh.end, s.runs].every(isInt) || sh.count < 1 || sh.count > MAX_SHARDS || sh.index < 0 || sh.index >= sh.count) {
      refuse([i, 'shard'], 'must be { index, count, start, end }: integers with 0 ≤ index < count');
    }
    const { hash, ...rest } = s;
    if (contentHash(rest) !== hash) refuse([i, 'hash'], 'does not match the content: the shard file was edited or damaged; re-run this shard');
    return s as SensitivityShard;
  });
  const first = list[0]!;
  const key = JSON.stringify(first.inputs);
  list.forEach((s, i) => {
    if (JSON.stringify(s.inputs) !== key) refuse([i], 'has different inputs from shard file 0; shards must come from the same analysis');
    if (s.runs !== first.runs || s.shard?.count !== first.shard?.count) refuse([i], 'has a different plan or shard count from shard file 0; shards must come from the same analysis');
  });
  const count = first.shard.count;
  const byIndex = [...list].sort((a, b) => a.shard.index - b.shard.index);
  byIndex.forEach((s, k) => k > 0 && s.shard.index === byIndex[k - 1]!.shard.index && refuse([], `shard ${s.shard.index}/${count} given twice`));
  if (list.length !== count) {
    const have = new Set(list.map((s) => s.shard.index));
    const missing = [...Array(Math.min(count, list.length + 5)).keys()].filter((k) => !have.has(k)).slice(0, 5);
    refuse([], `missing shard(s) ${missing.map((k) => `${k}/${count}`).join(', ')} (${list.length} of ${count} given)`);
  }
  const { parameters, ...inputs } = first.inputs;
  const p = await planSensitivity({ ...inputs, ...(parameters ? { parameters } : {}), workers: 1 });
  if (p.plan.length !== first.runs) refuse([0, 'runs'], `the inputs give a plan of ${p.plan.length} runs, not ${first.runs}`);
  const values = new Float64Array(first.runs);
  let cursor = 0;
  for (const s of byIndex) {
    const [want0, want1] = shardRange(first.runs, s.shard.index, count);
    const i = list.indexOf(s);
    if (s.shard.start !== cursor || s.shard.start !== want0 || s.shard.end !== want1) refuse([i, 'shard'], `runs [${s.shard.start}, ${s.shard.end}) are not shard ${s.shard.index}/${count} of ${first.runs} runs ([${want0}, ${want1}))`);
    if (!Array.isArray(s.values) || s.values.length !== want1 - want0 || !s.values.every((v) => typeof v === 'number' && Number.isFinite(v))) {
      refuse([i, 'values'], `must hold ${want1 - want0} finite numbers, one per run of the shard`);
    }
    values.set(s.values, want0);
    cursor = s.shard.end;
  }
  return finishSensitivity(p, values);
}
