import type { Cohort } from '../cohorts/types.js';
import type { MigrantProfile } from '../domain/profile.js';
import type { BlockResult } from '../engine/run-block.js';
import { paramRanges, type ParamRange } from '../policy/ranges.js';
import type { Regime } from '../policy/types.js';
import { regimeAtDraw } from './apply-draw.js';
import type { UncertaintyOptions } from './options.js';
import { runDraws } from './run-draws.js';
import { latinHypercube } from './sample.js';

/** What a probabilistic run reports about itself (`result.uncertainty`). */
export interface UncertaintyInfo {
  draws: number;
  seed: number;
  design: 'latin-hypercube';
  /** Parameter ids with a non-zero range in at least one regime (the others stay at their values). */
  varied: string[];
  /** User ranges applied, by path or pattern. */
  ranges: UncertaintyOptions['ranges'];
}

/**
 * The ids of parameters whose range is not zero in at least one of the regimes, sorted.
 * @example
 * variedIds([paramRanges(regimes['mpp-2019'].params)]).includes('removalExecuted') // true
 */
export function variedIds(ranges: readonly (readonly ParamRange[])[]): string[] {
  return [...new Set(ranges.flatMap((rs) => rs.filter((r) => r.high > r.low).map((r) => r.id)))].sort();
}

/**
 * The K regime sets of a Latin hypercube design over the regimes' parameter ranges (one set per draw).
 * @example
 * const sets = drawRegimeSets([regimes['pep-2016'], regimes['mpp-2019']], { draws: 10, seed: 1, ranges: {} });
 * sets.regimeSets.length // 10
 */
export function drawRegimeSets(regimes: readonly Regime[], u: Required<UncertaintyOptions>): { regimeSets: Regime[][]; info: UncertaintyInfo } {
  const ranges = regimes.map((r) => paramRanges(r.params, u.ranges));
  const info = uncertaintyInfo(regimes, u, ranges);
  const design = latinHypercube(info.varied, u.draws, u.seed);
  const regimeSets = Array.from({ length: u.draws }, (_, k) => regimes.map((r, i) => regimeAtDraw(r, ranges[i]!, (id) => design.get(id)?.[k])));
  return { regimeSets, info };
}

/**
 * What a probabilistic run over these regimes reports about itself (`result.uncertainty`).
 * @example
 * uncertaintyInfo([regimes['mpp-2019']], { draws: 200, seed: 1, ranges: {} }).varied.length > 0 // true
 */
export function uncertaintyInfo(regimes: readonly Regime[], u: Required<UncertaintyOptions>, ranges = regimes.map((r) => paramRanges(r.params, u.ranges))): UncertaintyInfo {
  return { draws: u.draws, seed: u.seed, design: 'latin-hypercube', varied: variedIds(ranges), ranges: u.ranges };
}

/**
 * Runs the nominal regimes and K parameter draws of them on the same people (common random numbers).
 * @example
 * const { nominal, draws, info } = await runProbabilistic({ regimes, cohort, seed: 1, horizonDays: 1095, n: 20_000, workers: 2 }, { draws: 200, seed: 1, ranges: {} }, true);
 */
export async function runProbabilistic(
  r: { regimes: Regime[]; cohort: Cohort; profile?: MigrantProfile; seed: number; horizonDays: number; n: number; workers: number },
  u: Required<UncertaintyOptions>,
  paired: boolean,
  flows = false,
  onProgress?: (done: number, total: number) => void,
): Promise<{ nominal: BlockResult; draws: BlockResult[]; info: UncertaintyInfo }> {
  const { regimeSets, info } = drawRegimeSets(r.regimes, u);
  const spec = { cohort: r.cohort, profile: r.profile, seed: r.seed, horizonDays: r.horizonDays, paired };
  const total = r.n * (u.draws + 1);
  if (!flows) {
    const [nominal, ...draws] = await runDraws(spec, [r.regimes, ...regimeSets], 0, r.n, r.workers, onProgress);
    return { nominal: nominal!, draws, info };
  }
  // Flows only for the nominal run (charts draw the nominal paths).
  const [nominal] = await runDraws({ ...spec, flows }, [r.regimes], 0, r.n, r.workers, (d) => onProgress?.(d, total));
  const draws = await runDraws(spec, regimeSets, 0, r.n, r.workers, (d) => onProgress?.(r.n + d, total));
  return { nominal: nominal!, draws, info };
}
