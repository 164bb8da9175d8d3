import type { Cohort } from '../cohorts/types.js';
import type { Issue } from '../domain/errors.js';
import { makeProfile, profileIssues, type MigrantProfile, type ProfileInput } from '../domain/profile.js';
import type { Regime } from '../policy/types.js';
import { MODEL_VERSION } from '../version.js';
import { resolveCohort, resolveRegime, runNumbers, throwIfIssues, workerCount } from './options.js';
import { runRange } from './pool.js';
import { provenanceOf } from './provenance.js';
import type { ComparisonResult, SimulationResult } from './result.js';
import { annotateTotals } from '../uncertainty/annotate.js';
import { uncertaintyOption, type UncertaintyOptions } from '../uncertainty/options.js';
import { runProbabilistic } from '../uncertainty/probabilistic.js';

/** Options shared by `simulate` and `compare`. */
export interface RunOptions {
  /** A cohort id (e.g. 'swb-fy2019') or a cohort object; default 'swb-fy2019'. */
  cohort?: string | Cohort;
  /** Number of simulated people (each a first encounter). */
  n: number;
  /** Seed: the same seed gives the same result, whatever the worker count. */
  seed: number;
  /** Days from the first encounter to the end of the simulation; default 1095. */
  horizonDays?: number;
  /**
   * Worker threads; 1 runs in the calling thread. Default: all cores (Node) from 500,000 people × regimes, one thread
   * below that (where starting threads costs more than they save).
   */
  workers?: number;
  /** Called now and then with the number of people done. If it throws, the run rejects with an ImmsimError. */
  onProgress?: (done: number, total: number) => void;
  /** Stops the run (it rejects with an ImmsimError at ['signal']); worker threads are terminated. */
  signal?: AbortSignal;
  /** Also record the flow of first cases through the states (Sankey). */
  flows?: boolean;
  /**
   * Simulate "people like this": every one of the n people has this profile (their paths still differ). The result's
   * `cohort` is then 'profile'. Give a profile or a cohort, not both.
   */
  profile?: ProfileInput;
  /**
   * Uncertainty in the assumptions: K parameter draws over every parameter's range (Latin hypercube, seeded), each run
   * on the same people; every interval then gains `ci95Total` and every paired difference `pSameSign`
   * (docs/statistics.md). Example: `{ draws: 200 }`.
   */
  uncertainty?: UncertaintyOptions;
}

export interface SimulateOptions extends RunOptions {
  /** A regime id (e.g. 'mpp-2019') or a regime object (e.g. from `defineRegime`). */
  regime: string | Regime;
}

export interface CompareOptions extends RunOptions {
  /** Two or more regimes; the first is the baseline for paired differences. */
  regimes: (string | Regime)[];
}

interface Resolved {
  regimes: Regime[];
  cohort: Cohort;
  profile?: MigrantProfile;
  n: number;
  seed: number;
  horizonDays: number;
  workers: number;
  uncertainty?: Required<UncertaintyOptions>;
}

async function resolve(o: RunOptions, regimes: unknown[], regimesPath: string, issues: Issue[]): Promise<Resolved> {
  const rs = regimes.map((r, i) => resolveRegime(r, regimesPath === 'regime' ? ['regime'] : [regimesPath, i], issues));
  const cohort = resolveCohort(o.cohort, ['cohort'], issues);
  let profile: MigrantProfile | undefined;
  if (o.profile !== undefined) {
    if (o.cohort !== undefined) issues.push({ path: ['profile'], message: 'give a profile or a cohort, not both' });
    const p = profileIssues(o.profile, ['profile']);
    issues.push(...p);
    if (p.length === 0) profile = makeProfile(o.profile);
  }
  const { n, seed, horizonDays } = runNumbers(o, issues);
  const uncertainty = uncertaintyOption(o.uncertainty, seed, issues);
  const workers = await workerCount(o.workers, n * rs.length * ((uncertainty?.draws ?? 0) + 1), issues);
  throwIfIssues(issues);
  // With a fixed profile the run is labelled 'profile' (the cohort's mix is not used).
  const named = profile ? { ...cohort!, id: 'profile' } : cohort!;
  return { regimes: rs as Regime[], cohort: named, ...(profile ? { profile } : {}), n, seed, horizonDays, workers, ...(uncertainty ? { uncertainty } : {}) };
}

