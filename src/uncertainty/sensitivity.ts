import type { Cohort } from '../cohorts/types.js';
import type { Issue } from '../domain/errors.js';
import { integerOption, resolveCohort, resolveRegime, runNumbers, throwIfIssues, workerCount } from '../engine/options.js';
import type { BlockResult } from '../engine/run-block.js';
import { paramRanges, rangeOverrideIssues, type ParamRange, type RangeOverrides } from '../policy/ranges.js';
import type { Regime } from '../policy/types.js';
import { sobolWithBootstrap, type IndexEstimate } from '../stats/sobol.js';
import { regimeAtDraw } from './apply-draw.js';
import { metricReader } from './metric.js';
import { variedIds } from './probabilistic.js';
import { runDraws } from './run-draws.js';
import { saltelliBase } from './sample.js';

/** Options of {@link sensitivity}. */
export interface SensitivityOptions {
  /** One regime (the metric itself) or two (the paired difference, second minus first). */
  regimes: (string | Regime)[];
  /** An outcome id (`in-absentia-order`, also `outcomes.in-absentia-order`) or daysDetained, daysInMexico, encountersPerPerson. */
  metric: string;
  cohort?: string | Cohort;
  /** People per run (the same people in every run). */
  n: number;
  seed: number;
  horizonDays?: number;
  workers?: number;
  /** N, the rows of each Saltelli base matrix; the analysis costs 1 + 2d + N(d + 2) runs for d parameters. Default 64. */
  baseSamples?: number;
  /** Bootstrap resamples for the index intervals; default 500. */
  resamples?: number;
  /** Ranges to use instead of the built-in ones (as in `uncertainty.ranges`). */
  ranges?: RangeOverrides;
  /** Parameter ids or patterns to analyse; default every parameter with a non-zero range in a regime. */
  parameters?: string[];
  onProgress?: (done: number, total: number) => void;
}

/** One parameter's effect on the metric. */
export interface ParameterSensitivity {
  id: string;
  /** The metric with this parameter at the low / high end of its range, every other at its value (tornado). */
  low: number;
  high: number;
  /** The parameter's range in each regime. */
  range: Record<string, [number, number]>;
  firstOrder: IndexEstimate;
  total: IndexEstimate;
}

/** The result of {@link sensitivity}; `immsim sensitivity --format json` prints it. */
export interface SensitivityResult {
  metric: string;
  regimes: string[];
  /** The metric at the nominal parameter values. */
  nominal: number;
  cohort: string;
  n: number;
  seed: number;
  baseSamples: number;
  /** Model runs used (each over n people and every regime): 1 + 2d (one at a time) + N(d + 2) (Saltelli). */
  runs: number;
  /** Sorted by total index, largest first. */
  parameters: ParameterSensitivity[];
}

const BATCH = 512;

const matches = (pattern: string, id: string) => {
  const p = pattern.split('.');
  const s = id.split('.');
  return pattern === '*' || (p.length <= s.length && p.every((x, i) => x === '*' || x === s[i]));
};

/** A resolved sensitivity analysis: its inputs, checked, and the plan of runs (one parameter point per run). */
export interface SensitivityPlan {
  regimes: Regime[];
  cohort: Cohort;
  metric: string;
  n: number;
  seed: number;
  horizonDays: number;
  N: number;
  resamples: number;
  workers: number;
  ranges: ParamRange[][];
  ids: string[];
  moving: boolean[];
  /** Run r sets each parameter id to `plan[r](id)` in [0, 1], or leaves it at its value (undefined). */
  plan: ((id: string) => number | undefined)[];
}

/**
 * Checks the options of {@link sensitivity} and lays out its runs: nominal, one at a time low and high, then the
 * Saltelli matrices A, B and A_B(i) for each moving parameter. The plan depends only on the options.
 * @example
 * (await planSensitivity({ regimes: ['pep-2016', 'mpp-2019'], metric: 'expelled', n: 1000, seed: 1, baseSamples: 4, parameters: ['cfPositive'] })).plan.length // 1 + 2 + 4 × 3
 */
