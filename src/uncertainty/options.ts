import type { Issue } from '../domain/errors.js';
import { integerOption } from '../engine/options.js';
import { rangeOverrideIssues, type RangeOverrides } from '../policy/ranges.js';

/** The `uncertainty` option of `simulate` and `compare`. */
export interface UncertaintyOptions {
  /** K parameter draws (Latin hypercube over every parameter's range), each run on the same people. */
  draws: number;
  /** Seed of the design; default the run's seed. */
  seed?: number;
  /** Ranges to use instead of the built-in ones, by parameter path or pattern (see src/policy/ranges.ts). */
  ranges?: RangeOverrides;
}

/** The largest number of draws in one call. */
export const MAX_DRAWS = 100_000;

/**
 * Checks the `uncertainty` option; returns it normalised (seed filled in) or records issues.
 * @example
 * uncertaintyOption({ draws: 200 }, 1, []) // { draws: 200, seed: 1, ranges: {} }
 */
export function uncertaintyOption(value: unknown, runSeed: number, issues: Issue[]): Required<UncertaintyOptions> | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    issues.push({ path: ['uncertainty'], message: 'must be an object such as { draws: 200 } (optional seed, ranges)' });
    return undefined;
  }
  const o = value as Record<string, unknown>;
  const before = issues.length;
  for (const k of Object.keys(o)) if (!['draws', 'seed', 'ranges'].includes(k)) issues.push({ path: ['uncertainty', k], message: 'unknown field; allowed: draws, seed, ranges' });
  const sub: Issue[] = [];
  const draws = integerOption(o.draws, 'draws', 1, MAX_DRAWS, sub);
  const seed = integerOption(o.seed, 'seed', 0, 2 ** 32 - 1, sub, runSeed);
  issues.push(...sub.map((i) => ({ ...i, path: ['uncertainty', ...i.path] })));
  issues.push(...rangeOverrideIssues(o.ranges, ['uncertainty', 'ranges']));
  if (issues.length > before) return undefined;
  return { draws, seed, ranges: (o.ranges ?? {}) as RangeOverrides };
}