/**
 * Simulates `n` people of a cohort under one regime and summarises their outcomes with 95% intervals.
 * Bad options throw an `ImmsimError` whose `issues` name each field and the allowed values.
 * @example
 * const r = await simulate({ regime: 'title42-2020', cohort: 'swb-fy2020', n: 100_000, seed: 1 });
 * r.outcomes.expelled.share; // e.g. 0.8…, with r.outcomes.expelled.ci95
 */
export async function simulate(options: SimulateOptions): Promise<SimulationResult> {
  const issues: Issue[] = [];
  if (typeof options !== 'object' || options === null) throwIfIssues([{ path: [], message: 'options must be an object with regime, n and seed' }]);
  const r = await resolve(options, [options.regime], 'regime', issues);
  const provenance = provenanceOf(r.regimes[0]!, r.cohort, r.profile);
  const meta = { version: MODEL_VERSION, regime: r.regimes[0]!.id, cohort: r.cohort.id, seed: r.seed, horizonDays: r.horizonDays, provenance };
  if (r.uncertainty) {
    const p = await runProbabilistic(r, r.uncertainty, false, options.flows === true, options.onProgress);
    const result = annotateTotals(p.nominal.summaries[0]!.toResult(meta), p.draws.map((d) => d.summaries[0]!.toResult(meta)), false);
    return { ...result, uncertainty: p.info };
  }
  const block = await runRange(
    { regimes: r.regimes, cohort: r.cohort, profile: r.profile, seed: r.seed, horizonDays: r.horizonDays, flows: options.flows === true },
    0,
    r.n,
    r.workers,
    options.onProgress,
    options.signal,
  );
  return block.summaries[0]!.toResult(meta);
}

/**
 * Simulates the same people under several regimes (common random numbers) and reports each regime's result and
 * paired differences against the first regime.
 * @example
 * const c = await compare({ regimes: ['kelly-2017', 'mpp-2019'], cohort: 'swb-fy2019', n: 100_000, seed: 7 });
 * c.differences['mpp-2019'].daysInMexico; // { estimate, ci95 }
 */
export async function compare(options: CompareOptions): Promise<ComparisonResult> {
  const issues: Issue[] = [];
  if (typeof options !== 'object' || options === null) throwIfIssues([{ path: [], message: 'options must be an object with regimes, n and seed' }]);
  if (!Array.isArray(options.regimes) || options.regimes.length < 2) {
    issues.push({ path: ['regimes'], message: 'must list at least two regimes (ids or objects); the first is the baseline' });
  }
  const list = Array.isArray(options.regimes) ? options.regimes : [];
  const r = await resolve(options, list, 'regimes', issues);
  const ids = r.regimes.map((x) => x.id);
  const dup = ids.find((id, i) => ids.indexOf(id) !== i);
  if (dup) throwIfIssues([{ path: ['regimes'], message: `regime ids must be distinct; '${dup}' appears twice` }]);
  if (r.uncertainty) {
    const p = await runProbabilistic(r, r.uncertainty, true, options.flows === true, options.onProgress);
    const result = annotateTotals(comparisonFrom(p.nominal, r), p.draws.map((d) => comparisonFrom(d, r)), true);
    return { ...result, uncertainty: p.info };
  }
  const block = await runRange(
    { regimes: r.regimes, cohort: r.cohort, profile: r.profile, seed: r.seed, horizonDays: r.horizonDays, flows: options.flows === true, paired: true },
    0,
    r.n,
    r.workers,
    options.onProgress,
    options.signal,
  );
  return comparisonFrom(block, r);
}

/**
 * Builds the public comparison object from merged block results.
 * @example
 * const cmp = comparisonFrom(await runRange({ ...spec, paired: true }, 0, n, 1), { regimes, cohort, seed, horizonDays });
 */
export function comparisonFrom(
  block: Awaited<ReturnType<typeof runRange>>,
  r: { regimes: Regime[]; cohort: Cohort; seed: number; horizonDays: number; profile?: MigrantProfile },
): ComparisonResult {
  const meta = { version: MODEL_VERSION, cohort: r.cohort.id, seed: r.seed, horizonDays: r.horizonDays };
  const results = block.summaries.map((s, i) => s.toResult({ ...meta, regime: r.regimes[i]!.id, provenance: provenanceOf(r.regimes[i]!, r.cohort, r.profile) }));
  return {
    model: { version: MODEL_VERSION },
    cohort: r.cohort.id,
    n: results[0]!.n,
    seed: r.seed,
    horizonDays: r.horizonDays,
    baseline: r.regimes[0]!.id,
    results,
    differences: Object.fromEntries(block.paired.map((p, i) => [r.regimes[i + 1]!.id, p.toDifference()])),
  };
}