export async function planSensitivity(o: SensitivityOptions): Promise<SensitivityPlan> {
  const issues: Issue[] = [];
  const list = Array.isArray(o.regimes) ? o.regimes : [];
  if (list.length < 1 || list.length > 2) issues.push({ path: ['regimes'], message: 'give one regime (its metric) or two (their paired difference)' });
  const regimes = list.map((r, i) => resolveRegime(r, ['regimes', i], issues)) as Regime[];
  const cohort = resolveCohort(o.cohort, ['cohort'], issues);
  const { n, seed, horizonDays } = runNumbers(o, issues);
  const N = integerOption(o.baseSamples, 'baseSamples', 2, 1_000_000, issues, 64);
  const resamples = integerOption(o.resamples, 'resamples', 10, 100_000, issues, 500);
  issues.push(...rangeOverrideIssues(o.ranges, ['ranges']));
  throwIfIssues(issues);
  metricReader(o.metric, regimes.length === 2);
  const ranges = regimes.map((r) => paramRanges(r.params, o.ranges ?? {}));
  const all = ranges[0]!.map((r) => r.id);
  let ids = variedIds(ranges);
  if (o.parameters) {
    const unknown = o.parameters.find((p) => !all.some((id) => matches(p, id)));
    if (unknown) throwIfIssues([{ path: ['parameters'], message: `'${unknown}' matches no parameter` }]);
    ids = all.filter((id) => o.parameters!.some((p) => matches(p, id)));
  }
  const moving = ids.map((id) => ranges.some((rs) => rs.find((r) => r.id === id)!.high > rs.find((r) => r.id === id)!.low));
  const { a, b } = saltelliBase(ids, N, seed);
  // Run plan: nominal, one-at-a-time low and high, A, B, then A_B(i) for each moving parameter.
  type Point = (id: string) => number | undefined;
  const plan: Point[] = [() => undefined];
  ids.forEach((id, i) => moving[i] && plan.push((x) => (x === id ? 0 : undefined)));
  ids.forEach((id, i) => moving[i] && plan.push((x) => (x === id ? 1 : undefined)));
  for (let j = 0; j < N; j++) plan.push((x) => a.get(x)?.[j]);
  for (let j = 0; j < N; j++) plan.push((x) => b.get(x)?.[j]);
  ids.forEach((id, i) => {
    if (!moving[i]) return;
    for (let j = 0; j < N; j++) plan.push((x) => (x === id ? b : a).get(x)?.[j]);
  });
  const workers = await workerCount(o.workers, n * regimes.length * plan.length, issues);
  throwIfIssues(issues);
  return { regimes, cohort: cohort!, metric: o.metric, n, seed, horizonDays, N, resamples, workers, ranges, ids, moving, plan };
}

/**
 * The metric of runs [from, to) of a plan, each over the same n people (common random numbers).
 * @example
 * const values = await evaluatePlan(p, 0, p.plan.length);
 */
export async function evaluatePlan(p: SensitivityPlan, from: number, to: number, onProgress?: (done: number, total: number) => void): Promise<Float64Array> {
  const read = metricReader(p.metric, p.regimes.length === 2);
  const values = new Float64Array(to - from);
  const spec = { cohort: p.cohort, seed: p.seed, horizonDays: p.horizonDays, paired: p.regimes.length === 2 };
  for (let s = from; s < to; s += BATCH) {
    const batch = p.plan.slice(s, Math.min(to, s + BATCH)).map((u) => p.regimes.map((r, i) => regimeAtDraw(r, p.ranges[i]!, u)));
    const results: BlockResult[] = await runDraws(spec, batch, 0, p.n, p.workers, (done) => onProgress?.((s - from) * p.n + done, (to - from) * p.n));
    results.forEach((r, k) => (values[s - from + k] = read(r)));
  }
  return values;
}

/**
 * Which parameters decide a metric: one at a time over each range (tornado), and first-order and total Sobol indices
 * from Saltelli's design (Saltelli first-order and Jansen total estimators, bootstrap intervals). Every run uses the
 * same people and random streams, so differences between runs come from the parameters alone.
 * @example
 * const s = await sensitivity({ regimes: ['pep-2016', 'mpp-2019'], metric: 'in-absentia-order', n: 10_000, seed: 1 });
 * s.parameters[0] // { id: 'mppAppearance', low, high, firstOrder: { estimate, ci95 }, total: { estimate, ci95 } }
 */
export async function sensitivity(o: SensitivityOptions): Promise<SensitivityResult> {
  const p = await planSensitivity(o);
  return finishSensitivity(p, await evaluatePlan(p, 0, p.plan.length, o.onProgress));
}

/**
 * The analysis from the metric of every run of the plan (in plan order): tornado ends and Sobol indices.
 * @example
 * finishSensitivity(p, await evaluatePlan(p, 0, p.plan.length)).parameters[0]!.total
 */
export function finishSensitivity(p: SensitivityPlan, values: Float64Array): SensitivityResult {
  const { ids, moving, N, ranges, regimes } = p;
  // Unpack the plan.
  const nominal = values[0]!;
  const nm = moving.filter(Boolean).length;
  let at = 1;
  const oat = ids.map((_, i) => (moving[i] ? [values[at + moving.slice(0, i).filter(Boolean).length]!, values[at + nm + moving.slice(0, i).filter(Boolean).length]!] : [nominal, nominal]));
  at += 2 * nm;
  const fA = values.subarray(at, at + N);
  const fB = values.subarray(at + N, at + 2 * N);
  at += 2 * N;
  const fAB = ids.map((_, i) => {
    if (!moving[i]) return fA;
    const col = values.subarray(at, at + N);
    at += N;
    return col;
  });
  const sobol = sobolWithBootstrap(fA, fB, fAB, { resamples: p.resamples, seed: p.seed });
  const parameters = ids.map((id, i) => ({
    id,
    low: oat[i]![0]!,
    high: oat[i]![1]!,
    range: Object.fromEntries(regimes.map((r, k) => {
      const x = ranges[k]!.find((q) => q.id === id)!;
      return [r.id, [x.low, x.high] as [number, number]];
    })),
    firstOrder: sobol.firstOrder[i]!,
    total: sobol.total[i]!,
  }));
  parameters.sort((x, y) => y.total.estimate - x.total.estimate || Math.abs(y.high - y.low) - Math.abs(x.high - x.low) || (x.id < y.id ? -1 : 1));
  return { metric: p.metric, regimes: regimes.map((r) => r.id), nominal, cohort: p.cohort.id, n: p.n, seed: p.seed, baseSamples: N, runs: p.plan.length, parameters };
}
