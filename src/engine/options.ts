import { ImmsimError, type Issue } from '../domain/errors.js';
import type { Cohort } from '../cohorts/types.js';
import { cohorts, COHORT_IDS, parseCohort } from '../cohorts/index.js';
import { parseRegime } from '../policy/validate.js';
import { REGIME_IDS, regimes } from '../policy/snapshots.js';
import type { Regime } from '../policy/types.js';
import { show } from '../policy/zod-kit.js';
import { coreCount } from './pool.js';

/** Default horizon: three years after the first encounter (most court cases are decided or long pending by then). */
export const DEFAULT_HORIZON_DAYS = 1095;
/** Default cohort when none is given. */
export const DEFAULT_COHORT = 'swb-fy2019';
/** The largest n accepted in one call (beyond it, use shards). */
export const MAX_N = 1e10;

/**
 * Resolves a regime id or object (validated) to a Regime, reporting problems at `path`.
 * @example
 * const issues: Issue[] = [];
 * resolveRegime('mpp-2019', ['regime'], issues)?.date // '2019-12-01'
 */
export function resolveRegime(value: unknown, path: (string | number)[], issues: Issue[]): Regime | undefined {
  if (typeof value === 'string') {
    if ((REGIME_IDS as readonly string[]).includes(value)) return regimes[value as keyof typeof regimes];
    issues.push({ path, message: `unknown regime '${value}'; allowed: ${REGIME_IDS.join(', ')} (or a regime object)` });
    return undefined;
  }
  try {
    return parseRegime(value);
  } catch (e) {
    if (e instanceof ImmsimError) issues.push(...e.issues.map((i) => ({ path: [...path, ...i.path], message: i.message })));
    else throw e;
    return undefined;
  }
}

/**
 * Resolves a cohort id or object (validated); undefined means the default cohort.
 * @example
 * resolveCohort(undefined, ['cohort'], [])?.id // 'swb-fy2019'
 */
export function resolveCohort(value: unknown, path: (string | number)[], issues: Issue[]): Cohort | undefined {
  if (value === undefined) return cohorts[DEFAULT_COHORT as keyof typeof cohorts];
  if (typeof value === 'string') {
    if ((COHORT_IDS as readonly string[]).includes(value)) return cohorts[value as keyof typeof cohorts];
    issues.push({ path, message: `unknown cohort '${value}'; allowed: ${COHORT_IDS.join(', ')} (or a cohort object)` });
    return undefined;
  }
  try {
    return parseCohort(value);
  } catch (e) {
    if (e instanceof ImmsimError) issues.push(...e.issues.map((i) => ({ path: [...path, ...i.path], message: i.message })));
    else throw e;
    return undefined;
  }
}

/**
 * Checks an integer option; returns it or records an issue.
 * @example
 * integerOption(5, 'n', 1, 10, []) // 5
 */
export function integerOption(
  value: unknown,
  name: string,
  min: number,
  max: number,
  issues: Issue[],
  fallback?: number,
): number {
  if (value === undefined && fallback !== undefined) return fallback;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
    issues.push({ path: [name], message: `must be an integer from ${min} to ${max}; got ${show(value)}` });
    return fallback ?? min;
  }
  return value;
}

/**
 * Throws one ImmsimError listing every issue, if any.
 * @example
 * throwIfIssues([]) // nothing happens
 */
export function throwIfIssues(issues: Issue[]): void {
  if (issues.length) throw new ImmsimError(issues);
}

/**
 * The numeric options every run shares (n, seed, horizonDays), checked once here so every entry point agrees.
 * @example
 * runNumbers({ n: 1000, seed: 1 }, []) // { n: 1000, seed: 1, horizonDays: 1095 }
 */
export function runNumbers(o: { n?: unknown; seed?: unknown; horizonDays?: unknown }, issues: Issue[]): { n: number; seed: number; horizonDays: number } {
  return {
    n: integerOption(o.n, 'n', 1, MAX_N, issues),
    seed: integerOption(o.seed, 'seed', 0, 2 ** 32 - 1, issues),
    horizonDays: integerOption(o.horizonDays, 'horizonDays', 1, 36_500, issues, DEFAULT_HORIZON_DAYS),
  };
}

/**
 * Work (people × regimes) from which the default is all cores. Below it a run stays in the calling thread: starting
 * threads and warming each one's JIT costs a few tenths of a second, more than two threads save on less work
 * (measured: docs/scaling.md).
 */
export const PARALLEL_FROM = 500_000;

/**
 * The `workers` option: as given (checked), or by default all cores for runs of at least {@link PARALLEL_FROM}
 * people × regimes and one thread for smaller ones.
 * @example
 * await workerCount(undefined, 100_000, []) // 1
 * await workerCount(undefined, 2_000_000, []) // all cores
 * await workerCount(2, 1_000, []) // 2
 */
export async function workerCount(value: unknown, work: number, issues: Issue[]): Promise<number> {
  if (value !== undefined) return integerOption(value, 'workers', 1, 1024, issues);
  return work >= PARALLEL_FROM ? coreCount() : 1;
}
