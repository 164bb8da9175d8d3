import { paramRanges, type ParamRange, type RangeOverrides } from '../policy/ranges.js';
import type { Regime } from '../policy/types.js';

/**
 * A regime with each varied parameter set to `low + u·(high − low)` of its range, where `u(id)` is the draw's point
 * in [0, 1] for that parameter (sources are kept). Parameters with a zero range, or with no `u`, keep their value.
 * The same u moves a parameter in every regime of a comparison to the same quantile of each regime's own range, so
 * an assumption shared by two regimes moves in both.
 * @example
 * const r = regimeAtDraw(regimes['mpp-2019'], paramRanges(regimes['mpp-2019'].params), () => 1);
 * r.params.removalExecuted.value // 0.4, the high end
 */
export function regimeAtDraw(regime: Regime, ranges: readonly ParamRange[], u: (id: string) => number | undefined): Regime {
  const params = structuredClone(regime.params) as unknown as Record<string, unknown>;
  for (const r of ranges) {
    if (!(r.high > r.low)) continue;
    const x = u(r.id);
    if (x === undefined) continue;
    const path = r.id.split('.');
    let node = params;
    for (const k of path.slice(0, -1)) node = node[k] as Record<string, unknown>;
    const leaf = node[path[path.length - 1]!] as { value: number };
    leaf.value = r.low + x * (r.high - r.low);
  }
  return { ...regime, params: params as unknown as Regime['params'] };
}

/**
 * One parameter draw as plain data (it crosses worker boundaries and goes into shard files): the draw's point in
 * [0, 1] per parameter id, and the user ranges the draw was made over.
 */
export interface ParameterDraw {
  u: Record<string, number>;
  ranges?: RangeOverrides;
}

/**
 * A regime at a parameter draw: each parameter at the draw's quantile of this regime's own range (see
 * {@link regimeAtDraw}). History mode applies it to the regime of every day, so each era moves to the same quantile
 * of its own ranges.
 * @example
 * applyDraw(regimes['mpp-2019'], { u: { removalExecuted: 1 } }).params.removalExecuted.value // 0.4
 */
export function applyDraw(regime: Regime, draw: ParameterDraw): Regime {
  return regimeAtDraw(regime, paramRanges(regime.params, draw.ranges ?? {}), (id) => draw.u[id]);
}
